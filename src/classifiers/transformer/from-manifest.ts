/**
 * Manifest entries for transformer models (ours and bring-your-own) -> TransformerClassifier options.
 *
 * Entry fields read here, beside the common ones (src/classifiers/manifest.ts):
 *   "kind": "transformer",
 *   "modelDir": "models/byo/my-model"          folder in Hugging Face layout, relative to the repository root
 *   "dtype": "q8" | "fp32"                     which ONNX file to load (default fp32)
 *   "labelMap": { "toxic": "toxicity", "identity_hate": "hate", "neutral": null }
 *   "activation": "sigmoid" | "softmax"        optional override of config.json problem_type
 * The files listed in the entry are checked (size + sha256) before the model loads.
 */
import { join } from "node:path";
import { z } from "zod";
import { verifyModelFiles, type Manifest, type ModelEntry } from "../manifest.js";
import { LABELS } from "../../taxonomy.js";
import type { TransformerClassifierOptions } from "./transformer-classifier.js";

const TransformerEntrySchema = z.looseObject({
  kind: z.literal("transformer"),
  modelDir: z
    .string()
    .min(1)
    .refine((p) => !p.startsWith("/") && !p.split(/[\\/]/).includes(".."), "must be a relative path inside the repository"),
  dtype: z.enum(["fp32", "q8"]).default("fp32"),
  labelMap: z.record(z.string(), z.enum(LABELS).nullable()).optional(),
  activation: z.enum(["sigmoid", "softmax"]).optional(),
  maxLength: z.number().int().min(8).max(512).optional(),
});

/** Validates a transformer entry, verifies its files, and returns the load options. */
export function transformerOptionsFromManifest(
  manifest: Manifest,
  entry: ModelEntry,
  overrides: Partial<TransformerClassifierOptions> = {},
): TransformerClassifierOptions {
  const parsed = TransformerEntrySchema.safeParse(entry);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`model "${entry.id}" is not a valid transformer entry: ${problems}`);
  }
  const e = parsed.data;
  const needed = ["config.json", "tokenizer.json", e.dtype === "q8" ? "onnx/model_quantized.onnx" : "onnx/model.onnx"];
  const listed = new Set(entry.files.map((f) => f.path));
  const missing = needed.map((f) => `${e.modelDir}/${f}`).filter((p) => !listed.has(p));
  if (missing.length) throw new Error(`model "${entry.id}": the manifest must list ${missing.join(", ")}`);
  verifyModelFiles(manifest, entry);
  return {
    modelDir: join(manifest.root, e.modelDir),
    id: entry.id,
    version: entry.version,
    dtype: e.dtype,
    labelMap: e.labelMap,
    activation: e.activation,
    maxLength: e.maxLength,
    ...overrides,
  };
}
