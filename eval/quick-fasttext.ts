/**
 * Quick quality check of the fastText classifiers and the language identifier (not the full harness:
 * see eval/cli.ts). Prints, per dataset x language x label, n / positives / precision / recall / F1 at
 * the dev max-F1 operating point (manifest thresholds, calibrated scores) and ROC-AUC, on:
 *   train/ test splits, suites/ (all rows are test), eval-only/ test splits (internal evaluation only).
 * Multilingual HateCheck and HateCheck rows targeted at women are also reported as their own group.
 * Then language identification: lid.176 accuracy on native-script rows and the romanised detector.
 * Each row is scored with its dataset language as the hint, so the fastText language routing (manifest
 * `routing`) applies as for a caller who names the language.
 *
 *   npx tsx eval/quick-fasttext.ts [--data ../shared/data] [--manifest models/manifest.json] [--json out.json] [--markdown]
 */
import { readdirSync } from "node:fs";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { FastTextClassifier } from "../src/classifiers/fasttext/fasttext-classifier.js";
import { normaliseText } from "../src/content/text/normalise.js";
import { LanguageIdentifier } from "../src/signals/langid/language-identifier.js";
import { LABELS, type Label } from "../src/taxonomy.js";
import { readJsonl, type DataRow } from "../models/train/fasttext/data.js";
import { computeBinaryMetrics, toScoredSet } from "./lib/metrics.js";

const { values: args } = parseArgs({
  options: {
    data: { type: "string", default: "../shared/data" },
    manifest: { type: "string", default: "models/manifest.json" },
    json: { type: "string" },
    markdown: { type: "boolean", default: false },
  },
});

const classifier = await FastTextClassifier.load(args.manifest);
const groups = ["train", "suites", "eval-only"] as const;
type Row = { group: string; dataset: string; lang: string; labels: DataRow["labels"]; scores: Partial<Record<Label, number>>; target?: string | null };
const scored: Row[] = [];
const started = performance.now();
const allRows: { group: string; row: DataRow }[] = [];
for (const group of groups) {
  const dir = join(args.data, group);
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".jsonl.gz")).sort()) {
    for (const row of readJsonl(join(dir, file))) if (row.split === "test") allRows.push({ group, row });
  }
}
for (const { group, row } of allRows) {
  const raw = classifier.scoreNormalised(normaliseText(row.text).normalised, row.lang);
  const scores: Partial<Record<Label, number>> = {};
  for (const label of classifier.labels) scores[label] = classifier.calibrate(label, raw[label] ?? 0);
  scored.push({ group, dataset: row.dataset, lang: row.lang, labels: row.labels, scores, target: row.target });
}
const seconds = (performance.now() - started) / 1000;

interface ResultLine {
  group: string;
  dataset: string;
  lang: string;
  label: Label;
  n: number;
  positives: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  rocAuc: number | null;
}
const results: ResultLine[] = [];
const fmt = (v: number | null): string => (v === null ? "-" : v.toFixed(3));

function evaluate(rows: Row[], group: string, dataset: string, lang: string): void {
  for (const label of LABELS) {
    if (!classifier.labels.includes(label)) continue;
    const threshold = classifier.operatingPoints[label]?.maxF1.threshold ?? 0.5;
    const labelled = rows
      .filter((r) => r.labels[label] === 0 || r.labels[label] === 1)
      .map((r) => ({ score: r.scores[label] ?? 0, gold: r.labels[label] as 0 | 1, flagged: (r.scores[label] ?? 0) >= threshold }));
    if (labelled.length === 0) continue;
    const m = computeBinaryMetrics(toScoredSet(labelled));
    results.push({ group, dataset, lang, label, n: m.n, positives: m.positives, precision: m.precision, recall: m.recall, f1: m.f1, rocAuc: m.rocAuc });
  }
}

const keyOf = (r: Row): string => `${r.group}\t${r.dataset}\t${r.lang}`;
const byKey = new Map<string, Row[]>();
for (const r of scored) byKey.set(keyOf(r), [...(byKey.get(keyOf(r)) ?? []), r]);
for (const [key, rows] of [...byKey.entries()].sort()) {
  const [group, dataset, lang] = key.split("\t");
  evaluate(rows, group, dataset, lang);
  if (dataset === "mhc" || dataset === "hatecheck-en" || dataset === "hi-hatecheckhin") {
    evaluate(rows.filter((r) => r.target === "women"), group, `${dataset}[target=women]`, lang);
  }
}

const header = "| group | dataset | lang | label | n | pos | P | R | F1 | ROC-AUC |";
const lines = [header, "|---|---|---|---|---:|---:|---:|---:|---:|---:|"];
for (const r of results) {
  lines.push(`| ${r.group} | ${r.dataset} | ${r.lang} | ${r.label} | ${r.n} | ${r.positives} | ${fmt(r.precision)} | ${fmt(r.recall)} | ${fmt(r.f1)} | ${fmt(r.rocAuc)} |`);
}
console.log(`# fastText ${classifier.id} v${classifier.version}: ${scored.length} test rows scored in ${seconds.toFixed(1)} s`);
console.log("P/R/F1 at the dev max-F1 threshold of each label (calibrated scores); '-' = undefined (no positives or nothing flagged)\n");
console.log(lines.join("\n"));

// Language identification.
const lid = await LanguageIdentifier.load({ manifestPath: args.manifest });
const lidStats = new Map<string, { n: number; exact: number; romanized: number; codes: Map<string, number> }>();
for (const { group, row } of allRows) {
  const guess = lid.identify(row.text);
  const key = `${group}\t${row.dataset}\t${row.lang}\t${row.romanized ? "romanized" : row.script}`;
  const s = lidStats.get(key) ?? { n: 0, exact: 0, romanized: 0, codes: new Map() };
  s.n++;
  if (guess.code === row.lang) s.exact++;
  if (guess.romanized) s.romanized++;
  s.codes.set(guess.code, (s.codes.get(guess.code) ?? 0) + 1);
  lidStats.set(key, s);
}
console.log(`\n# Language identification (lid.176${lid.hasRomanizedDetector ? " + romanised South Asian detector" : ""}) on the same test rows`);
console.log("| group | dataset | lang | script | n | code == lang | flagged romanised | top predicted codes |\n|---|---|---|---|---:|---:|---:|---|");
for (const [key, s] of [...lidStats.entries()].sort()) {
  const [group, dataset, lang, script] = key.split("\t");
  const top = [...s.codes.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([c, k]) => `${c} ${((100 * k) / s.n).toFixed(0)}%`).join(", ");
  console.log(`| ${group} | ${dataset} | ${lang} | ${script} | ${s.n} | ${((100 * s.exact) / s.n).toFixed(1)}% | ${((100 * s.romanized) / s.n).toFixed(1)}% | ${top} |`);
}
if (args.json) writeFileSync(args.json, JSON.stringify({ model: { id: classifier.id, version: classifier.version }, results, langid: Object.fromEntries([...lidStats.entries()].map(([k, s]) => [k, { ...s, codes: Object.fromEntries(s.codes) }])) }, null, 2));
