import type { ContextData, MisogynyData } from "./cue-data.js";
import type { CueHit } from "./cue-matcher.js";
import type { FramedTest } from "./pairing.js";
import { affirmingPairs, baseLanguage, listsHit, negatedPairs, ownPhrases, type OwnPhrases, pairs } from "./pairing.js";
import { fired, type PairingAnalysis, PairingDetector, type PairingInput } from "./pairing-detector.js";

export type { FramedTest } from "./pairing.js";
/** What the detector found (no text, only offsets and rule names). */
export type MisogynyAnalysis = PairingAnalysis;

const MASKABLE = ["women_group", "derog", "dehum"];
/** Most texts mention no women: that category is matched first, the long predicate lists only when it hits. */
export const MISOGYNY_STAGES = { gate: ["women_group"], rest: ["derog", "dehum", "prescriptive", "emote", "emote_cancel", "pos", "praise", "praise_emote", "praise_cancel", "negpos_cancel", "negation", "negation_det", "counter"], benign: ["pos", "praise", "praise_emote", "counter", "negpos_cancel", "emote_cancel", "negation_det"] };

/** The categories whose phrases read as a positive statement next to a women reference (`affirm`). */
const AFFIRMING = ["pos", "praise", "praise_emote"];

const PREDICATES = [
  ["group_derog", "derog"],
  ["group_dehum", "dehum"],
  ["group_prescriptive", "prescriptive"],
] as const;

/**
 * Feeling phrases whose object is not a clause or other people: "I hate that women are paid less", "I can't stand
 * people who insult women" — an `emote_cancel` phrase ("that", "when", "how", "people who") right after the feeling.
 */
const aboutWomen = (emote: readonly CueHit[], cancels: readonly CueHit[]): CueHit[] =>
  emote.filter((e) => !cancels.some((c) => c.start >= e.end && c.start - e.end <= 2));

/**
 * Generalising derogation of women: a reference to women (`women_group`: "women", "girls", "these females") in
 * the same sentence as a derogatory predicate ("are stupid", `derog`), a dehumanising comparison ("are
 * property", `dehum`) or a prescriptive, subordinating statement ("belong in the kitchen", "should not vote",
 * `prescriptive`). These are the misogyny cases that carry no slur, where a lexicon of slurs is silent and a
 * bag-of-words model trained on few templates guesses. Rules (weights in models/detectors/misogyny.json):
 *   group_derog          women reference + derogatory predicate
 *   group_dehum          women reference + dehumanising comparison
 *   group_prescriptive   women reference + prescriptive / subordinating phrase
 *   group_emote          women reference + the writer's hostile feeling (`emote`: "I hate", "can't stand", "disgust
 *                        me"), within `emote_near_chars` (tighter than other pairs: "I hate it when people insult women"
 *                        is not about hating women); not when an `emote_cancel` phrase follows the feeling ("I hate
 *                        that women are paid less", "sick of people who insult women")
 *   group_negpos         women reference + a positive predicate (`pos`: "intelligent", "capable", "good leaders") with a
 *                        negation on it: "women are not intelligent", "women can never be trusted". The negation is found as
 *                        for the other rules, which it cancels; `negpos_cancel` phrases between the negation and the
 *                        predicate ("no less", "not only") and questions ("aren't women smart?") stop it
 * A pair does not count when a negation (`negation`) lies between the two phrases, just before the predicate
 * when the women reference follows it, or just after the predicate (post-verbal negation in SOV languages):
 * "women are not stupid" (the negators of the text's language and English's), or when a negating determiner
 * (`negation_det`: "no", "kein", "hakuna") stands right before a women reference that comes first ("no woman is stupid"); nor when either phrase sits inside a
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
  /** Base language → the affirming phrases its keys list (`ownPhrases`). */
  private readonly affirming: ReadonlyMap<string, OwnPhrases>;

  constructor(data: MisogynyData, context: ContextData, framed?: FramedTest) {
    super("misogyny", data, context, MISOGYNY_STAGES, framed, MASKABLE);
    this.affirming = ownPhrases(data.cues, AFFIRMING);
  }

  protected fire({ get, rules, ctx, discounted }: PairingInput) {
    const w = this.scoring.rules;
    const women = get("women_group");
    return [
      ...PREDICATES.flatMap(([rule, category]) => fired(rule, w[rule], pairs(women, get(category), rules, ctx, discounted))),
      ...fired("group_emote", w.group_emote, pairs(women, aboutWomen(get("emote"), get("emote_cancel")), { ...rules, near: this.scoring.emote_near_chars }, ctx, discounted)),
      ...fired("group_negpos", w.group_negpos, negatedPairs(women, get("pos"), get("negpos_cancel"), rules, ctx)),
    ];
  }

  /**
   * A positive statement about women, when no rule fired: a women reference followed by a positive predicate (`pos`
   * or `praise`: "women are capable", "women deserve respect", "women are amazing"), or the writer's warm feeling
   * (`praise_emote`: "I admire", "thank you") within `emote_near_chars` of one, counted as the rules count pairs: not
   * negated, not quoted, not in a question, in a text without negators or counter-speech cues. The analysis keeps it only
   * when it covers every sentence of the text.
   */
  protected override affirm({ get, language, rules, ctx }: PairingInput): CueHit[] {
    const women = get("women_group");
    // "the claim that women are smart is a lie": counter-speech cues mean a claim is being discussed, not made
    if (!women.length || get("counter").length) return [];
    // every language's phrases are matched on every text, but a veto takes only the text's own (and English, code-mixed
    // everywhere): Dutch "leiden" (to lead) is German "leiden" (to suffer)
    const own = [this.affirming.get(baseLanguage(language)), baseLanguage(language) === "en" ? undefined : this.affirming.get("en")];
    const listed = (h: CueHit) => own.some((o) => o !== undefined && listsHit(o, ctx.text.slice(h.start, h.end)));
    const cancels = get("praise_cancel");
    return [
      ...affirmingPairs(women, [...get("pos"), ...get("praise")].filter(listed), cancels, rules, ctx, true),
      ...affirmingPairs(women, aboutWomen(get("praise_emote").filter(listed), get("emote_cancel")), cancels, { ...rules, near: this.scoring.emote_near_chars }, ctx, false),
    ];
  }
}
