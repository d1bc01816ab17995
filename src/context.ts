import { existsSync } from "node:fs";
import path from "node:path";
import { LRUCache } from "lru-cache";
import type { TextClassifier } from "./classifiers/types.js";
import { loadConfig, type Config } from "./config.js";
import { normaliseText } from "./content/text/normalise.js";
import { createLogger, type Logger } from "./logger.js";
import { createMetrics, type Metrics } from "./metrics.js";
import { loadPolicies } from "./policy/policy.js";
import type { Policy } from "./policy/schema.js";
import { Readiness } from "./readiness.js";
import { Fusion, FUSION_SCHEMA } from "./scoring/fusion.js";
import { TextScoringService, type LanguageIdentifierLike } from "./scoring/score-text.js";
import type { Verdict } from "./scoring/verdict.js";
import { LANGID_COMPONENT, TEXT_COMPONENTS, type ComponentLoader } from "./components.js";

/**
 * The composition root: built once at start (plain constructors, no DI framework), with test overrides.
 * Models load eagerly behind memoised promises tracked by `readiness`; `scoring` exists once they have settled.
 */
export interface AppContext {
  config: Config;
  logger: Logger;
  metrics: Metrics;
  readiness: Readiness;
  policies: Map<string, Policy>;
  /** Resolves when every component has settled (loaded or failed). Never rejects. */
  ready: Promise<void>;
  /** Available once `ready` has resolved; undefined before. */
  textScoring?: TextScoringService;
  /** Image pipeline (decode → hashes → bank matches → safety → provenance → policy); undefined until ready. */
  imageScoring?: ImageScorer;
  close(): Promise<void>;
}

export interface ImageScorer {
  scoreImage(bytes: Uint8Array, opts: { explain: boolean; policy?: string; dihedral: boolean }, requestId: string): Promise<Verdict>;
}

export interface ContextOverrides {
  config?: Partial<Config>;
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  metrics?: Metrics;
  /** Replace the registry of text components (tests pass fakes). */
  textComponents?: readonly ComponentLoader<TextClassifier>[];
  langid?: ComponentLoader<LanguageIdentifierLike> | null;
  fusion?: Fusion;
}

export function createAppContext(overrides: ContextOverrides = {}): AppContext {
  const config: Config = { ...loadConfig(overrides.env ?? process.env), ...overrides.config };
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const metrics = overrides.metrics ?? createMetrics();
  const readiness = new Readiness();
  // Policies are validated synchronously: an invalid policy stops the start with every problem listed.
  const policies = loadPolicies(config.policyDir);
  if (!policies.has(config.defaultPolicy)) {
    throw new Error(`default policy "${config.defaultPolicy}" not found in ${config.policyDir} (have: ${[...policies.keys()].join(", ")})`);
  }
  const fusion = overrides.fusion ?? loadFusion(config.modelsDir);

  const cache =
    config.cacheEntries > 0 ? new LRUCache<string, Verdict>({ max: config.cacheEntries }) : null;

  const load = <T>(c: ComponentLoader<T>): Promise<T | null> => {
    metrics.modelLoaded.set({ model: c.id }, 0);
    return readiness
      .track(c.id, c.load({ config, logger }), {
        required: c.required,
        onChange: (ok) => metrics.modelLoaded.set({ model: c.id }, ok ? 1 : 0),
      })
      .catch((e: unknown) => {
        logger.error({ component: c.id, err: String((e as Error)?.message ?? e) }, "component failed to load");
        return null;
      });
  };

  const textLoaders = overrides.textComponents ?? TEXT_COMPONENTS;
  const langidLoader = overrides.langid === undefined ? LANGID_COMPONENT : overrides.langid;

  const ctx: AppContext = {
    config,
    logger,
    metrics,
    readiness,
    policies,
    ready: Promise.resolve(),
    async close() {
      await readiness.settled();
    },
  };

  ctx.ready = (async () => {
    const [langid, ...classifiers] = await Promise.all([
      langidLoader ? load(langidLoader) : Promise.resolve(null),
      ...textLoaders.map((l) => load(l)),
    ]);
    ctx.textScoring = new TextScoringService({
      normalise: normaliseText,
      langid: langid as LanguageIdentifierLike | null,
      classifiers: classifiers.filter((c): c is TextClassifier => c !== null),
      fusion,
      policies,
      defaultPolicy: config.defaultPolicy,
      cache,
      metrics,
    });
    logger.info({ components: readiness.snapshot() }, "models settled");
  })();
  return ctx;
}

function loadFusion(modelsDir: string): Fusion {
  const file = path.join(modelsDir, "fusion", "fusion.json");
  if (existsSync(file)) return Fusion.fromFile(file);
  return new Fusion(FUSION_SCHEMA.parse({ version: "uncalibrated-0", description: "no fusion file: raw scores" }));
}
