import type { ContextData, MisogynyData } from "./cue-data.js";
import type { FramedTest } from "./pairing.js";
import { pairs } from "./pairing.js";
import { fired, type PairingAnalysis, PairingDetector, type PairingInput } from "./pairing-detector.js";

export type { FramedTest } from "./pairing.js";
/** What the detector found (no text, only offsets and rule names). */
export type MisogynyAnalysis = PairingAnalysis;

const MASKABLE = ["women_group", "derog", "dehum"];
/** Most texts mention no women: that category is matched first, the long predicate lists only when it hits. */
const STAGES = { gate: ["women_group"], rest: ["derog", "dehum", "prescriptive", "negation", "counter"] };

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
    super("misogyny", data, context, STAGES, framed, MASKABLE);
  }

  protected fire({ get, rules, ctx, discounted }: PairingInput) {
    const w = this.scoring.rules;
    return PREDICATES.flatMap(([rule, category]) => fired(rule, w[rule], pairs(get("women_group"), get(category), rules, ctx, discounted)));
  }
}
