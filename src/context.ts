import { existsSync } from "node:fs";
import path from "node:path";
import { LRUCache } from "lru-cache";
import type { TextClassifier } from "./classifiers/types.js";
import { loadConfig, type Config } from "./config.js";
import { maskAwareNormaliser } from "./content/text/unmask.js";
import { createLogger, type Logger } from "./logger.js";
import { createMetrics, type Metrics } from "./metrics.js";
import { loadPolicies } from "./policy/policy.js";
import type { Policy } from "./policy/schema.js";
import { Readiness } from "./readiness.js";
import { Fusion, FUSION_SCHEMA } from "./scoring/fusion.js";
import { TextScoringService, type LanguageIdentifierLike } from "./scoring/score-text.js";
import type { Verdict } from "./scoring/verdict.js";
import { BANKS_COMPONENT, IMAGE_SAFETY_COMPONENT, LANGID_COMPONENT, listTextComponents, type ComponentLoader, type ImageSafetyClassifier } from "./components.js";
import type { BankService } from "./banks/bank-service.js";
import { decodeImage } from "./content/image/decode.js";
import { createImageHasher, type ImageHasher } from "./content/image/hash-pool.js";
import { cryptoHashes } from "./signals/crypto-hashes.js";
import { readProvenance, warmC2paValidator } from "./signals/provenance/index.js";
import { detectWatermarks } from "./signals/watermark/index.js";
import { assessSynthetic, watermarkEvidence } from "./signals/synthetic.js";
import { ImageScoringService } from "./scoring/score-image.js";

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
  /** Hash banks with their in-memory indexes; undefined until the indexes are built. */
  banks?: BankService;
  /** Decodes and hashes images on worker threads (GUARD_HASH_THREADS; started on first use or warm()). */
  imageHasher: ImageHasher;
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
  /** Compile the C2PA validator (9 MB WebAssembly) at start instead of on the first image with a manifest. */
  warmC2pa?: boolean;
  /** Hash banks (tests pass an in-memory store); null disables them. */
  banks?: ComponentLoader<BankService> | null;
  imageSafety?: ComponentLoader<ImageSafetyClassifier> | null;
  /** Replace the image hashing pool (default: GUARD_HASH_THREADS worker threads). */
  imageHasher?: ImageHasher;
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

  const textLoaders = overrides.textComponents ?? listTextComponents(config);
  const langidLoader = overrides.langid === undefined ? LANGID_COMPONENT : overrides.langid;

  const imageHasher = overrides.imageHasher ?? createImageHasher({ threads: config.hashThreads, maxQueue: config.hashMaxQueue });

  const ctx: AppContext = {
    config,
    logger,
    metrics,
    readiness,
    policies,
    imageHasher,
    ready: Promise.resolve(),
    async close() {
      await readiness.settled();
      await imageHasher.close();
    },
  };

  const banksLoader = overrides.banks === undefined ? BANKS_COMPONENT : overrides.banks;
  const safetyLoader = overrides.imageSafety === undefined ? IMAGE_SAFETY_COMPONENT : overrides.imageSafety;

  if (overrides.warmC2pa ?? true) {
    // Optional: a failure only means the first manifest-bearing image pays the compile (or reports validation as failed).
    void readiness.track("c2pa-validator", warmC2paValidator(), { required: false }).catch((e: unknown) =>
      logger.warn({ err: String((e as Error)?.message ?? e) }, "C2PA validator did not warm up"),
    );
  }

  ctx.ready = (async () => {
    const [banks, safety, langid, ...classifiers] = await Promise.all([
      banksLoader ? load(banksLoader) : Promise.resolve(null),
      safetyLoader ? load(safetyLoader) : Promise.resolve(null),
      langidLoader ? load(langidLoader) : Promise.resolve(null),
      ...textLoaders.map((l) => load(l)),
    ]);
    if (banks) ctx.banks = banks;
    const loaded = classifiers.filter((c): c is TextClassifier => c !== null);
    ctx.textScoring = new TextScoringService({
      // masked spellings ("b*tch", "w*men") of the words the components look for are read as those words
      normalise: maskAwareNormaliser(loaded),
      langid: langid as LanguageIdentifierLike | null,
      classifiers: loaded,
      fusion,
      policies,
      defaultPolicy: config.defaultPolicy,
      cache,
      metrics,
    });
    const textScoring = ctx.textScoring;
    ctx.imageScoring = new ImageScoringService({
      limits: { maxBytes: config.maxImageBytes, maxPixels: config.maxImagePixels },
      decode: decodeImage,
      hashPdq: (img) => imageHasher.hashPdq(img),
      cryptoHashes,
      banks: banks ?? null,
      nsfw: safety ?? null,
      provenance: async (bytes) => {
        const r = await readProvenance(bytes);
        return { evidence: r.evidence, errors: r.errors };
      },
      watermarks: (img) => watermarkEvidence(detectWatermarks(img)),
      assessSynthetic,
      ocr: null,
      scoreText: (item, id) => textScoring.scoreText(item, id),
      policies,
      defaultPolicy: config.defaultPolicy,
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
