/**
 * fastText text classifier: one small binary fastText model per label, trained only on rows where that
 * label is annotated (null labels masked; see models/fasttext/MODEL_CARD.md), served via fasttext.wasm.
 *
 * `classify` returns RAW scores (the model's probability of the positive class), as the TextClassifier
 * contract says; the Platt calibration fitted on the dev split is data from the manifest, applied with
 * `calibrate(label, raw)` (the fusion layer owns when to calibrate).
 *
 * Language routing (manifest `routing`): a second model set, trained with far more of the project's
 * synthetic data (fasttext-tfgbv-synthetic), scores a label for texts in the languages of that data
 * which have no real labelled data for the label in ../shared/data/train (`routedLanguages`), and, for the labels the
 * manifest lists under `routedWithRealData`, the languages whose real data has both classes (the second set is trained on
 * those real rows too, and measured on them); other languages with real data keep the first set, and
 * so does any language outside the synthetic data (often a misidentified short text). The second set's raw score is mapped onto the first set's raw
 * scale through both Platt calibrations (same calibrated probability), so the fusion layer, fitted on
 * the first set, reads both alike. `routing: false` (or a text with no language) uses the first set only.
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

/** The input every served fastText model reads for a normalised text: features of its first FASTTEXT_MAX_INPUT_CHARS. */
export function servedFastTextInput(normalised: string): string {
  return toFastTextInput(normalised.length > FASTTEXT_MAX_INPUT_CHARS ? normalised.slice(0, FASTTEXT_MAX_INPUT_CHARS) : normalised);
}
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
  /** Use the manifest's language routing when it has one (default true). */
  routing?: boolean;
}

/** Manifest `routing` of a fastText entry: which languages the second model set scores, per label. */
export interface FastTextRouting {
  /** Id of the second model set. */
  model: string;
  /** label → languages (ISO codes as the language identifier reports them) that the second set scores. */
  routedLanguages: Partial<Record<Label, string[]>>;
  /** label → languages with real labelled data (documentation: these keep the first set unless listed below). */
  naturalLanguages?: Partial<Record<Label, string[]>>;
  /**
   * label → languages with real labelled data of both classes that the second set scores too: it is trained on the same
   * real rows plus the synthetic ones, so these languages are measured on real text either way (models/fasttext/MODEL_CARD.md).
   */
  routedWithRealData?: Partial<Record<Label, string[]>>;
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

  /** The routed second set, per label, with the languages it scores. */
  private readonly routed: ReadonlyMap<Label, { model: LabelModel; languages: ReadonlySet<string>; unmeasured: ReadonlySet<string> }>;
  /** Manifest id of the routed set, when routing is on. */
  private readonly routedId: string | null;

  private constructor(entry: ModelEntry, models: LabelModel[], routed?: { entry: ModelEntry; models: LabelModel[]; routing: FastTextRouting }) {
    this.id = entry.id;
    this.version = routed ? `${entry.version}+${routed.entry.id}@${routed.entry.version}` : entry.version;
    this.routedId = routed?.entry.id ?? null;
    this.models = models;
    const second = new Map((routed?.models ?? []).map((m) => [m.label, m]));
    const routedFor = (label: Label): string[] => [...(routed?.routing.routedLanguages[label] ?? []), ...(routed?.routing.routedWithRealData?.[label] ?? [])];
    this.routed = new Map(
      models
        .filter((m) => second.has(m.label) && routedFor(m.label).length)
        .map((m) => [m.label, { model: second.get(m.label)!, languages: new Set(routedFor(m.label)), unmeasured: new Set(routed!.routing.routedLanguages[m.label] ?? []) }]),
    );
    this.labels = models.map((m) => m.label);
    this.byLabel = new Map(models.map((m) => [m.label, m]));
    this.operatingPoints = (entry.thresholds ?? {}) as Partial<Record<Label, LabelOperatingPoints>>;
  }

  /** Loads the committed artefacts listed in the manifest, verifying their sha256. */
  static async load(manifestPath = "models/manifest.json", options: FastTextClassifierOptions = {}): Promise<FastTextClassifier> {
    const manifest = readManifest(manifestPath);
    const entry = findModel(manifest, options.modelId ?? FASTTEXT_MODEL_ID);
    const runtime = await createFastTextRuntime();
    const models = loadLabelModels(manifest, entry, runtime);
    const routing = (entry as { routing?: FastTextRouting }).routing;
    if (!routing || options.routing === false) return new FastTextClassifier(entry, models);
    const second = findModel(manifest, routing.model);
    return new FastTextClassifier(entry, models, { entry: second, models: loadLabelModels(manifest, second, runtime), routing });
  }

  /**
   * Names the labels that the second set scores in `language` for lack of real data (trained on text written for this
   * project: synthetic templates, and for some labels the cue lists' development sentences; no real-text number there).
   */
  languageCaveat(language: string): string | null {
    const routed = this.labels.filter((label) => this.routed.get(label)?.unmeasured.has(language));
    if (!routed.length || !this.routedId) return null;
    return `${routed.join(", ")} scored by ${this.routedId}, trained on text written for this project (synthetic templates; for some labels also development sentences): no real labelled text in "${language}" to measure these labels on`;
  }

  /** Which set scores `label` for a text in `language`: "routed" when the routing sends it to the second set. */
  modelFor(label: Label, language: string | undefined): "primary" | "routed" {
    const route = this.routed.get(label);
    return route && language !== undefined && route.languages.has(language) ? "routed" : "primary";
  }

  /**
   * Raw positive-class probability per label for one normalised text, on the first set's raw scale.
   * `language` (as the language identifier reports it) selects the routed set where the routing says so.
   */
  scoreNormalised(normalised: string, language?: string): LabelScores {
    const input = servedFastTextInput(normalised);
    const scores: LabelScores = {};
    for (const primary of this.models) {
      const { label } = primary;
      if (this.modelFor(label, language) === "routed") {
        const routed = this.routed.get(label)!.model;
        scores[label] = onPrimaryScale(positiveProbability(routed.model, input), routed.calibration, primary.calibration);
      } else scores[label] = positiveProbability(primary.model, input);
    }
    return scores;
  }

  async classify(texts: readonly PreparedText[]): Promise<ClassifierResult[]> {
    const out: ClassifierResult[] = [];
    for (let i = 0; i < texts.length; i++) {
      if (i > 0 && i % YIELD_EVERY === 0) await yieldToEventLoop();
      out.push({ scores: this.scoreNormalised(texts[i].normalised, texts[i].language) });
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

function loadLabelModels(manifest: ReturnType<typeof readManifest>, entry: ModelEntry, runtime: Awaited<ReturnType<typeof createFastTextRuntime>>): LabelModel[] {
  const files = verifyModelFiles(manifest, entry);
  const labelFiles = (entry as { labelFiles?: Record<string, string> }).labelFiles;
  if (!labelFiles) throw new Error(`model "${entry.id}": manifest entry has no labelFiles map`);
  const models: LabelModel[] = [];
  for (const label of entry.labels) {
    if (!isLabel(label)) throw new Error(`model "${entry.id}": unknown label "${label}"`);
    const bytes = files.get(labelFiles[label]);
    if (!bytes) throw new Error(`model "${entry.id}": no file for label "${label}"`);
    const model = runtime.loadModel(bytes);
    if (!model.labels.includes("1")) throw new Error(`model "${entry.id}": ${labelFiles[label]} is not a binary __label__0/1 model`);
    models.push({ label, model, calibration: entry.calibration?.[label] ?? null });
  }
  return models;
}

function positiveProbability(model: FastTextModel, input: string): number {
  let p = 0;
  for (const [name, prob] of model.predict(input, -1, 0)) if (name === "1") p = prob;
  return Math.min(1, Math.max(0, p));
}

const EPS = 1e-6;
const logit = (p: number): number => {
  const q = Math.min(1 - EPS, Math.max(EPS, p));
  return Math.log(q / (1 - q));
};
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * The raw score of the first set that has the same calibrated probability as `raw` of the routed set:
 * p = calibrated₂(raw), then the raw₁ with calibrated₁(raw₁) = p (Platt inverts in closed form:
 * x = (logit(p) − b₁) / a₁). Without both calibrations, or when the first set's is not an invertible
 * Platt scaling, the routed raw score is used as it is.
 */
export function onPrimaryScale(raw: number, routed: Calibration | null, primary: Calibration | null): number {
  if (!routed || !primary || primary.method !== "platt" || !(primary.a > 0)) return raw;
  const x = (logit(applyCalibration(routed, raw)) - primary.b) / primary.a;
  return primary.input === "score" ? Math.min(1, Math.max(0, x)) : sigmoid(x);
}
