/**
 * Quick quality check of the transformer text classifier (not the full harness: see eval/cli.ts).
 * Prints, per group x dataset x language x label: n, positives, P/R/F1 at the dev max-F1 threshold
 * (calibrated scores, models/<id>/calibration.json) and ROC-AUC, on test splits only:
 *   train/ test splits, suites/ (all rows are test), eval-only/ test splits (internal evaluation only).
 * HateCheck-family rows targeted at women are also reported as their own group.
 *
 *   npx tsx eval/quick-transformer.ts [--model tfgbv-encoder-2l128-v2] [--dtype q8|fp32]
 *       [--max-per-dataset 4000] [--data ../shared/data] [--json out.json]
 * --max-per-dataset takes a fixed-seed random sample of each file's test rows (0 = all) to bound the cost.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { TransformerClassifier } from "../src/classifiers/transformer/index.js";
import { normaliseText } from "../src/content/text/normalise.js";
import { LABELS, type Label } from "../src/taxonomy.js";
import { readJsonl, type DataRow } from "../models/train/fasttext/data.js";
import { computeBinaryMetrics, toScoredSet } from "./lib/metrics.js";

const { values: args } = parseArgs({
  options: {
    model: { type: "string", default: "tfgbv-encoder-2l128-v2" },
    dtype: { type: "string", default: "q8" },
    data: { type: "string", default: "../shared/data" },
    "max-per-dataset": { type: "string", default: "4000" },
    json: { type: "string" },
  },
});
const dtype = args.dtype === "fp32" ? "fp32" : "q8";
const clf = await TransformerClassifier.load({ modelDir: join("models", args.model), dtype });
const cal = JSON.parse(readFileSync(join("models", args.model, "calibration.json"), "utf8")) as {
  calibration: Record<string, { a: number; b: number }>;
  thresholds: Record<string, { threshold: number }>;
};
const calibrate = (label: Label, raw: number) => {
  const c = cal.calibration[label] ?? { a: 1, b: 0 };
  const q = Math.min(1 - 1e-7, Math.max(1e-7, raw));
  return 1 / (1 + Math.exp(-(c.a * Math.log(q / (1 - q)) + c.b)));
};

/** Deterministic sample (xorshift) so reruns score the same rows. */
function sample<T>(rows: T[], k: number): T[] {
  if (k <= 0 || rows.length <= k) return rows;
  let s = 0x9e3779b9;
  const rnd = () => ((s ^= s << 13), (s ^= s >>> 17), (s ^= s << 5), (s >>> 0) / 2 ** 32);
  const idx = rows.map((_, i) => i);
  for (let i = idx.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  return idx.slice(0, k).sort((a, b) => a - b).map((i) => rows[i]);
}

type Row = { group: string; row: DataRow; scores: Partial<Record<Label, number>> };
const scored: Row[] = [];
const started = performance.now();
const maxPer = Number(args["max-per-dataset"]);
let total = 0;
for (const group of ["train", "suites", "eval-only"]) {
  const dir = join(args.data, group);
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".jsonl.gz")).sort()) {
    const rows = sample(readJsonl(join(dir, file)).filter((r) => r.split === "test"), maxPer);
    total += rows.length;
    for (let i = 0; i < rows.length; i += 64) {
      const batch = rows.slice(i, i + 64);
      const raw = await clf.scoreTexts(batch.map((r) => normaliseText(r.text).normalised));
      batch.forEach((row, k) => {
        const scores: Partial<Record<Label, number>> = {};
        for (const label of clf.labels) scores[label] = calibrate(label, raw[k][label] ?? 0);
        scored.push({ group, row, scores });
      });
    }
  }
}
const seconds = (performance.now() - started) / 1000;

interface ResultLine { group: string; dataset: string; lang: string; label: Label; n: number; positives: number;
  precision: number | null; recall: number | null; f1: number | null; rocAuc: number | null }
const results: ResultLine[] = [];
const fmt = (v: number | null): string => (v === null ? "-" : v.toFixed(3));

function evaluate(rows: Row[], group: string, dataset: string, lang: string): void {
  for (const label of LABELS) {
    const threshold = cal.thresholds[label]?.threshold ?? 0.5;
    const labelled = rows
      .filter((r) => r.row.labels[label] === 0 || r.row.labels[label] === 1)
      .map((r) => ({ score: r.scores[label] ?? 0, gold: r.row.labels[label] as 0 | 1, flagged: (r.scores[label] ?? 0) >= threshold }));
    if (labelled.length === 0) continue;
    const m = computeBinaryMetrics(toScoredSet(labelled));
    results.push({ group, dataset, lang, label, n: m.n, positives: m.positives, precision: m.precision, recall: m.recall, f1: m.f1, rocAuc: m.rocAuc });
  }
}

const byKey = new Map<string, Row[]>();
for (const r of scored) {
  const key = `${r.group}\t${r.row.dataset}\t${r.row.lang}`;
  byKey.set(key, [...(byKey.get(key) ?? []), r]);
}
for (const [key, rows] of [...byKey.entries()].sort()) {
  const [group, dataset, lang] = key.split("\t");
  evaluate(rows, group, dataset, lang);
  if (["mhc", "hatecheck-en", "hi-hatecheckhin"].includes(dataset)) evaluate(rows.filter((r) => r.row.target === "women"), group, `${dataset}[target=women]`, lang);
}

console.log(`# transformer ${clf.id} (${dtype}): ${total} test rows scored in ${seconds.toFixed(1)} s (${(total / seconds).toFixed(0)} texts/s)`);
console.log(`sampled <= ${maxPer || "all"} test rows per file; P/R/F1 at the dev max-F1 threshold of each label (calibrated); '-' = undefined\n`);
console.log("| group | dataset | lang | label | n | pos | P | R | F1 | ROC-AUC |\n|---|---|---|---|---:|---:|---:|---:|---:|---:|");
for (const r of results) {
  console.log(`| ${r.group} | ${r.dataset} | ${r.lang} | ${r.label} | ${r.n} | ${r.positives} | ${fmt(r.precision)} | ${fmt(r.recall)} | ${fmt(r.f1)} | ${fmt(r.rocAuc)} |`);
}
if (args.json) writeFileSync(args.json, JSON.stringify({ model: clf.id, dtype, maxPerDataset: maxPer, rows: total, seconds, results }, null, 1));
