import type { PreparedText } from "../types.js";
import type { ContextData, ThreatData } from "./cue-data.js";
import type { CueHit } from "./cue-matcher.js";
import { clamp01, type FiredRule, noisyOr } from "./evidence.js";
import { dampen, type FramedTest, pairingContext, pairs, singleWords, standalone } from "./pairing.js";
import { RuleDetector } from "./rule-detector.js";

/** What the detector found, for explanations and evaluation (no text, only offsets and rule names). */
export interface ThreatAnalysis {
  score: number;
  raw: number;
  rules: FiredRule[];
  /** Pairs or phrases not counted because of a negation ("I would never hurt you"). */
  negated: number;
  /** … or because they sat inside a quotation within a longer text. */
  quoted: number;
  dampenedBy: string[];
}

const CATEGORIES = ["intent", "violence", "threat_phrase", "wish", "negation", "counter"];

/**
 * Violent threats and calls for violence, in the 28 served language keys and the other Multilingual HateCheck
 * languages. Rules (weights in models/detectors/threat.json):
 *   intent_violence   an announcement ("I will", "I'm going to", `intent`) and a violence verb ("kill", "rape",
 *                     "throw acid", `violence`) in one sentence: "I'm going to find you and kill you"
 *   threat_phrase     a complete threat on its own ("you're dead", "te voy a matar", "मार डालूंगा")
 *   wish              wishing or endorsing violence ("she deserves to be raped", "someone should kill her")
 * Negation ("I would never hurt you"), a quotation inside a longer text, and the misogyny detector's dampeners
 * (counter-speech, the lexicon's framing: "he said he would kill me, I reported him", news, helplines) apply the
 * same way (src/classifiers/detectors/pairing.ts). Its score is a floor for the fused threat score (fusion
 * `maxWith`), so it only adds evidence. A threat detected here is a threat whoever the target is; whether it is
 * gendered abuse is the verdict's other labels' business.
 *
 * Example:
 *   const [r] = await detector.classify([prepared]); // r.scores.threat ≈ 0.85 for "I will kill you"
 */
export class ThreatDetector extends RuleDetector<ThreatAnalysis, ThreatData> {
  constructor(
    private readonly data: ThreatData,
    context: ContextData,
    private readonly framed: FramedTest = () => false,
  ) {
    super("threat", data, context);
  }

  /** Single-word violence verbs: a masked spelling of one ("k*ll", "r#pe") is read as it. */
  maskWords(): string[] {
    return singleWords(this.data.cues, ["violence"]);
  }

  analyse(prepared: PreparedText): ThreatAnalysis {
    const hits = this.cues.match(prepared, CATEGORIES);
    const get = (c: string): CueHit[] => hits.get(c) ?? [];
    const { near_chars: near, negation_after_chars: after, negation_before_chars: before, rules: w } = this.scoring;
    const ctx = pairingContext(prepared.original, get("negation"));
    const discounted = { negated: 0, quoted: 0 };
    const rules: FiredRule[] = [];
    const fire = (rule: keyof typeof w, evidence: CueHit[]) => {
      if (evidence.length) rules.push({ rule, weight: w[rule], evidence });
    };
    fire("intent_violence", pairs(get("intent"), get("violence"), { near, after, before }, ctx, discounted));
    fire("threat_phrase", standalone(get("threat_phrase"), { near, after, before }, ctx, discounted));
    fire("wish", standalone(get("wish"), { near, after, before }, ctx, discounted));
    const raw = noisyOr(rules.map((r) => r.weight));
    if (raw === 0) return { score: 0, raw, rules, ...discounted, dampenedBy: [] };
    const damp = dampen(this.context.match(prepared), get("counter"), this.framed(prepared), this.scoring.dampeners);
    return { score: clamp01(raw * damp.factor), raw, rules, ...discounted, dampenedBy: damp.categories };
  }
}
