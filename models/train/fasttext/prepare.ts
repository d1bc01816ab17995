/**
 * Writes one fastText training file per label (rows where that label is annotated; nulls masked) and
 * a summary of what went in. Usage: tsx prepare.ts <trainDir> <workDir> [extra.jsonl ...]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { toFastTextInput } from "../../../src/classifiers/fasttext/features.js";
import { normaliseText } from "../../../src/content/text/normalise.js";
import { labelOf, loadTrainingSet } from "./data.js";

function shuffleInPlace<T>(items: T[], seed: number): void {
  let s = seed >>> 0;
  for (let i = items.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [items[i], items[j]] = [items[j], items[i]];
  }
}

const [trainDir, workDir, ...extra] = process.argv.slice(2);
if (!trainDir || !workDir) {
  console.error("usage: tsx prepare.ts <trainDir> <workDir> [extra.jsonl ...]");
  process.exit(2);
}
mkdirSync(workDir, { recursive: true });
const set = loadTrainingSet(trainDir, extra);
const features = new Map<string, string>();
const featuresOf = (text: string): string => {
  let f = features.get(text);
  if (f === undefined) {
    f = toFastTextInput(normaliseText(text).normalised);
    features.set(text, f);
  }
  return f;
};

const summary: Record<string, unknown> = { excluded: set.excluded, labels: set.labels, datasets: set.datasets, perLabel: {} };
for (const label of set.labels) {
  const lines: string[] = [];
  const perDataset: Record<string, { pos: number; neg: number }> = {};
  for (const row of set.train) {
    const y = labelOf(row, label, set.excluded);
    if (y === null) continue;
    const f = featuresOf(row.text);
    if (!f) continue;
    lines.push(`__label__${y} ${f}`);
    const c = (perDataset[row.dataset] ??= { pos: 0, neg: 0 });
    if (y === 1) c.pos++;
    else c.neg++;
  }
  shuffleInPlace(lines, 20261127);
  writeFileSync(join(workDir, `${label}.train.txt`), lines.join("\n") + "\n");
  (summary.perLabel as Record<string, unknown>)[label] = { rows: lines.length, perDataset };
  console.log(`${label}: ${lines.length} train rows`);
}
writeFileSync(join(workDir, "prepare-summary.json"), JSON.stringify(summary, null, 2));
console.log(`excluded (no real negatives): ${set.excluded.join(", ")}`);
