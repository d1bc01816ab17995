import type { TextClassifier } from "./classifiers/types.js";
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
