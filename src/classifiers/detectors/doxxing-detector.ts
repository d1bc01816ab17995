import { detectPii, type PiiSpan } from "../../signals/pii/index.js";
import type { PreparedText } from "../types.js";
import type { ContextData, DoxxingData } from "./cue-data.js";
import type { CueHit } from "./cue-matcher.js";
import { RuleDetector } from "./rule-detector.js";
import { clamp01, dampening, type FiredRule, nearPairs, noisyOr } from "./evidence.js";

export interface DoxxingAnalysis {
  score: number;
  raw: number;
  rules: FiredRule[];
  dampenedBy: string[];
  /** PII found (types and offsets only; values are never kept or logged). */
  pii: PiiSpan[];
}

/**
 * Doxxing: publishing or threatening to publish someone's private information. Rules (weights in
 * models/detectors/doxxing.json):
 *   pii_exposure    personal data (src/signals/pii) near an exposure cue ("here is her address",
 *                   "everyone call", "she lives at"); weight x the PII span's confidence
 *   pii_harassment  personal data (not a bare @handle) near an insult / call to punish; weight x PII confidence
 *   publish_threat  "I know where you live", "I'll post your address" (no PII needed)
 *   visit_threat    "I'm coming to your house": a physical threat, weak doxxing evidence alone; it also
 *                   counts as an exposure cue next to personal data
 *   multi_pii       two or more PII types (bare @handles excluded) in a text with exposure or harassment cues
 *   pii_only        personal data alone: a small per-type base (pii_base) x confidence
 * score = noisyOr(fired weights) x dampeners (helpline, self-share, business, news, help-seeking, ...).
 * PII is read from `original` (digits and '@' must be exact); cues from `normalised` and `original`.
 */
export class DoxxingDetector extends RuleDetector<DoxxingAnalysis, DoxxingData> {
  constructor(data: DoxxingData, context: ContextData) {
    super("doxxing", data, context);
  }

  analyse(prepared: PreparedText): DoxxingAnalysis {
    const pii = detectPii(prepared.original, { language: prepared.language });
    const hits = this.cues.match(prepared);
    const get = (c: string): CueHit[] => hits.get(c) ?? [];
    const { near_chars: near, rules: w, pii_base: base } = this.scoring;
    const visit = get("visit_threat");
    // A threat to come to someone's home also exposes any address or number next to it.
    const exposure = [...get("exposure"), ...visit];
    const harassment = get("harassment");
    const threat = get("publish_threat");
    // A bare @handle is usually the addressee of a reply, not exposed data: it counts only next to exposure cues.
    const strongPii = pii.filter((p) => p.kind !== "handle");
    const rules: FiredRule[] = [];

    const best = (pairs: [PiiSpan, CueHit][]): [PiiSpan, CueHit] | undefined =>
      pairs.reduce<[PiiSpan, CueHit] | undefined>((acc, p) => (!acc || p[0].confidence > acc[0].confidence ? p : acc), undefined);
    const exp = best(nearPairs(pii, exposure, near));
    if (exp) {
      const pairs = nearPairs(pii, exposure, near);
      rules.push({ rule: "pii_exposure", weight: w.pii_exposure * exp[0].confidence, evidence: pairs.flat() });
    }
    const har = best(nearPairs(strongPii, harassment, near));
    if (har) rules.push({ rule: "pii_harassment", weight: w.pii_harassment * har[0].confidence, evidence: nearPairs(strongPii, harassment, near).flat() });
    if (threat.length) rules.push({ rule: "publish_threat", weight: w.publish_threat, evidence: [...threat, ...pii] });
    if (visit.length) rules.push({ rule: "visit_threat", weight: w.visit_threat, evidence: visit });
    const types = new Set(strongPii.map((p) => p.type));
    if (types.size >= 2 && (exposure.length || harassment.length)) rules.push({ rule: "multi_pii", weight: w.multi_pii, evidence: strongPii });
    if (!rules.length && pii.length) {
      const top = pii.reduce((acc, p) => ((base[p.type] ?? 0) * p.confidence > (base[acc.type] ?? 0) * acc.confidence ? p : acc));
      rules.push({ rule: "pii_only", weight: (base[top.type] ?? 0) * top.confidence, evidence: [top] });
    }

    const raw = noisyOr(rules.map((r) => r.weight));
    const damp = raw > 0 ? dampening(this.context.match(prepared), this.scoring.dampeners) : { factor: 1, categories: [] };
    return { score: clamp01(raw * damp.factor), raw, rules, dampenedBy: damp.categories, pii };
  }
}
