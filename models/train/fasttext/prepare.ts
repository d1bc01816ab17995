/**
 * Writes one fastText training file per label (rows where that label is annotated; nulls masked) and
 * a summary of what went in. Usage: tsx prepare.ts <trainDir> <workDir> [extra.jsonl ...]
 */
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { toFastTextInput } from "../../../src/classifiers/fasttext/features.js";
import { normaliseText } from "../../../src/content/text/normalise.js";
import { identityNegativesFromEnv, labelOf, labelsFromEnv, loadTrainingSet, type DataRow } from "./data.js";
import type { Label } from "../../../src/taxonomy.js";

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

/**
 * SYNTHETIC_BALANCE=hate,toxicity: for those labels, each language's (and romanised variant's)
 * synthetic rows keep at most as many negatives as positives; the excess negatives (chosen by a hash
 * of the row id, so rebuilds agree) are masked for that label only and still train the others.
 * Generator v2 is 53 % hard negatives; in languages whose real data is thin, that many synthetic
 * negatives pulls the label's scores down on real text (the issue-7 trial: bn toxicity recall
 * 0.84 → 0.70). Empty: every synthetic row supervises every label it carries.
 */
const balanced = new Set(labelsFromEnv("SYNTHETIC_BALANCE"));
const isSynthetic = (row: DataRow) => row.dataset.startsWith("synthetic");
const idHash = (row: DataRow) => createHash("sha1").update(row.id).digest("hex");
/** label → ids of synthetic rows whose value for that label is masked by SYNTHETIC_BALANCE. */
const balanceMasked = new Map<Label, Set<string>>();
for (const label of balanced) {
  const groups = new Map<string, { pos: number; neg: DataRow[] }>();
  for (const row of set.train) {
    if (!isSynthetic(row)) continue;
    const y = labelOf(row, label, set.excluded);
    if (y === null) continue;
    const g = groups.get(`${row.lang}:${row.romanized}`) ?? { pos: 0, neg: [] };
    if (y === 1) g.pos++;
    else g.neg.push(row);
    groups.set(`${row.lang}:${row.romanized}`, g);
  }
  const masked = new Set<string>();
  for (const g of groups.values()) {
    const excess = g.neg.length - g.pos;
    if (excess <= 0) continue;
    const ordered = g.neg.map((r) => [idHash(r), r.id] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
    for (const [, id] of ordered.slice(0, excess)) masked.add(id);
  }
  balanceMasked.set(label, masked);
  console.log(`SYNTHETIC_BALANCE ${label}: ${masked.size} synthetic negatives masked`);
}

/**
 * NATURAL_REPEAT_MAX=k (k ≥ 2): in each language where a label's synthetic rows outnumber its real
 * (train/) rows, the real rows are repeated up to k times, as many as brings them level with the
 * synthetic ones — fastText has no sample weights, so repetition is the weight. Thin real data (bn,
 * ne, tl) then still sets the language's prior instead of the templates. Off when unset.
 */
const naturalRepeatMax = Math.max(1, Math.floor(Number(process.env.NATURAL_REPEAT_MAX ?? 1)));
const langKey = (row: DataRow) => `${row.lang}:${row.romanized}`;
function naturalRepeats(label: Label): Map<string, number> {
  const counts = new Map<string, { natural: number; synthetic: number }>();
  for (const row of set.train) {
    if (labelOf(row, label, set.excluded) === null || balanceMasked.get(label)?.has(row.id)) continue;
    const c = counts.get(langKey(row)) ?? { natural: 0, synthetic: 0 };
    if (isSynthetic(row)) c.synthetic++;
    else c.natural++;
    counts.set(langKey(row), c);
  }
  const repeats = new Map<string, number>();
  for (const [key, c] of counts)
    if (c.natural > 0) repeats.set(key, Math.min(naturalRepeatMax, Math.max(1, Math.round(c.synthetic / c.natural))));
  return repeats;
}

/**
 * ONLY_LABELS=misogyny,hate: build only these labels' models (calibrate.ts then keeps the other labels' files,
 * calibration and dev metrics from the model set's existing manifest entry). Empty: every label.
 */
const onlyLabels = labelsFromEnv("ONLY_LABELS");
const buildLabels = onlyLabels.length ? set.labels.filter((l) => onlyLabels.includes(l)) : set.labels;

const summary: Record<string, unknown> = {
  synthetic_balance: [...balanced],
  identity_negatives: identityNegativesFromEnv(),
  natural_repeat_max: naturalRepeatMax,
  excluded: set.excluded,
  labels: buildLabels,
  datasets: set.datasets,
  perLabel: {},
};
for (const label of buildLabels) {
  const lines: string[] = [];
  const perDataset: Record<string, { pos: number; neg: number }> = {};
  const repeats = naturalRepeatMax > 1 ? naturalRepeats(label) : new Map<string, number>();
  const repeated = [...repeats].filter(([, k]) => k > 1);
  if (repeated.length) console.log(`${label}: real rows repeated in ${repeated.map(([key, k]) => `${key}×${k}`).join(" ")}`);
  for (const row of set.train) {
    const y = labelOf(row, label, set.excluded);
    if (y === null || balanceMasked.get(label)?.has(row.id)) continue;
    const f = featuresOf(row.text);
    if (!f) continue;
    const times = isSynthetic(row) ? 1 : (repeats.get(langKey(row)) ?? 1);
    for (let t = 0; t < times; t++) lines.push(`__label__${y} ${f}`);
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
