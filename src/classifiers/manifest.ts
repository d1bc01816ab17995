/**
 * models/manifest.json: the registry of every model the service can load (ARCHITECTURE.md "Models").
 *
 * Format (schemaVersion 1), kept deliberately simple and stable:
 *   { "schemaVersion": 1, "models": [ {
 *       "id": "fasttext-tfgbv", "version": "1", "task": "text-classification",
 *       "files": [ { "path": "models/fasttext/misogyny.ftz", "sha256": "<64 hex>", "bytes": 123 } ],
 *       "labels": ["misogyny", ...], "problemType": "multi-label-sigmoid",
 *       "calibration": { "misogyny": { "method": "platt", "a": 1.1, "b": -0.3 } } | null,
 *       "thresholds": { ... } | null, "training": { "data": [...], "licences": [...], "command": "..." },
 *       "metrics": { ... }, ...any further fields a model needs } ] }
 * File paths are relative to the repository root (the directory that holds `models/`), so a file can be
 * opened from the manifest alone. Unknown extra fields are kept (each model type reads its own).
 *
 * Example:
 *   const manifest = readManifest("models/manifest.json");
 *   const entry = findModel(manifest, "fasttext-tfgbv");
 *   const files = verifyModelFiles(manifest, entry); // Map<path, bytes>, throws on a sha256 mismatch
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { z } from "zod";

const SHA256_RE = /^[0-9a-f]{64}$/;

export const ModelFileSchema = z.object({
  path: z
    .string()
    .min(1)
    .refine((p) => !isAbsolute(p) && !p.split(/[\\/]/).includes(".."), "must be a relative path inside the repository"),
  sha256: z.string().regex(SHA256_RE, "must be 64 lowercase hex digits"),
  bytes: z.number().int().nonnegative(),
});

/**
 * How a raw score becomes a calibrated probability.
 * platt: p = sigmoid(a * x + b) with x = logit(raw) (input "logit", the default) or x = raw (input "score").
 * isotonic: piecewise-linear interpolation through (x[i], y[i]), x ascending.
 */
export const CalibrationSchema = z.discriminatedUnion("method", [
  z.object({ method: z.literal("platt"), a: z.number(), b: z.number(), input: z.enum(["logit", "score"]).default("logit") }),
  z.object({ method: z.literal("isotonic"), x: z.array(z.number()).min(2), y: z.array(z.number()).min(2) }),
]);

export const ModelEntrySchema = z.looseObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, "ids are lowercase kebab/snake case"),
  version: z.string().min(1),
  task: z.string().min(1),
  files: z.array(ModelFileSchema).min(1),
  labels: z.array(z.string().min(1)).min(1),
  problemType: z.string().min(1),
  calibration: z.record(z.string(), CalibrationSchema).nullable().optional(),
  thresholds: z.unknown().optional(),
  training: z.unknown().optional(),
  metrics: z.unknown().optional(),
});

export const ManifestSchema = z
  .object({ schemaVersion: z.literal(1), models: z.array(ModelEntrySchema) })
  .superRefine((m, ctx) => {
    const seen = new Set<string>();
    for (const [i, entry] of m.models.entries()) {
      if (seen.has(entry.id)) ctx.addIssue({ code: "custom", path: ["models", i, "id"], message: `duplicate model id "${entry.id}"` });
      seen.add(entry.id);
    }
  });

export type ModelFile = z.infer<typeof ModelFileSchema>;
export type Calibration = z.infer<typeof CalibrationSchema>;
export type ModelEntry = z.infer<typeof ModelEntrySchema>;

export interface Manifest {
  schemaVersion: 1;
  models: ModelEntry[];
  /** Absolute repository root the file paths are relative to (not part of the JSON). */
  root: string;
}

export class ManifestError extends Error {
  override readonly name = "ManifestError";
}

/** Parses and validates a manifest; every problem is listed at once. */
export function parseManifest(json: unknown, root: string): Manifest {
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new ManifestError(`invalid model manifest:\n  ${problems.join("\n  ")}`);
  }
  return { ...parsed.data, schemaVersion: 1, root: resolve(root) };
}

/** Reads models/manifest.json; the repository root is the parent of the folder holding it. */
export function readManifest(manifestPath: string): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(manifestPath, "utf8"));
  } catch (err) {
    throw new ManifestError(`cannot read model manifest ${manifestPath}: ${(err as Error).message}`);
  }
  return parseManifest(json, dirname(dirname(resolve(manifestPath))));
}

/** The entry with this id; unknown ids fail loudly and list the valid ones. */
export function findModel(manifest: Manifest, id: string): ModelEntry {
  const entry = manifest.models.find((m) => m.id === id);
  if (!entry) {
    const known = manifest.models.map((m) => m.id).join(", ") || "(none)";
    throw new ManifestError(`model "${id}" is not in the manifest; known models: ${known}`);
  }
  return entry;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Reads every file of an entry and checks size and sha256; returns the bytes by manifest path. */
export function verifyModelFiles(manifest: Manifest, entry: ModelEntry): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const file of entry.files) {
    const abs = join(manifest.root, file.path);
    let bytes: Buffer;
    try {
      bytes = readFileSync(abs);
    } catch (err) {
      throw new ManifestError(`model "${entry.id}": cannot read ${file.path}: ${(err as Error).message}`);
    }
    if (bytes.length !== file.bytes) {
      throw new ManifestError(`model "${entry.id}": ${file.path} has ${bytes.length} bytes, manifest says ${file.bytes}`);
    }
    const digest = sha256Hex(bytes);
    if (digest !== file.sha256) {
      throw new ManifestError(`model "${entry.id}": ${file.path} sha256 ${digest} does not match the manifest (${file.sha256})`);
    }
    out.set(file.path, bytes);
  }
  return out;
}

/** Applies a calibration to a raw score in [0,1]. */
export function applyCalibration(calibration: Calibration, raw: number): number {
  const score = Math.min(1, Math.max(0, Number.isFinite(raw) ? raw : 0));
  if (calibration.method === "platt") {
    const x = calibration.input === "score" ? score : logit(score);
    return 1 / (1 + Math.exp(-(calibration.a * x + calibration.b)));
  }
  const { x, y } = calibration;
  if (score <= x[0]) return y[0];
  if (score >= x[x.length - 1]) return y[y.length - 1];
  let hi = 1;
  while (x[hi] < score) hi++;
  const t = (score - x[hi - 1]) / (x[hi] - x[hi - 1] || 1);
  return y[hi - 1] + t * (y[hi] - y[hi - 1]);
}

/** Log-odds with the input clamped away from 0 and 1 (fastText probabilities reach both). */
export function logit(p: number): number {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(q / (1 - q));
}
