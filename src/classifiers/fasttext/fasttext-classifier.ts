/**
 * fastText text classifier: one small binary fastText model per label, trained only on rows where that
 * label is annotated (null labels masked; see models/fasttext/MODEL_CARD.md), served via fasttext.wasm.
 *
 * `classify` returns RAW scores (the model's probability of the positive class), as the TextClassifier
 * contract says; the Platt calibration fitted on the dev split is data from the manifest, applied with
 * `calibrate(label, raw)` (the fusion layer owns when to calibrate).
 *
 * Example:
 *   const ft = await FastTextClassifier.load("models/manifest.json");
 *   const [r] = await ft.classify([prepared]);        // { scores: { misogyny: 0.93, ... } }  (raw)
 *   const p = ft.calibrate("misogyny", r.scores.misogyny!); // calibrated probability
 */
import { isLabel, type Label, type LabelScores } from "../../taxonomy.js";
import { findModel, readManifest, verifyModelFiles, applyCalibration, type Calibration, type ModelEntry } from "../manifest.js";
import type { ClassifierResult, PreparedText, TextClassifier } from "../types.js";
import { toFastTextInput } from "./features.js";
import { createFastTextRuntime, type FastTextModel } from "./runtime.js";

export const FASTTEXT_MODEL_ID = "fasttext-tfgbv";
/** fastText cost grows with input length; the tail of a huge text adds little signal. */
export const FASTTEXT_MAX_INPUT_CHARS = 20_000;
/** Yield to the event loop after this many texts so a big batch does not stall other requests. */
const YIELD_EVERY = 64;

export interface OperatingPoint {
  /** Threshold on the CALIBRATED score. */
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface LabelOperatingPoints {
  atPrecision90: OperatingPoint | null;
  atRecall90: OperatingPoint | null;
  maxF1: OperatingPoint;
}

export interface FastTextClassifierOptions {
  /** Model id in the manifest (default "fasttext-tfgbv"). */
  modelId?: string;
}

interface LabelModel {
  label: Label;
  model: FastTextModel;
  calibration: Calibration | null;
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class FastTextClassifier implements TextClassifier {
  readonly id: string;
  readonly version: string;
  readonly labels: readonly Label[];
  private readonly models: readonly LabelModel[];
  private readonly byLabel: ReadonlyMap<Label, LabelModel>;
  /** Default operating points from the dev split (manifest `thresholds`), per label. */
  readonly operatingPoints: Readonly<Partial<Record<Label, LabelOperatingPoints>>>;

  private constructor(entry: ModelEntry, models: LabelModel[]) {
    this.id = entry.id;
    this.version = entry.version;
    this.models = models;
    this.labels = models.map((m) => m.label);
    this.byLabel = new Map(models.map((m) => [m.label, m]));
    this.operatingPoints = (entry.thresholds ?? {}) as Partial<Record<Label, LabelOperatingPoints>>;
  }

  /** Loads the committed artefacts listed in the manifest, verifying their sha256. */
  static async load(manifestPath = "models/manifest.json", options: FastTextClassifierOptions = {}): Promise<FastTextClassifier> {
    const manifest = readManifest(manifestPath);
    const entry = findModel(manifest, options.modelId ?? FASTTEXT_MODEL_ID);
    const files = verifyModelFiles(manifest, entry);
    const labelFiles = (entry as { labelFiles?: Record<string, string> }).labelFiles;
    if (!labelFiles) throw new Error(`model "${entry.id}": manifest entry has no labelFiles map`);
    const runtime = await createFastTextRuntime();
    const models: LabelModel[] = [];
    for (const label of entry.labels) {
      if (!isLabel(label)) throw new Error(`model "${entry.id}": unknown label "${label}"`);
      const bytes = files.get(labelFiles[label]);
      if (!bytes) throw new Error(`model "${entry.id}": no file for label "${label}"`);
      const model = runtime.loadModel(bytes);
      if (!model.labels.includes("1")) throw new Error(`model "${entry.id}": ${labelFiles[label]} is not a binary __label__0/1 model`);
      models.push({ label, model, calibration: entry.calibration?.[label] ?? null });
    }
    return new FastTextClassifier(entry, models);
  }

  /** Raw positive-class probability per label for one normalised text. */
  scoreNormalised(normalised: string): LabelScores {
    const input = toFastTextInput(normalised.length > FASTTEXT_MAX_INPUT_CHARS ? normalised.slice(0, FASTTEXT_MAX_INPUT_CHARS) : normalised);
    const scores: LabelScores = {};
    for (const { label, model } of this.models) {
      let p = 0;
      for (const [name, prob] of model.predict(input, -1, 0)) if (name === "1") p = prob;
      scores[label] = Math.min(1, Math.max(0, p));
    }
    return scores;
  }

  async classify(texts: readonly PreparedText[]): Promise<ClassifierResult[]> {
    const out: ClassifierResult[] = [];
    for (let i = 0; i < texts.length; i++) {
      if (i > 0 && i % YIELD_EVERY === 0) await yieldToEventLoop();
      out.push({ scores: this.scoreNormalised(texts[i].normalised) });
    }
    return out;
  }

  /** Calibrated probability for a raw score of this classifier (identity when the label has no calibration). */
  calibrate(label: Label, raw: number): number {
    const calibration = this.byLabel.get(label)?.calibration;
    if (!calibration) return raw;
    return applyCalibration(calibration, raw);
  }

  /** The calibration parameters as data (for the fusion layer). */
  calibrationOf(label: Label): Calibration | null {
    return this.byLabel.get(label)?.calibration ?? null;
  }
}
