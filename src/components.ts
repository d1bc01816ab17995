import { mkdirSync } from "node:fs";
import path from "node:path";
import { BankService } from "./banks/bank-service.js";
import { NsfwClassifier } from "./classifiers/nsfw/index.js";
import type { TextClassifier } from "./classifiers/types.js";
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

export const TEXT_COMPONENTS: readonly ComponentLoader<TextClassifier>[] = Object.freeze([]);

export const LANGID_COMPONENT: ComponentLoader<LanguageIdentifierLike> | null = null;

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
