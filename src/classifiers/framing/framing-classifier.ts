import type { Label } from "../../taxonomy.js";
import type { LexiconClassifier } from "../lexicon/index.js";
import type { ClassifierResult, PreparedText, TextClassifier } from "../types.js";

/**
 * Labels whose abusive words are often mentioned rather than used (reported, quoted, condemned, in the news): the
 * gendered-abuse labels. Not hate/toxicity: natural hate and toxic posts often talk about courts, police and the news
 * (political speech), and the frame feature lowered their test F1 (bn, tl) when it covered them.
 */
export const FRAMING_LABELS: readonly Label[] = Object.freeze(["misogyny", "sexual_harassment", "threat"]);
/** Score of a text with no framing: logit 0, so the fusion stacker's framing term vanishes. */
export const UNFRAMED_SCORE = 0.5;
/** Score of a framed text (frame cue, no direct address): the stacker learns on dev how far this lowers each label. */
export const FRAMED_SCORE = 0.1;

/**
 * The framing feature for fusion: whether the text mentions abuse (survivor report, counter-speech quoting it,
 * news, helpline) instead of directing it at someone. Bag-of-words models (fastText) fire on the abusive word
 * whatever its framing; this feature lets the fitted stacker discount them. The analysis and the cue data are the
 * lexicon's (src/classifiers/lexicon/framing.ts, models/framing/<lang>.tsv).
 * Example:
 *   const [r] = await framing.classify([prepared("He called me a slut and I reported it")]); // { scores: { misogyny: 0.1, … } }
 */
export class FramingClassifier implements TextClassifier {
  readonly id = "framing";
  readonly labels = FRAMING_LABELS;

  constructor(private readonly lexicon: LexiconClassifier) {}

  get version(): string {
    return this.lexicon.version;
  }

  async classify(texts: readonly PreparedText[]): Promise<ClassifierResult[]> {
    return texts.map((t) => {
      const score = this.lexicon.frame(t).framed ? FRAMED_SCORE : UNFRAMED_SCORE;
      return { scores: Object.fromEntries(FRAMING_LABELS.map((l) => [l, score])) };
    });
  }
}
