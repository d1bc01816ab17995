import type { PreparedText } from "../types.js";
import type { ContextData, MisogynyData } from "./cue-data.js";
import type { CueHit } from "./cue-matcher.js";
import { clamp01, type FiredRule, noisyOr } from "./evidence.js";
import { dampen, type FramedTest, pairingContext, pairs, singleWords } from "./pairing.js";
import { RuleDetector } from "./rule-detector.js";

export type { FramedTest } from "./pairing.js";

/** What the detector found, for explanations and evaluation (no text, only offsets and rule names). */
export interface MisogynyAnalysis {
  score: number;
  raw: number;
  rules: FiredRule[];
  /** Pairs not counted because a negation sat between or right after them. */
  negated: number;
  /** Pairs not counted because both phrases sat inside one quotation, with the writer's own words outside it. */
  quoted: number;
  dampenedBy: string[];
}

const WOMEN = ["women_group"];
const MASKABLE = ["women_group", "derog", "dehum"] as const;
const OTHERS = ["derog", "dehum", "prescriptive", "negation", "counter"];

const PREDICATES = [
  ["group_derog", "derog"],
  ["group_dehum", "dehum"],
  ["group_prescriptive", "prescriptive"],
] as const;

/**
 * Generalising derogation of women: a reference to women (`women_group`: "women", "girls", "these females") in
 * the same sentence as a derogatory predicate ("are stupid", `derog`), a dehumanising comparison ("are
 * property", `dehum`) or a prescriptive, subordinating statement ("belong in the kitchen", "should not vote",
 * `prescriptive`). These are the misogyny cases that carry no slur, where a lexicon of slurs is silent and a
 * bag-of-words model trained on few templates guesses. Rules (weights in models/detectors/misogyny.json):
 *   group_derog          women reference + derogatory predicate
 *   group_dehum          women reference + dehumanising comparison
 *   group_prescriptive   women reference + prescriptive / subordinating phrase
 * A pair does not count when a negation (`negation`) lies between the two phrases, just before the predicate
 * when the women reference follows it, or just after the predicate (post-verbal negation in SOV languages):
 * "women are not stupid"; nor when both phrases sit inside one quotation within a longer text ('he posted
 * "women are cows" and got banned'). Since the detector only ever raises the fused score (fusion `maxWith`), not counting a
 * pair gives nothing away to an evader: the learnt models still score the text. The score is the noisy-OR of the fired rules times the dampeners present:
 * `counter` (this file: "saying … is sexist"), `framed` (the lexicon's framing analysis: survivor report,
 * counter-speech, news, helpline, unless the text addresses someone directly) and context.json's categories.
 * Only the misogyny label: threats and sexual harassment have their own components.
 *
 * Example:
 *   const [r] = await detector.classify([prepared]); // r.scores.misogyny ≈ 0.75 for "women are useless"
 *   // and 0 for "women are not useless"
 */
export class MisogynyDetector extends RuleDetector<MisogynyAnalysis, MisogynyData> {
  constructor(
    private readonly data: MisogynyData,
    context: ContextData,
    private readonly framed: FramedTest = () => false,
  ) {
    super("misogyny", data, context);
  }

  /**
   * Single-word cues about women and their derogation ("women", "stupid", "parasites"; stems without their `*`),
   * folded like the normaliser folds: a masked spelling of one ("w*men are st*pid") is read as it.
   */
  maskWords(): string[] {
    return singleWords(this.data.cues, MASKABLE);
  }

  analyse(prepared: PreparedText): MisogynyAnalysis {
    // Most texts mention no women: match that category first and stop there (the predicate lists are long).
    const women = this.cues.match(prepared, WOMEN).get("women_group") ?? [];
    if (!women.length) return { score: 0, raw: 0, rules: [], negated: 0, quoted: 0, dampenedBy: [] };
    const hits = this.cues.match(prepared, OTHERS);
    const get = (c: string): CueHit[] => hits.get(c) ?? [];
    const { near_chars: near, negation_after_chars: after, negation_before_chars: before, rules: w } = this.scoring;
    const ctx = pairingContext(prepared.original, get("negation"));
    const discounted = { negated: 0, quoted: 0 };
    const rules: FiredRule[] = [];
    for (const [rule, category] of PREDICATES) {
      const evidence = pairs(women, get(category), { near, after, before }, ctx, discounted);
      if (evidence.length) rules.push({ rule, weight: w[rule], evidence });
    }
    const raw = noisyOr(rules.map((r) => r.weight));
    if (raw === 0) return { score: 0, raw, rules, ...discounted, dampenedBy: [] };
    const damp = dampen(this.context.match(prepared), get("counter"), this.framed(prepared), this.scoring.dampeners);
    return { score: clamp01(raw * damp.factor), raw, rules, ...discounted, dampenedBy: damp.categories };
  }
}
