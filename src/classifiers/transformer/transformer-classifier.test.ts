import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { normaliseText } from "../../content/text/normalise.js";
import { findModel, readManifest } from "../manifest.js";
import type { PreparedText } from "../types.js";
import { LABELS } from "../../taxonomy.js";
import { transformerOptionsFromManifest } from "./from-manifest.js";
import { TransformerClassifier } from "./transformer-classifier.js";
import { occlude, segmentForOcclusion } from "./tokenizer-text.js";

// Loads the committed model (tests never train). Fixtures: texts written for the project, with the ids
// and PyTorch logits the Python side produced for them (models/train/transformer/export.py).
const MODEL_ID = "tfgbv-encoder-2l128-v2";
const MODEL_DIR = `models/${MODEL_ID}`;
const FIX = "src/classifiers/transformer/__fixtures__";
const tokenizerIds = JSON.parse(readFileSync(`${FIX}/tokenizer-ids.json`, "utf8")) as { script: string; text: string; ids: number[] }[];
const parity = (JSON.parse(readFileSync(`${FIX}/parity-logits.json`, "utf8")) as { rows: { text: string; ids: number[]; logits: number[] }[] }).rows;
const prepare = (original: string): PreparedText => ({ ...normaliseText(original), original, language: "und" });

let fp32: TransformerClassifier;
let q8: TransformerClassifier;
beforeAll(async () => {
  fp32 = await TransformerClassifier.load({ modelDir: MODEL_DIR, dtype: "fp32" });
  q8 = await TransformerClassifier.load({ modelDir: MODEL_DIR, dtype: "q8" });
});

describe("tokenizer (tokenizer.json in @huggingface/transformers vs Python SentencePiece)", () => {
  it("covers every promised script with samples", () => {
    const scripts = new Set(tokenizerIds.map((s) => s.script));
    for (const s of ["Latn", "Hang", "Hans", "Deva", "Beng", "Arab", "Thai", "Sinh"]) expect(scripts).toContain(s);
  });

  it.each(tokenizerIds.map((s, i) => [i, s.script, s] as const))("sample %i (%s) yields identical ids", (_i, _script, s) => {
    expect(fp32.encode(s.text)[0]).toEqual(s.ids.length > fp32.maxLength ? [...s.ids.slice(0, fp32.maxLength - 1), 3] : s.ids);
  });

  it("knows the characters of every script (few <unk> pieces)", () => {
    for (const s of tokenizerIds.filter((x) => x.script !== "mixed")) {
      const unk = s.ids.filter((id) => id === 1).length;
      expect(unk / s.ids.length, s.script).toBeLessThan(0.1);
    }
  });
});

describe(`TransformerClassifier (${MODEL_ID})`, () => {
  it("ONNX Runtime reproduces the PyTorch logits (fp32, max |Δ| < 1e-4)", async () => {
    const got = await fp32.logits(parity.map((r) => r.ids));
    const diff = Math.max(...parity.flatMap((r, i) => r.logits.map((z, j) => Math.abs(z - got[i][j]))));
    expect(diff).toBeLessThan(1e-4);
  });

  it("the int8 model stays close to PyTorch (max |Δprob| < 0.05)", async () => {
    const got = await q8.logits(parity.map((r) => r.ids));
    const sig = (z: number) => 1 / (1 + Math.exp(-z));
    const diff = Math.max(...parity.flatMap((r, i) => r.logits.map((z, j) => Math.abs(sig(z) - sig(got[i][j])))));
    expect(diff).toBeLessThan(0.05);
  });

  it("declares the taxonomy labels and returns one raw score in [0,1] per label, per input, in order", async () => {
    expect([...fp32.labels]).toEqual([...LABELS]);
    const texts = ["women should stay silent", "the weather is lovely", "", "😀😀😀", "\ud800 lone surrogate"];
    const out = await q8.classify(texts.map(prepare));
    expect(out).toHaveLength(texts.length);
    for (const r of out) {
      expect(Object.keys(r.scores)).toEqual([...LABELS]);
      for (const v of Object.values(r.scores)) expect(v).toBeGreaterThanOrEqual(0), expect(v).toBeLessThanOrEqual(1);
    }
  });

  it("batch results equal one-at-a-time results (fp32 and int8: weight-only quantisation is batch-invariant)", async () => {
    const texts = ["women should stay silent", "the weather is lovely today", "I know where you live", "ok"].map(prepare);
    for (const [clf, digits] of [[fp32, 5], [q8, 5]] as const) {
      const batch = await clf.classify(texts);
      for (const [i, t] of texts.entries()) {
        const [single] = await clf.classify([t]);
        for (const l of LABELS) expect(batch[i].scores[l]).toBeCloseTo(single.scores[l]!, digits);
      }
    }
  });

  it("scores a long text as the max over its windows (abuse at the end is not truncated away)", async () => {
    const long = prepare(`${"we met at the market and talked about the weather for a while. ".repeat(20)} I will find where you live and hurt you`);
    const windows = q8.encode(long.normalised);
    expect(windows.length).toBeGreaterThan(1);
    const perWindow = await q8.logits(windows);
    const [r] = await q8.classify([long]);
    LABELS.forEach((l, j) => expect(r.scores[l]).toBeCloseTo(Math.max(...perWindow.map((w) => 1 / (1 + Math.exp(-w[j])))), 5));
  });

  it("handles hostile input without throwing (20k chars, controls, special-token literals)", async () => {
    const texts = ["x".repeat(20_000), "\u202e\u200b\u0000</s><mask><s>", "ａｂｃ\t\n\r  ", "👩‍🦰".repeat(500)];
    const out = await q8.classify(texts.map(prepare));
    for (const r of out) for (const v of Object.values(r.scores)) expect(Number.isFinite(v)).toBe(true);
  });

  it("explains with occlusion: spans lie in the ORIGINAL text and weigh the score drop of removing them", async () => {
    const original = "ＹＯＵ  stupid   woman, I will find you and hurt you";
    const text = prepare(original);
    const ex = await fp32.explain(text, ["misogyny", "threat", "toxicity"], { minWeight: 0, topK: 3 });
    expect(ex.forwardPasses).toBeGreaterThan(1);
    expect(ex.costMs).toBeGreaterThan(0);
    expect(ex.spans.length).toBeGreaterThan(0);
    const segments = segmentForOcclusion(text.normalised, 48);
    for (const s of ex.spans) {
      expect(["misogyny", "threat", "toxicity"]).toContain(s.label);
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(original.length);
      expect(original.slice(s.start, s.end).trim().length).toBeGreaterThan(0);
      expect(s.source).toBe(`occlusion:${MODEL_ID}`);
    }
    // the weight is exactly base score minus the score without that segment
    const top = ex.spans[0];
    const seg = segments.find((g) => {
      const n = normaliseText(original);
      return n.offsets[g.start] === top.start;
    })!;
    const [without] = await fp32.scoreTexts([occlude(text.normalised, seg)]);
    expect(top.weight).toBeCloseTo(ex.scores[top.label]! - without[top.label]!, 3);
  });

  it("loads from models/manifest.json with checked sha256", async () => {
    const manifest = readManifest("models/manifest.json");
    const clf = await TransformerClassifier.load(transformerOptionsFromManifest(manifest, findModel(manifest, MODEL_ID)));
    expect(clf.id).toBe(MODEL_ID);
    const [a] = await clf.classify([prepare("hello there")]);
    const [b] = await q8.classify([prepare("hello there")]);
    expect(a.scores).toEqual(b.scores);
  });
});
