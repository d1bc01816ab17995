/**
 * Quick quality check of the rule-based sextortion and doxxing detectors on the evaluation set written
 * for them (eval/datasets/detectors/sextortion-doxxing.jsonl: positives and hard negatives across the
 * languages we serve; no public data exists for these labels). Prints, per label x language:
 * n / positives / TP / FP / FN / precision / recall at a fixed threshold, plus pooled ROC-AUC, false
 * positives by hard-negative type, and the ids (never texts) of misclassified rows.
 *
 *   npx tsx eval/quick-detectors.ts [--file eval/datasets/detectors/sextortion-doxxing.jsonl] [--threshold 0.5] [--json out.json]
 *
 * Caveat: the set was written by the same engineer as the cue lists, so it is an optimistic, in-house
 * estimate; treat it as a regression check, not as field precision.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { loadDetectors } from "../src/classifiers/detectors/index.js";
import { normaliseText } from "../src/content/text/normalise.js";
import type { Label } from "../src/taxonomy.js";
import { computeBinaryMetrics, toScoredSet, type LabelledScore } from "./lib/metrics.js";

const { values: args } = parseArgs({
  options: {
    file: { type: "string", default: "eval/datasets/detectors/sextortion-doxxing.jsonl" },
    threshold: { type: "string", default: "0.5" },
    json: { type: "string" },
  },
});
const threshold = Number(args.threshold);
if (!(threshold >= 0 && threshold <= 1)) throw new Error(`--threshold must be in [0,1], got ${args.threshold}`);

interface Row {
  id: string;
  text: string;
  lang: string;
  romanized: boolean;
  functionality: string | null;
  labels: Partial<Record<Label, 0 | 1 | null>>;
}
const rows: Row[] = readFileSync(args.file, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l, i) => {
    try {
      return JSON.parse(l) as Row;
    } catch {
      throw new Error(`${args.file}:${i + 1}: not valid JSON`);
    }
  });

const detectors = await loadDetectors();
const LABELS_HERE = ["sextortion", "doxxing"] as const;
type Scored = Row & { scores: Record<(typeof LABELS_HERE)[number], number> };
const started = performance.now();
const scored: Scored[] = [];
for (const row of rows) {
  const prepared = { original: row.text, ...normaliseText(row.text), language: row.lang };
  const [[s], [d]] = await Promise.all([detectors.sextortion.classify([prepared]), detectors.doxxing.classify([prepared])]);
  scored.push({ ...row, scores: { sextortion: s.scores.sextortion ?? 0, doxxing: d.scores.doxxing ?? 0 } });
}
const elapsed = performance.now() - started;

const fmt = (x: number | null): string => (x === null ? "  -  " : x.toFixed(3));
const langKey = (r: Row): string => (r.romanized ? `${r.lang}-Latn` : r.lang);
const report: Record<string, unknown> = { file: args.file, threshold, rows: rows.length };

for (const label of LABELS_HERE) {
  const labelled = scored.filter((r) => r.labels[label] === 0 || r.labels[label] === 1);
  const toSet = (rs: Scored[]) =>
    toScoredSet(rs.map((r): LabelledScore => ({ score: r.scores[label], gold: r.labels[label] as 0 | 1, flagged: r.scores[label] >= threshold })));
  console.log(`\n== ${label} (threshold ${threshold}) ==`);
  console.log("lang        n  pos   tp   fp   fn  precision  recall");
  const perLang: Record<string, unknown> = {};
  for (const lang of [...new Set(labelled.map(langKey))].sort()) {
    const m = computeBinaryMetrics(toSet(labelled.filter((r) => langKey(r) === lang)));
    perLang[lang] = { n: m.n, positives: m.positives, tp: m.tp, fp: m.fp, fn: m.fn, precision: m.precision, recall: m.recall };
    console.log(
      `${lang.padEnd(9)} ${String(m.n).padStart(3)} ${String(m.positives).padStart(4)} ${String(m.tp).padStart(4)} ${String(m.fp).padStart(4)} ${String(m.fn).padStart(4)}  ${fmt(m.precision).padStart(9)}  ${fmt(m.recall).padStart(6)}`,
    );
  }
  const all = computeBinaryMetrics(toSet(labelled));
  console.log(
    `${"ALL".padEnd(9)} ${String(all.n).padStart(3)} ${String(all.positives).padStart(4)} ${String(all.tp).padStart(4)} ${String(all.fp).padStart(4)} ${String(all.fn).padStart(4)}  ${fmt(all.precision).padStart(9)}  ${fmt(all.recall).padStart(6)}   F1 ${fmt(all.f1)}  ROC-AUC ${fmt(all.rocAuc)}`,
  );
  const negatives = labelled.filter((r) => r.labels[label] === 0);
  const byFunc = new Map<string, { n: number; fp: number }>();
  for (const r of negatives) {
    const k = r.functionality ?? "other";
    const e = byFunc.get(k) ?? { n: 0, fp: 0 };
    e.n++;
    if (r.scores[label] >= threshold) e.fp++;
    byFunc.set(k, e);
  }
  console.log(`false positives by negative type: ${[...byFunc].map(([k, v]) => `${k} ${v.fp}/${v.n}`).join(", ")}`);
  const misses = labelled.filter((r) => (r.scores[label] >= threshold) !== (r.labels[label] === 1));
  console.log(`misclassified: ${misses.map((r) => `${r.id}(${r.scores[label].toFixed(2)})`).join(" ") || "none"}`);
  report[label] = { overall: all, perLanguage: perLang, falsePositivesByType: Object.fromEntries(byFunc), misclassified: misses.map((r) => r.id) };
}
console.log(`\nscored ${rows.length} rows with both detectors in ${elapsed.toFixed(0)} ms (informational; speed belongs to bench/)`);
if (args.json) writeFileSync(args.json, JSON.stringify(report, null, 2));
