import { createHash } from "node:crypto";
import { availableParallelism } from "node:os";
import path from "node:path";
import { z } from "zod";

/**
 * The only module that reads process.env. Every variable shares the GUARD_ prefix; units are suffixes.
 * Validation lists every problem at once; secrets (API keys) are hashed on read and never kept in clear.
 */
const int = (def: number, min = 0) => z.coerce.number().int().min(min).default(def);

const ENV_SCHEMA = z.object({
  GUARD_HOST: z.string().default("0.0.0.0"),
  GUARD_PORT: int(8080, 0).pipe(z.number().max(65535)),
  GUARD_LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  GUARD_MODELS_DIR: z.string().default("models"),
  GUARD_POLICY_DIR: z.string().default("models/policies"),
  GUARD_DEFAULT_POLICY: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/).default("default"),
  GUARD_DATA_DIR: z.string().default("data"),
  /** Comma-separated API keys (hashed immediately) or their SHA-256 hex digests. Empty: no auth. */
  GUARD_API_KEYS: z.string().default(""),
  GUARD_API_KEYS_SHA256: z.string().default(""),
  GUARD_MAX_TEXT_CHARS: int(20_000, 1),
  GUARD_MAX_BATCH_ITEMS: int(256, 1),
  GUARD_MAX_JSON_BODY_BYTES: int(2 * 1024 * 1024, 1024),
  GUARD_MAX_IMAGE_BYTES: int(20 * 1024 * 1024, 1024),
  GUARD_MAX_IMAGE_PIXELS: int(50_000_000, 1),
  GUARD_MAX_JSON_DEPTH: int(32, 2),
  GUARD_CACHE_ENTRIES: int(50_000, 0),
  /** Worker threads that decode and hash images (POST /v1/hash, PDQ in image scoring); 0 = in the request thread. */
  GUARD_HASH_THREADS: int(Math.min(availableParallelism(), 8), 0).pipe(z.number().max(64)),
  /** Images allowed to wait for a hashing thread; more are refused with 503 `overloaded`. */
  GUARD_HASH_MAX_QUEUE: int(64, 1),
});

export interface Config {
  host: string;
  port: number;
  logLevel: z.infer<typeof ENV_SCHEMA>["GUARD_LOG_LEVEL"];
  modelsDir: string;
  policyDir: string;
  defaultPolicy: string;
  dataDir: string;
  /** SHA-256 digests (hex) of accepted API keys; empty means authentication is off. */
  apiKeyHashes: string[];
  maxTextChars: number;
  maxBatchItems: number;
  maxJsonBodyBytes: number;
  maxImageBytes: number;
  maxImagePixels: number;
  maxJsonDepth: number;
  cacheEntries: number;
  hashThreads: number;
  hashMaxQueue: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  - ${problems.join("\n  - ")}`);
    this.name = "ConfigError";
  }
}

export const sha256Hex = (value: string): string => createHash("sha256").update(value, "utf8").digest("hex");

const splitList = (s: string) =>
  s
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);

/** Reads and validates the environment. Relative paths resolve against `root` (the repository root by default). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): Config {
  const parsed = ENV_SCHEMA.safeParse(env);
  if (!parsed.success) {
    // Never echo values: a bad variable may be a secret.
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  }
  const e = parsed.data;
  const problems: string[] = [];
  const digests = splitList(e.GUARD_API_KEYS_SHA256).map((d) => d.toLowerCase());
  for (const d of digests) if (!/^[0-9a-f]{64}$/.test(d)) problems.push("GUARD_API_KEYS_SHA256: every entry must be 64 hex characters");
  const keys = splitList(e.GUARD_API_KEYS);
  for (const k of keys) if (k.length < 16) problems.push("GUARD_API_KEYS: every key must be at least 16 characters");
  if (problems.length) throw new ConfigError([...new Set(problems)]);
  const abs = (p: string) => path.resolve(root, p);
  return {
    host: e.GUARD_HOST,
    port: e.GUARD_PORT,
    logLevel: e.GUARD_LOG_LEVEL,
    modelsDir: abs(e.GUARD_MODELS_DIR),
    policyDir: abs(e.GUARD_POLICY_DIR),
    defaultPolicy: e.GUARD_DEFAULT_POLICY,
    dataDir: abs(e.GUARD_DATA_DIR),
    apiKeyHashes: [...new Set([...digests, ...keys.map(sha256Hex)])],
    maxTextChars: e.GUARD_MAX_TEXT_CHARS,
    maxBatchItems: e.GUARD_MAX_BATCH_ITEMS,
    maxJsonBodyBytes: e.GUARD_MAX_JSON_BODY_BYTES,
    maxImageBytes: e.GUARD_MAX_IMAGE_BYTES,
    maxImagePixels: e.GUARD_MAX_IMAGE_PIXELS,
    maxJsonDepth: e.GUARD_MAX_JSON_DEPTH,
    cacheEntries: e.GUARD_CACHE_ENTRIES,
    hashThreads: e.GUARD_HASH_THREADS,
    hashMaxQueue: e.GUARD_HASH_MAX_QUEUE,
  };
}
