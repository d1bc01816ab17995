import { servedFastTextInput } from "../fasttext/fasttext-classifier.js";
import { createFastTextRuntime, type FastTextModel } from "../fasttext/runtime.js";
import { findModel, readManifest, verifyModelFiles } from "../manifest.js";
import type { ClassifierResult, PreparedText, TextClassifier } from "../types.js";
import type { Label } from "../../taxonomy.js";
import { UNFRAMED_SCORE } from "./framing-classifier.js";

export const MENTION_MODEL_ID = "framing-fasttext";
/** The labels this gate covers: misogyny and (since version 2 of the model) threat; see the class comment. */
export const MENTION_GATED_LABELS: readonly Label[] = Object.freeze(["misogyny", "threat"]);

/** P(mention) of a fastText mention/use model for a prepared fastText input. */
export function mentionProbability(model: FastTextModel, input: string): number {
  for (const [name, p] of model.predict(input, -1, 0)) if (name === "mention") return Math.min(1, Math.max(0, p));
  return 0;
}

/**
 * The learnt framing gate: a fastText model (models/framing/mention.bin, `npm run train:framing`) trained on the
 * project's synthetic rows in every language (plus natural abusive rows of train/ as "use") to tell a MENTION of abuse
 * (counter-speech quoting it, a survivor's report, news, a helpline, a negated slur) from a USE of it. The cue lists of
 * the `framing` component have to name each language's reporting verbs; this model learns them from two writers'
 * templates. Trained on one writer's rows, it scored the other's at ROC-AUC 0.83 and 0.92 (manifest `training.crossWriter`).
 *
 * Score, for MENTION_GATED_LABELS: min(0.5, 1 − P(mention)). Logit 0 when the model leans to "use", negative as a
 * mention grows likelier. The misogyny and threat stackers use it only in hinge products (models/fusion/fit.ts,
 * `HINGE_GATES`): it discounts what fastText and the lexicon found in a text read as a mention and never raises a score.
 * Threat joined with version 2 (trained on the development sentences too), fitted with the rest of the threat stacker
 * held (EXTEND=1 ONLY_LABELS=threat npm run fit:fusion): counter-speech quoting a threat had kept the lexicon's threat
 * hit. Version 1 on threat, in a full refit, had lowered threat's ROC-AUC in several languages
 * (eval/reports/issue7-v17/NOTES.md); sexual_harassment is not gated.
 * Example:
 *   const m = await MentionClassifier.load("models/manifest.json");
 *   await m.classify([prepared("He kept calling me a slut and I reported him")]); // [{ scores: { misogyny: ≈ 0, threat: ≈ 0 } }]
 */
export class MentionClassifier implements TextClassifier {
  readonly id = MENTION_MODEL_ID;
  readonly labels = MENTION_GATED_LABELS;

  private constructor(
    private readonly model: FastTextModel,
    readonly version: string,
  ) {}

  static async load(manifestPath: string): Promise<MentionClassifier> {
    const manifest = readManifest(manifestPath);
    const entry = findModel(manifest, MENTION_MODEL_ID);
    const [bytes] = verifyModelFiles(manifest, entry).values();
    const model = (await createFastTextRuntime()).loadModel(bytes);
    if (!model.labels.includes("mention") || !model.labels.includes("use")) throw new Error(`model "${MENTION_MODEL_ID}" is not a mention/use model`);
    return new MentionClassifier(model, entry.version);
  }

  async classify(texts: readonly PreparedText[]): Promise<ClassifierResult[]> {
    return texts.map((t) => {
      const p = mentionProbability(this.model, servedFastTextInput(t.normalised));
      const score = Math.min(UNFRAMED_SCORE, 1 - p);
      return { scores: Object.fromEntries(MENTION_GATED_LABELS.map((l) => [l, score])) };
    });
  }
}
