import type { PreparedText } from "../types.js";
import type { ContextData, MisogynyData } from "./cue-data.js";
import type { FramedTest } from "./pairing.js";
import { pairs } from "./pairing.js";
import { fired, type PairingAnalysis, PairingDetector, type PairingInput } from "./pairing-detector.js";

export type { FramedTest } from "./pairing.js";
/** What the detector found (no text, only offsets and rule names). */
export type MisogynyAnalysis = PairingAnalysis;

const WOMEN = ["women_group"];
const MASKABLE = ["women_group", "derog", "dehum"];
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
 * "women are not stupid" (the negators of the text's language and English's); nor when either phrase sits inside a
 * quotation within a longer text ('he posted
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
export class MisogynyDetector extends PairingDetector<MisogynyData> {
  constructor(data: MisogynyData, context: ContextData, framed?: FramedTest) {
    super("misogyny", data, context, framed, MASKABLE, [WOMEN, OTHERS]);
  }

  analyse(prepared: PreparedText): MisogynyAnalysis {
    // Most texts mention no women: match that category first and stop there (the predicate lists are long).
    const women = this.cues.match(prepared, WOMEN);
    if (!women.size) return { score: 0, raw: 0, rules: [], negated: 0, quoted: 0, dampenedBy: [] };
    return this.weigh(prepared, new Map([...women, ...this.cues.match(prepared, OTHERS)]));
  }

  protected fire({ get, rules, ctx, discounted }: PairingInput) {
    const w = this.scoring.rules;
    return PREDICATES.flatMap(([rule, category]) => fired(rule, w[rule], pairs(get("women_group"), get(category), rules, ctx, discounted)));
  }
}
