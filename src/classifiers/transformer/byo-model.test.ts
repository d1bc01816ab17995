import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { normaliseText } from "../../content/text/normalise.js";
import { parseManifest } from "../manifest.js";
import type { PreparedText } from "../types.js";
import { transformerOptionsFromManifest } from "./from-manifest.js";
import { TransformerClassifier } from "./transformer-classifier.js";

// A tiny randomly initialised HF-layout model written by models/train/transformer/make-tiny-random.py:
// WordPiece tokenizer, token_type_ids input, label names outside our taxonomy. Its scores mean nothing;
// these tests check the bring-your-own loading path, not quality.
const FIXTURE = "src/classifiers/transformer/__fixtures__/tiny-random-byo";
const LABEL_MAP = { toxic: "toxicity", insult: "toxicity", identity_hate: "hate", neutral: null } as const;
const prepare = (original: string): PreparedText => ({ ...normaliseText(original), original, language: "und" });

function fileEntry(path: string) {
  const bytes = readFileSync(path);
  return { path, sha256: createHash("sha256").update(bytes).digest("hex"), bytes: bytes.length };
}

function byoManifest(tamper = false) {
  const files = ["config.json", "tokenizer.json", "tokenizer_config.json", "onnx/model.onnx"].map((f) => fileEntry(`${FIXTURE}/${f}`));
  if (tamper) files[3] = { ...files[3], sha256: "0".repeat(64) };
  const entry = { id: "tiny-byo", version: "0", task: "text-classification", kind: "transformer", modelDir: FIXTURE,
    files, labels: ["toxicity", "hate"], problemType: "multi-label-sigmoid", labelMap: LABEL_MAP };
  return parseManifest({ schemaVersion: 1, models: [entry] }, resolve("."));
}

describe("bring-your-own transformer model", () => {
  it("loads through the manifest, maps its labels onto the taxonomy and scores in [0,1]", async () => {
    const m = byoManifest();
    const clf = await TransformerClassifier.load(transformerOptionsFromManifest(m, m.models[0]));
    expect(clf.id).toBe("tiny-byo");
    expect([...clf.labels].sort()).toEqual(["hate", "toxicity"]);
    const out = await clf.classify(["You are stupid", "hello world", ""].map(prepare));
    expect(out).toHaveLength(3);
    for (const r of out) {
      expect(Object.keys(r.scores).sort()).toEqual(["hate", "toxicity"]);
      for (const v of Object.values(r.scores)) expect(v).toBeGreaterThan(0), expect(v).toBeLessThan(1);
    }
  });

  it("maps several model labels onto one taxonomy label by taking the strongest", async () => {
    const clf = await TransformerClassifier.load({ modelDir: FIXTURE, labelMap: LABEL_MAP });
    const only = await TransformerClassifier.load({ modelDir: FIXTURE, labelMap: { ...LABEL_MAP, insult: null } });
    const onlyInsult = await TransformerClassifier.load({ modelDir: FIXTURE, labelMap: { toxic: null, identity_hate: null, insult: "toxicity" } });
    const [a] = await clf.classify([prepare("she is stupid")]);
    const [b] = await only.classify([prepare("she is stupid")]);
    const [c] = await onlyInsult.classify([prepare("she is stupid")]);
    expect(a.scores.toxicity).toBeCloseTo(Math.max(b.scores.toxicity!, c.scores.toxicity!), 6);
  });

  it("uses the model's own special tokens ([CLS]/[SEP]) and fills token_type_ids", async () => {
    const clf = await TransformerClassifier.load({ modelDir: FIXTURE, labelMap: LABEL_MAP });
    const [ids] = clf.encode("hello [SEP] world");
    expect(ids[0]).toBe(2);
    expect(ids.at(-1)).toBe(3);
    expect(ids.slice(1, -1)).not.toContain(3); // a typed "[SEP]" is not a control token
  });

  it("fails loudly when no model label maps onto the taxonomy, listing the model's labels", async () => {
    await expect(TransformerClassifier.load({ modelDir: FIXTURE })).rejects.toThrow(/toxic, identity_hate, insult, neutral/);
  });

  it("refuses files whose sha256 does not match the manifest", () => {
    const m = byoManifest(true);
    expect(() => transformerOptionsFromManifest(m, m.models[0])).toThrow(/sha256/);
  });

  it("rejects an entry whose ONNX file for the chosen dtype is not listed", () => {
    const m = byoManifest();
    const entry = { ...m.models[0], dtype: "q8" };
    expect(() => transformerOptionsFromManifest(m, entry)).toThrow(/model_quantized\.onnx/);
  });

  it("never reaches the network: a folder that does not exist fails instead of downloading", async () => {
    await expect(TransformerClassifier.load({ modelDir: join(FIXTURE, "missing"), labelMap: LABEL_MAP })).rejects.toThrow();
  });
});
