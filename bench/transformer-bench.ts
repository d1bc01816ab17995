/**
 * Speed of the transformer text classifier, in-process (ONNX Runtime through @huggingface/transformers):
 * cold load, per-text latency at concurrency 1 (p50/p99, texts <= 128 tokens), batched throughput,
 * occlusion-explanation cost, model file sizes and RSS with every text model loaded (transformer + fastText).
 * Texts are dev-split rows of ../shared/data/train (natural lengths), read in place, never copied.
 *
 *   npx tsx bench/transformer-bench.ts [--model tfgbv-encoder-2l128-v2] [--dtype q8|fp32] [--n 2000] [--threads 1]
 *       [--call 64 texts per classify() call] [--batch 16 sequences per ONNX run]
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { TransformerClassifier } from "../src/classifiers/transformer/index.js";
import { normaliseText } from "../src/content/text/normalise.js";
import { readFolder } from "../models/train/fasttext/data.js";
import type { PreparedText } from "../src/classifiers/types.js";

const { values: args } = parseArgs({
  options: {
    model: { type: "string", default: "tfgbv-encoder-2l128-v2" },
    dtype: { type: "string", default: "q8" },
    n: { type: "string", default: "2000" },
    threads: { type: "string", default: "1" },
    batch: { type: "string", default: "16" },
    call: { type: "string", default: "64" },
    data: { type: "string", default: "../shared/data" },
  },
});
const mb = (b: number) => (b / 2 ** 20).toFixed(1);
const rss0 = process.memoryUsage().rss;
const t0 = performance.now();
const clf = await TransformerClassifier.load({
  modelDir: join("models", args.model), dtype: args.dtype === "fp32" ? "fp32" : "q8",
  threads: Number(args.threads), batchSize: Number(args.batch),
});
const coldMs = performance.now() - t0;
const rssModel = process.memoryUsage().rss;

const prepare = (text: string): PreparedText => ({ ...normaliseText(text), original: text, language: "und" });
const texts = readFolder(join(args.data, "train")).filter((r) => r.split === "dev").map((r) => r.text)
  .filter((t) => clf.encode(normaliseText(t).normalised)[0].length <= 128 && clf.encode(normaliseText(t).normalised).length === 1)
  .slice(0, Number(args.n));
const prepared = texts.map(prepare);
const tokens = prepared.map((p) => clf.encode(p.normalised)[0].length);
for (const p of prepared.slice(0, 200)) await clf.classify([p]); // warm-up

const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
const single: number[] = [];
for (const p of prepared) {
  const s = performance.now();
  await clf.classify([p]);
  single.push(performance.now() - s);
}
const b0 = performance.now();
const bs = Number(args.call);
for (let i = 0; i < prepared.length; i += bs) await clf.classify(prepared.slice(i, i + bs));
const batchedPerS = prepared.length / ((performance.now() - b0) / 1000);

const explainMs: number[] = [];
const passes: number[] = [];
for (const p of prepared.slice(0, 100)) {
  const e = await clf.explain(p, clf.labels);
  explainMs.push(e.costMs);
  passes.push(e.forwardPasses);
}

// every text model loaded: the fastText label models too (when present)
let rssAll: number | null = null;
try {
  const { FastTextClassifier } = await import("../src/classifiers/fasttext/fasttext-classifier.js");
  await FastTextClassifier.load();
  rssAll = process.memoryUsage().rss;
} catch (err) {
  console.error(`fastText models not loaded (${(err as Error).message}); RSS covers the transformer only`);
}
const dirBytes = (d: string): number =>
  readdirSync(d, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? dirBytes(join(d, e.name)) : statSync(join(d, e.name)).size), 0);
const ours = dirBytes(join("models", args.model));
let fasttextBytes = 0;
try { fasttextBytes = dirBytes("models/fasttext"); } catch { /* absent */ }

console.log(`# transformer ${clf.id} (${args.dtype}, ${args.threads} thread(s)), ${prepared.length} dev texts, mean ${(tokens.reduce((a, b) => a + b, 0) / tokens.length).toFixed(1)} tokens (max ${Math.max(...tokens)})`);
console.log(`cold load            ${coldMs.toFixed(0)} ms`);
console.log(`single text (conc 1) p50 ${q(single, 0.5).toFixed(2)} ms  p99 ${q(single, 0.99).toFixed(2)} ms  max ${Math.max(...single).toFixed(2)} ms`);
console.log(`batched (${bs}/call, ${args.batch}/ONNX run) ${batchedPerS.toFixed(0)} texts/s`);
console.log(`explain (occlusion)  p50 ${q(explainMs, 0.5).toFixed(1)} ms  p99 ${q(explainMs, 0.99).toFixed(1)} ms  (median ${q(passes, 0.5)} forward passes per text, all labels)`);
console.log(`files                ${args.model} ${mb(ours)} MiB (fp32 + int8 + tokenizer); models/fasttext ${mb(fasttextBytes)} MiB`);
console.log(`RSS                  start ${mb(rss0)} MiB, transformer loaded ${mb(rssModel)} MiB${rssAll ? `, + fastText ${mb(rssAll)} MiB` : ""}, end ${mb(process.memoryUsage().rss)} MiB`);
