import type { PreparedText } from "../types.js";
import type { ContextData, SextortionData } from "./cue-data.js";
import type { CueHit } from "./cue-matcher.js";
import { RuleDetector } from "./rule-detector.js";
import { clamp01, dampening, type FiredRule, nearPairs, noisyOr } from "./evidence.js";

/** What the detector found, for explanations and evaluation (no text, only offsets and rule names). */
export interface SextortionAnalysis {
  score: number;
  raw: number;
  rules: FiredRule[];
  dampenedBy: string[];
}

/**
 * Sextortion: coercion with intimate images. Rules (weights in models/detectors/sextortion.json):
 *   exposure_intimate            exposure threat ("I'll post", "send ~ to your family") near intimate material ("nudes")
 *   exposure_media               exposure threat near "your photos/video" (not explicitly sexual)
 *   demand_exposure              a demand (images, money, sex, meeting) near an exposure threat
 *   demand_exposure_intimate     all three together: the canonical sextortion message
 *   conditional_exposure         "or else" / "if you don't" near an exposure threat
 *   conditional_demand_intimate  "send more nudes or else": an implied threat
 *   exposure_only                an exposure threat with nothing else: weighted below the default policy's flag point
 *                                (0.12 < ~0.18), since "I'll post the match video tonight" shares its wording
 * score = noisyOr(fired weights) x dampeners (help-seeking, reported speech, victim's voice, news, awareness: x0.15,
 * which keeps a survivor's report or a news item quoting the whole threat, ≤ 0.15, under that flag point too).
 * A demand for nudes alone is sexual harassment, not sextortion, and scores 0 here.
 *
 * Example:
 *   const [r] = await detector.classify([prepared]); // r.scores.sextortion ≈ 0.98 for
 *   // "pay me $500 or I'll send your nudes to your family"
 */
export class SextortionDetector extends RuleDetector<SextortionAnalysis, SextortionData> {
  constructor(data: SextortionData, context: ContextData) {
    super("sextortion", data, context);
  }

  analyse(prepared: PreparedText): SextortionAnalysis {
    const hits = this.cues.match(prepared);
    const get = (c: string): CueHit[] => hits.get(c) ?? [];
    const { near_chars: near, rules: w } = this.scoring;
    const exposure = get("exposure_threat");
    const intimate = get("intimate_ref");
    const media = get("media_ref");
    const demand = get("demand");
    const conditional = get("conditional");
    const rules: FiredRule[] = [];
    const fire = (rule: string, weight: number, evidence: CueHit[][]) => {
      const flat = evidence.flat();
      if (flat.length) rules.push({ rule, weight, evidence: flat });
    };

    const expIntimate = nearPairs(exposure, intimate, near);
    const expMedia = nearPairs(exposure, media, near);
    const expDemand = nearPairs(exposure, demand, near);
    fire("exposure_intimate", w.exposure_intimate, expIntimate);
    fire("exposure_media", w.exposure_media, expMedia);
    fire("demand_exposure", w.demand_exposure, expDemand);
    const triple = expDemand.filter(([e]) => expIntimate.some(([e2]) => e2 === e));
    fire("demand_exposure_intimate", w.demand_exposure_intimate, triple.map(([e, d]) => [e, d, ...expIntimate.filter(([e2]) => e2 === e).map(([, i]) => i)]));
    fire("conditional_exposure", w.conditional_exposure, nearPairs(conditional, exposure, near));
    const condDemand = nearPairs(conditional, demand, near);
    fire(
      "conditional_demand_intimate",
      w.conditional_demand_intimate,
      condDemand.flatMap(([c, d]) => intimate.filter((i) => nearPairs([d], [i], near).length).map((i) => [c, d, i])),
    );
    if (!rules.length && exposure.length) fire("exposure_only", w.exposure_only, [exposure]);

    const raw = noisyOr(rules.map((r) => r.weight));
    const damp = raw > 0 ? dampening(this.context.match(prepared), this.scoring.dampeners) : { factor: 1, categories: [] };
    return { score: clamp01(raw * damp.factor), raw, rules, dampenedBy: damp.categories };
  }
}
