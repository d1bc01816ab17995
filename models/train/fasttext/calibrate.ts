/**
 * After training: scores the dev rows with the quantized models THROUGH fasttext.wasm (the serving path),
 * fits Platt calibration per label, finds operating points, copies the artefacts to models/fasttext/,
 * and writes the manifest entry + dev metrics.
 * Usage: tsx calibrate.ts <trainDir> <workDir> <outDir> "<hyperparameters>" [extra.jsonl ...]
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { computeRocAuc, toScoredSet } from "../../../eval/lib/metrics.js";
import { FASTTEXT_FEATURES_VERSION, toFastTextInput } from "../../../src/classifiers/fasttext/features.js";
import { FASTTEXT_MODEL_ID } from "../../../src/classifiers/fasttext/fasttext-classifier.js";
import { createFastTextRuntime } from "../../../src/classifiers/fasttext/runtime.js";
import { applyCalibration, sha256Hex } from "../../../src/classifiers/manifest.js";
import { normaliseText } from "../../../src/content/text/normalise.js";
import type { Label } from "../../../src/taxonomy.js";
import { findOperatingPoints, fitPlatt } from "./calibration.js";
import { labelOf, loadTrainingSet, sharedDataProvenance } from "./data.js";
import { DEV_ROWS_DATASET } from "./dev-rows.js";

const [trainDir, workDir, outDir, hyper, ...extra] = process.argv.slice(2);
if (!trainDir || !workDir || !outDir) {
  console.error('usage: tsx calibrate.ts <trainDir> <workDir> <outDir> "<hyperparameters>" [extra.jsonl ...]');
  process.exit(2);
}
const repoRoot = resolve(dirname(new URL(import.meta.url).pathname), "../../..");
const set = loadTrainingSet(trainDir, extra);
const runtime = await createFastTextRuntime();

const SYNTHETIC_DATASET = "synthetic-tfgbv";
/** Rows written for this project (templates, the cue lists' development sentences): not real text, so they calibrate only labels without real dev rows. */
const projectWritten = (dataset: string) => dataset === SYNTHETIC_DATASET || dataset === DEV_ROWS_DATASET;
const round = (v: number | null, d = 4): number | null => (v === null ? null : Math.round(v * 10 ** d) / 10 ** d);
const calibration: Record<string, { method: "platt"; a: number; b: number; input: "logit" }> = {};
const thresholds: Record<string, unknown> = {};
const devMetrics: Record<string, unknown> = {};
const files: { path: string; sha256: string; bytes: number }[] = [];
const labelFiles: Record<string, string> = {};
const featureCache = new Map<string, string>();

/** ONLY_ROMANIZED=1: only the romanised-language detector was rebuilt; the label models and their entry are left alone. */
const onlyRomanized = !!process.env.ONLY_ROMANIZED;
const summary = (onlyRomanized ? { perLabel: null, labels: [] } : JSON.parse(readFileSync(join(workDir, "prepare-summary.json"), "utf8"))) as {
  perLabel: Record<string, unknown> | null;
  labels: Label[];
};
/** ONLY_LABELS (prepare.ts): the labels rebuilt now; the others keep what the existing manifest entry has. */
const partial = !onlyRomanized && summary.labels.length < set.labels.length;
for (const label of summary.labels) {
  const src = join(workDir, `${label}.ftz`);
  const bytes = readFileSync(src);
  const model = runtime.loadModel(bytes);
  const raw: number[] = [];
  const gold: (0 | 1)[] = [];
  const groups: string[] = [];
  // Calibrate on real (shared-data) dev rows; project-written synthetic rows only for labels that have none.
  const hasRealDev = set.dev.some((r) => !projectWritten(r.dataset) && labelOf(r, label, set.excluded) !== null);
  for (const row of set.dev) {
    if (hasRealDev && projectWritten(row.dataset)) continue;
    const y = labelOf(row, label, set.excluded);
    if (y === null) continue;
    let f = featureCache.get(row.text);
    if (f === undefined) featureCache.set(row.text, (f = toFastTextInput(normaliseText(row.text).normalised)));
    const p = model.predict(f, -1, 0).find(([name]) => name === "1")?.[1] ?? 0;
    raw.push(p);
    gold.push(y);
    groups.push(`${row.dataset}/${row.lang}`);
  }
  const platt = fitPlatt(raw, gold);
  calibration[label] = { method: "platt", a: round(platt.a, 6)!, b: round(platt.b, 6)!, input: "logit" };
  const calibrated = raw.map((r) => applyCalibration(calibration[label], r));
  const op = findOperatingPoints(calibrated, gold);
  const roundOp = (p: { threshold: number; precision: number; recall: number; f1: number } | null) =>
    p && { threshold: round(p.threshold)!, precision: round(p.precision)!, recall: round(p.recall)!, f1: round(p.f1)! };
  thresholds[label] = { atPrecision90: roundOp(op.atPrecision90), atRecall90: roundOp(op.atRecall90), maxF1: roundOp(op.maxF1) };
  const perGroup: Record<string, unknown> = {};
  for (const g of [...new Set(groups)].sort()) {
    const idx = groups.map((x, i) => (x === g ? i : -1)).filter((i) => i >= 0);
    const rows = idx.map((i) => ({ score: calibrated[i], gold: gold[i], flagged: calibrated[i] >= op.maxF1.threshold }));
    perGroup[g] = { n: idx.length, positives: idx.filter((i) => gold[i] === 1).length, rocAuc: round(computeRocAuc(toScoredSet(rows))) };
  }
  const all = calibrated.map((s, i) => ({ score: s, gold: gold[i], flagged: s >= op.maxF1.threshold }));
  devMetrics[label] = { n: raw.length, positives: gold.filter((g) => g === 1).length, rocAuc: round(computeRocAuc(toScoredSet(all))), perGroup };
  const dest = join(outDir, `${label}.ftz`);
  copyFileSync(src, dest);
  const path = relative(repoRoot, resolve(dest));
  files.push({ path, sha256: sha256Hex(bytes), bytes: bytes.length });
  labelFiles[label] = path;
  console.log(`${label}: dev n=${raw.length} auc=${(devMetrics[label] as { rocAuc: number }).rocAuc} platt a=${calibration[label].a} b=${calibration[label].b} maxF1=${op.maxF1.f1.toFixed(3)}@${op.maxF1.threshold.toFixed(3)}`);
}

const data = sharedDataProvenance(trainDir, new Set(set.datasets));
if (set.datasets.includes(SYNTHETIC_DATASET))
  data.push({ dataset: SYNTHETIC_DATASET, name: "Project-written synthetic TFGBV rows (models/train/synthetic)", licence: "Apache-2.0 (written for this project)", source: "this repository" });
if (set.datasets.includes(DEV_ROWS_DATASET))
  data.push({ dataset: DEV_ROWS_DATASET, name: "The cue lists' development sentences, written for this project (models/detectors/dev, models/train/fasttext/dev-rows.ts)", licence: "Apache-2.0 (written for this project)", source: "this repository" });

const withSynthetic = set.datasets.includes(SYNTHETIC_DATASET);
const knobs = [
  withSynthetic && "WITH_SYNTHETIC=1",
  set.datasets.includes(DEV_ROWS_DATASET) && "WITH_DEV_ROWS=1",
  set.datasets.includes(DEV_ROWS_DATASET) && process.env.DEV_ROWS_EXCLUDE && `DEV_ROWS_EXCLUDE=${process.env.DEV_ROWS_EXCLUDE}`,
].filter(Boolean);
/** MODEL_ID / MODEL_VERSION: a second model set (e.g. fasttext-tfgbv-synthetic, served by language routing). */
const modelId = process.env.MODEL_ID || FASTTEXT_MODEL_ID;
const entry = {
  id: modelId,
  version: process.env.MODEL_VERSION || `${withSynthetic ? "2-synthetic" : "1"}`,
  task: "text-classification",
  kind: "fasttext",
  problemType: "multi-label-sigmoid",
  note: "one binary fastText model per label; scores are independent per label (multi-label)",
  labels: set.labels,
  files,
  labelFiles,
  features: { normaliser: "src/content/text/normalise.ts", tokeniser: "src/classifiers/fasttext/features.ts", version: FASTTEXT_FEATURES_VERSION },
  calibration,
  thresholds,
  thresholdsNote: "on CALIBRATED scores, from the pooled dev split (mixed datasets and prevalences): defaults, not per-language policy",
  training: {
    data,
    licences: [...new Set(data.map((d) => d.licence))],
    shareAlike: "BEEP! (ko-kocohub) and ToLD-Br (pt-toldbr) are CC BY-SA 4.0: these weights are released under CC BY-SA 4.0 too",
    splits: "train split to fit; dev split (or a 10% hash hold-out of train for datasets without dev) for calibration and thresholds; project-written dev rows (synthetic, development sentences) only calibrate labels without real dev data",
    maskedColumns: set.excluded,
    rows: summary.perLabel,
    hyperparameters: hyper,
    command: `npm run train:fasttext${knobs.length ? ` (${knobs.join(" ")})` : ""}${modelId !== FASTTEXT_MODEL_ID ? ` (MODEL_ID=${modelId} OUT=${relative(repoRoot, resolve(outDir))} SKIP_ROMANIZED=1)` : ""}`,
  },
  metrics: { dev: devMetrics, report: "models/fasttext/MODEL_CARD.md (test splits and suites: eval/quick-fasttext.ts)" },
  card: "models/fasttext/MODEL_CARD.md",
  licence: "CC-BY-SA-4.0",
};

const manifestPath = join(repoRoot, "models", "manifest.json");
const manifest = existsSync(manifestPath)
  ? (JSON.parse(readFileSync(manifestPath, "utf8")) as { schemaVersion: 1; models: { id: string }[] })
  : { schemaVersion: 1 as const, models: [] };
if (partial) {
  // Labels not rebuilt keep their files, calibration, operating points, dev metrics and row counts; each label's
  // build is recorded in training.labelBuilds (version and command of the build that made its file).
  type Entry = typeof entry & { training: typeof entry.training & { labelBuilds?: Record<string, { version: string; command: string }> } };
  const old = manifest.models.find((m) => m.id === modelId) as Entry | undefined;
  if (!old) throw new Error(`ONLY_LABELS: no existing manifest entry ${modelId} to keep the other labels from`);
  const rebuilt = new Set<string>(summary.labels);
  const builds: Record<string, { version: string; command: string }> = {};
  for (const label of set.labels) {
    if (rebuilt.has(label)) {
      builds[label] = { version: entry.version, command: `ONLY_LABELS=${summary.labels.join(",")} ${entry.training.command}` };
      continue;
    }
    builds[label] = old.training.labelBuilds?.[label] ?? { version: old.version, command: old.training.command };
    const file = old.files.find((f) => f.path === old.labelFiles[label]);
    if (!file) throw new Error(`ONLY_LABELS: the existing entry has no file for ${label}`);
    files.push(file);
    labelFiles[label] = old.labelFiles[label];
    calibration[label] = old.calibration[label];
    thresholds[label] = old.thresholds[label];
    devMetrics[label] = (old.metrics.dev as Record<string, unknown>)[label];
    (entry.training.rows as Record<string, unknown>)[label] = (old.training.rows as Record<string, unknown>)[label];
  }
  // one file per label, in label order
  const byPath = new Map(files.map((f) => [f.path, f]));
  files.splice(0, files.length, ...set.labels.map((l) => byPath.get(labelFiles[l])!));
  (entry.training as Entry["training"]).labelBuilds = builds;
  // Fields this script does not write (the first set's language routing, from routing.ts) stay as they were.
  for (const [k, v] of Object.entries(old)) if (!(k in entry)) (entry as Record<string, unknown>)[k] = v;
  entry.note += `. Labels come from different builds (training.labelBuilds): ${[...new Set(Object.values(builds).map((b) => b.version))]
    .map((v) => `${v}: ${Object.keys(builds).filter((l) => builds[l].version === v).join(", ")}`)
    .join("; ")}. models/fasttext/MODEL_CARD.md`;
}
const entries: { id: string }[] = onlyRomanized ? [] : [entry];
const romanizedSrc = join(workDir, "romanized.ftz");
if (existsSync(romanizedSrc) && !process.env.SKIP_ROMANIZED) {
  const bytes = readFileSync(romanizedSrc);
  const model = runtime.loadModel(bytes);
  const confusion: Record<string, Record<string, number>> = {};
  for (const line of readFileSync(join(workDir, "romanized.dev.txt"), "utf8").split("\n")) {
    const m = /^__label__(\S+) (.*)$/.exec(line);
    if (!m) continue;
    const predicted = model.predict(m[2], 1, 0)[0]?.[0] ?? "none";
    confusion[m[1]] ??= {};
    confusion[m[1]][predicted] = (confusion[m[1]][predicted] ?? 0) + 1;
  }
  const dest = join(outDir, "romanized-lid.ftz");
  const romanizedData = data.filter((d) => d.dataset !== DEV_ROWS_DATASET);
  copyFileSync(romanizedSrc, dest);
  entries.push({
    id: "romanized-south-asian-lid",
    version: "1",
    task: "language-identification",
    kind: "fasttext",
    problemType: "single-label-softmax",
    labels: model.labels,
    note: "romanised languages (ur = Roman Urdu, ne = romanised Nepali; hi, bn and ar = Arabizi when trained with synthetic rows); sw, tl = Swahili and Tagalog (Latin-script languages lid.176 is often unsure of on short texts); latn = any other Latin-script text",
    files: [{ path: relative(repoRoot, resolve(dest)), sha256: sha256Hex(bytes), bytes: bytes.length }],
    calibration: null,
    thresholds: { minConfidence: 0.7 },
    training: {
      // train.sh gives the romanised detector the synthetic rows only, never the development sentences
      data: romanizedData,
      licences: [...new Set(romanizedData.map((d) => d.licence))],
      rows: `romanized=true rows of ur-ruhsold and ne-tfgbv-corpus${withSynthetic ? " and synthetic hi/bn/ur/ne/ar (Arabizi)" : ""}; Tagalog (tl-mlthsc${withSynthetic ? ", synthetic" : ""})${withSynthetic ? " and synthetic Swahili" : ""} as their own classes; other Latin-script rows as latn (shared data capped at 40k)`,
      command: `npm run train:fasttext${withSynthetic ? " (WITH_SYNTHETIC=1)" : ""}${onlyRomanized ? " (ONLY_ROMANIZED=1)" : ""}`,
    },
    metrics: { devConfusion: confusion },
    card: "models/fasttext/MODEL_CARD.md",
    licence: "CC-BY-SA-4.0",
  } as { id: string });
  console.log("romanized detector dev confusion (gold -> predicted):", JSON.stringify(confusion));
}

for (const e of entries) {
  const at = manifest.models.findIndex((m) => m.id === e.id);
  if (at >= 0) manifest.models[at] = e;
  else manifest.models.push(e);
}
// NO_MANIFEST=1 (trial builds into another OUT, e.g. for cross-writer.ts): the shipped entries stay as they are.
if (process.env.NO_MANIFEST) console.log("NO_MANIFEST: models/manifest.json left alone");
else writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + "\n");
writeFileSync(join(workDir, "dev-metrics.json"), JSON.stringify({ thresholds, calibration, devMetrics }, null, 2));
if (!process.env.NO_MANIFEST) console.log(`wrote ${relative(repoRoot, manifestPath)} entries ${entries.map((e) => `"${e.id}"`).join(", ")}`);
