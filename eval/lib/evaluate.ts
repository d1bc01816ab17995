/**
 * The evaluation run: load datasets, score every text once through the production scorer, and
 * turn verdicts into the report's numbers (per label × language × dataset metrics with bootstrap
 * CIs, functional-suite accuracies, robustness, dev-split threshold tuning).
 * Pure given a Scorer: the same inputs and seed give the same numbers.
 */
import { relative } from "node:path";
import { LABELS, type Label } from "../../src/taxonomy.js";
import { bootstrapCis, hashString, type BootstrapCis } from "./bootstrap.js";
import { hashFile, loadDataset, type DatasetGroup, type DatasetSource, type EvalRecord } from "./datasets.js";
import {
  computeBinaryMetrics,
  computePrCurve,
  computeReliability,
  meanOf,
  toScoredSet,
  type BinaryMetrics,
  type LabelledScore,
  type PrPoint,
  type ReliabilityBin,
} from "./metrics.js";
import { applyPerturbation, PERTURBATION_NAMES } from "./perturb.js";
import type { Scorer, ScoredText } from "./scorer.js";
import {
  evaluateThreshold,
  findPrecisionThreshold,
  findRecallThreshold,
  MIN_TUNING_NEGATIVES,
  MIN_TUNING_POSITIVES,
  type OperatingPoint,
} from "./thresholds.js";

/** Labels whose flag counts as "flagged as abuse" in functional suites (toxicity alone is not abuse of a group). */
export const DEFAULT_FUNCTIONAL_LABELS: readonly Label[] = ["misogyny", "sexual_harassment", "threat", "sextortion", "doxxing", "hate"];

/** Issue 7 targets. */
export const ISSUE7_TARGETS = { womenRecall: 0.8, hardNegativeFlagRate: 0.05, mhcWomenAccuracy: 0.8 } as const;

export interface ProgressSink {
  start(total: number, what: string): void;
  tick(n: number): void;
  done(): void;
}

export interface EvalOptions {
  sources: readonly DatasetSource[];
  scorer: Scorer;
  /** Splits evaluated (default ["test"]). */
  evalSplits?: readonly string[];
  /** Split used for threshold tuning; only datasets that may tune (train/ group and custom sets) contribute. */
  tuneSplit?: string;
  /** Pass each row's gold language to the service as a hint (default false: the service detects it). */
  langHint?: boolean;
  seed?: number;
  /** Bootstrap resamples per cell (0 disables CIs). */
  bootstrap?: number;
  /** Positive rows sampled per dataset × language for the robustness suite (0 disables it). */
  perturbPerGroup?: number;
  targetPrecision?: number;
  targetRecall?: number;
  functionalLabels?: readonly Label[];
  /**
   * Ids of project evaluation cases whose text the training data also holds (eval/datasets/tfgbv-func/training-overlap.json):
   * the issue-7 pooled numbers are also given without them.
   */
  trainingOverlapIds?: ReadonlySet<string>;
  batchSize?: number;
  progress?: ProgressSink;
}

export interface DatasetInfo {
  name: string;
  group: DatasetGroup;
  path: string;
  sha256: string;
  functional: boolean;
  rows: Record<string, number>;
  languages: Record<string, number>;
  skipped: number;
  skipReasons: string[];
}

export interface Cell {
  dataset: string;
  group: DatasetGroup | "pooled";
  /** ISO code, or "*" for all languages of the dataset. */
  lang: string;
  label: Label;
  functional: boolean;
  metrics: BinaryMetrics;
  ci: BootstrapCis | null;
  /** Rows with a gold label but no score (label not covered or every covering component failed). */
  unscored: number;
}

export interface MacroRow {
  scope: string;
  label: Label;
  languages: string[];
  f1: number | null;
  rocAuc: number | null;
  prAuc: number | null;
}

export interface FunctionalSlice {
  key: string;
  /** Cases with at least one counted label scored (unscored cases are left out, never counted as "not flagged"). */
  n: number;
  unscored: number;
  accuracy: number | null;
  womenN: number;
  womenAccuracy: number | null;
}

export interface FunctionalReport {
  dataset: string;
  n: number;
  accuracy: number | null;
  byLanguage: FunctionalSlice[];
  byFunctionality: (FunctionalSlice & { hateful: boolean })[];
  byTarget: FunctionalSlice[];
}

/** Issue 7's two numbers over a set of the project's functional rows (one language, or pooled over all of them). */
export interface Issue7Pooled {
  /** Women-targeted rows whose gold is gendered abuse (misogyny / sexual_harassment / sextortion / threat at women). */
  womenHatefulN: number;
  womenCaught: number;
  womenRecall: number | null;
  /** `*_nh` rows and how many the service flagged as gendered abuse. */
  hardNegativeN: number;
  hardNegativeFlagged: number;
  hardNegativeFlagRate: number | null;
}

export interface Issue7Row extends Issue7Pooled {
  /** Language, with " (romanized)" for the romanized part of a file. */
  lang: string;
  pass: boolean | null;
}

export interface MhcWomenRow {
  lang: string;
  n: number;
  accuracy: number | null;
  pass: boolean | null;
}

export interface RobustnessRow {
  label: Label;
  lang: string;
  perturbation: string;
  n: number;
  recallOriginal: number | null;
  recallPerturbed: number | null;
  drop: number | null;
}

export interface TunedThreshold {
  label: Label;
  /** "*" for the label's pooled threshold. */
  lang: string;
  devN: number;
  devPositives: number;
  precisionTarget: (OperatingPoint & { test: ReturnType<typeof evaluateThreshold> }) | null;
  recallTarget: (OperatingPoint & { test: ReturnType<typeof evaluateThreshold> }) | null;
}

export interface EvalResult {
  scorer: ReturnType<Scorer["info"]>;
  options: {
    evalSplits: string[];
    tuneSplit: string;
    langHint: boolean;
    seed: number;
    bootstrap: number;
    perturbPerGroup: number;
    targetPrecision: number;
    targetRecall: number;
    functionalLabels: Label[];
  };
  datasets: DatasetInfo[];
  cells: Cell[];
  /** Natural (non-functional) test sets pooled per language: the heat map's numbers. */
  byLanguage: Cell[];
  macro: MacroRow[];
  functional: FunctionalReport[];
  issue7: {
    tfgbvFunc: Issue7Row[];
    mhcWomen: MhcWomenRow[];
    /** Pooled over languages, and without the cases the training data also holds (absent in older reports). */
    pooled?: { all: Issue7Pooled; withoutTrainingOverlap: Issue7Pooled; overlapCases: number };
  };
  /** Detected language against each dataset's language, per language (romanized rows apart); empty with --lang-hint. Absent in older reports. */
  languageId?: LanguageIdRow[];
  robustness: RobustnessRow[];
  thresholds: TunedThreshold[];
  curves: Record<string, Record<string, PrPoint[]>>;
  reliability: Record<string, ReliabilityBin[]>;
  /** Scoring volume and speed (the only part that changes between identical runs). */
  throughput: {
    textsScored: number;
    uniqueTexts: number;
    seconds: number;
    textsPerSecond: number;
    /** CPU seconds this process spent scoring (user + system): independent of how busy the machine is. */
    cpuSeconds: number;
    textsPerCpuSecond: number;
    componentErrors: number;
  };
}

export interface LanguageIdRow {
  /** The dataset's language, with " (romanized)" for romanised rows. */
  lang: string;
  n: number;
  /** Rows whose detected code equals the dataset's language. */
  correct: number;
  accuracy: number;
  /** The most common other detected codes, most frequent first (at most 3). */
  confusions: { code: string; n: number }[];
}

interface Row {
  rec: EvalRecord;
  group: DatasetGroup;
  functional: boolean;
  /** Index into the scoring queue. */
  slot: number;
}

interface PerturbedRow {
  base: Row;
  perturbation: string;
  slot: number;
}

/** HateCheck convention: functionality `*_h` = hateful case, `*_nh` = non-hateful; anything else is not a functional test. */
const isHatefulCase = (r: EvalRecord): boolean | null =>
  r.functionality?.endsWith("_h") ? true : r.functionality?.endsWith("_nh") ? false : null;

/** ARCHITECTURE.md's derived label: misogyny / sexual_harassment / sextortion, or a threat aimed at women. */
export const GENDERED_ABUSE_LABELS: readonly Label[] = ["misogyny", "sexual_harassment", "sextortion"];
const isGenderedAbuseGold = (r: EvalRecord) =>
  GENDERED_ABUSE_LABELS.some((l) => r.labels[l] === 1) || (r.target === "women" && r.labels.threat === 1);
/** The derived gendered-abuse decision of one verdict: a gendered-abuse label flagged, or threat flagged on a text aimed at women. */
export const isGenderedAbuseFlag = (v: { labels: Readonly<Partial<Record<Label, { flagged: boolean }>>> }, target: string | null): boolean =>
  GENDERED_ABUSE_LABELS.some((l) => v.labels[l]?.flagged === true) || (target === "women" && v.labels.threat?.flagged === true);

/** Runs the whole evaluation. */
export async function runEvaluation(options: EvalOptions): Promise<EvalResult> {
  const o = {
    evalSplits: [...(options.evalSplits ?? ["test"])],
    tuneSplit: options.tuneSplit ?? "dev",
    langHint: options.langHint ?? false,
    seed: options.seed ?? 20261127,
    bootstrap: options.bootstrap ?? 200,
    perturbPerGroup: options.perturbPerGroup ?? 50,
    targetPrecision: options.targetPrecision ?? 0.9,
    targetRecall: options.targetRecall ?? 0.9,
    functionalLabels: [...(options.functionalLabels ?? DEFAULT_FUNCTIONAL_LABELS)],
  };
  const batchSize = options.batchSize ?? 256;

  // 1. load
  const evalRows: Row[] = [];
  const tuneRows: Row[] = [];
  const datasets: DatasetInfo[] = [];
  const queue: { text: string; lang: string | undefined }[] = [];
  const slots = new Map<string, number>();
  const slotOf = (text: string, lang: string | undefined): number => {
    const key = `${lang ?? ""}\u0000${text}`;
    let s = slots.get(key);
    if (s === undefined) {
      s = queue.length;
      slots.set(key, s);
      queue.push({ text, lang });
    }
    return s;
  };
  for (const source of options.sources) {
    const mayTune = source.group === "train" || source.group === "custom";
    const splits = new Set([...o.evalSplits, ...(mayTune ? [o.tuneSplit] : [])]);
    const loaded = await loadDataset(source, splits);
    const functional = source.functional || loaded.records.some((r) => isHatefulCase(r) !== null);
    const info: DatasetInfo = {
      name: source.name,
      group: source.group,
      // relative to the working directory (the repository root), so reports do not depend on where the clone lives
      path: relative(process.cwd(), source.path),
      sha256: hashFile(source.path),
      functional,
      rows: {},
      languages: {},
      skipped: loaded.skipped,
      skipReasons: loaded.skipReasons,
    };
    for (const rec of loaded.records) {
      const row: Row = { rec, group: source.group, functional, slot: slotOf(rec.text, o.langHint ? rec.lang : undefined) };
      info.rows[rec.split] = (info.rows[rec.split] ?? 0) + 1;
      if (o.evalSplits.includes(rec.split)) {
        evalRows.push(row);
        info.languages[rec.lang] = (info.languages[rec.lang] ?? 0) + 1;
      }
      if (mayTune && rec.split === o.tuneSplit) tuneRows.push(row);
    }
    datasets.push(info);
  }

  // 2. robustness sample: positives per dataset × language, chosen by a seeded hash of the row id
  const perturbed: PerturbedRow[] = [];
  if (o.perturbPerGroup > 0) {
    const groups = new Map<string, Row[]>();
    for (const row of evalRows) {
      if (!LABELS.some((l) => row.rec.labels[l] === 1)) continue;
      const key = `${row.rec.dataset}\u0000${row.rec.lang}`;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key)!.push(row);
    }
    for (const key of [...groups.keys()].sort()) {
      const sample = groups
        .get(key)!
        .map((row) => ({ row, h: hashString(`${o.seed}:${row.rec.id}`) }))
        .sort((a, b) => a.h - b.h || (a.row.rec.id < b.row.rec.id ? -1 : 1))
        .slice(0, o.perturbPerGroup);
      for (const { row, h } of sample)
        for (const name of PERTURBATION_NAMES) {
          const text = applyPerturbation(name, row.rec.text, h ^ hashString(name));
          if (text === row.rec.text) continue; // not applicable to this script
          perturbed.push({ base: row, perturbation: name, slot: slotOf(text, o.langHint ? row.rec.lang : undefined) });
        }
    }
  }

  // 3. score every distinct (text, hint) once, in batches
  const verdicts: ScoredText[] = new Array(queue.length);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  options.progress?.start(queue.length, "scoring");
  for (let i = 0; i < queue.length; i += batchSize) {
    const batch = queue.slice(i, i + batchSize);
    const out = await options.scorer.scoreBatch(
      batch.map((q) => q.text),
      batch.map((q) => q.lang),
    );
    if (out.length !== batch.length) throw new Error(`scorer returned ${out.length} verdicts for ${batch.length} texts`);
    out.forEach((v, j) => (verdicts[i + j] = v));
    options.progress?.tick(batch.length);
  }
  options.progress?.done();
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const textsScored = evalRows.length + tuneRows.length + perturbed.length;

  // 4. numbers
  const cellSeed = (key: string) => (o.seed ^ hashString(key)) >>> 0;
  const makeCell = (rows: readonly Row[], label: Label, meta: Omit<Cell, "label" | "metrics" | "ci" | "unscored">): Cell | null => {
    const points: LabelledScore[] = [];
    let unscored = 0;
    for (const r of rows) {
      const gold = r.rec.labels[label];
      if (gold === null) continue;
      const v = verdicts[r.slot].labels[label];
      if (v.score === null) unscored++;
      else points.push({ score: v.score, gold, flagged: v.flagged });
    }
    if (points.length === 0 && unscored === 0) return null;
    const set = toScoredSet(points);
    const key = `${meta.dataset}|${meta.lang}|${label}`;
    const ci = o.bootstrap > 0 && points.length > 0 ? bootstrapCis(set, { seed: cellSeed(key), resamples: o.bootstrap }) : null;
    return { ...meta, label, metrics: computeBinaryMetrics(set), ci, unscored };
  };

  const byDataset = groupBy(evalRows, (r) => r.rec.dataset);
  const cells: Cell[] = [];
  const macro: MacroRow[] = [];
  for (const [dataset, rows] of byDataset) {
    const { group, functional } = rows[0];
    const byLang = groupBy(rows, (r) => r.rec.lang);
    for (const label of LABELS) {
      const perLang: Cell[] = [];
      for (const [lang, langRows] of byLang) {
        const c = makeCell(langRows, label, { dataset, group, lang, functional });
        if (c) perLang.push(c);
      }
      cells.push(...perLang);
      if (byLang.size > 1) {
        const all = makeCell(rows, label, { dataset, group, lang: "*", functional });
        if (all) cells.push(all);
        macro.push(macroOf(dataset, label, perLang));
      }
    }
  }

  // Pooled view: natural public test sets only (project-written sets stay in their own cells).
  const natural = evalRows.filter((r) => !r.functional && r.group !== "project");
  const byLanguage: Cell[] = [];
  for (const [lang, rows] of groupBy(natural, (r) => r.rec.lang))
    for (const label of LABELS) {
      const c = makeCell(rows, label, { dataset: "natural (pooled)", group: "pooled", lang, functional: false });
      if (c) byLanguage.push(c);
    }
  for (const label of LABELS) {
    const perLang = byLanguage.filter((c) => c.label === label);
    if (perLang.length) macro.push(macroOf("natural (pooled)", label, perLang));
  }

  // curves (natural test sets): per label, one PR curve per dataset; one reliability diagram pooled
  const curves: Record<string, Record<string, PrPoint[]>> = {};
  const reliability: Record<string, ReliabilityBin[]> = {};
  for (const label of LABELS) {
    const pooled: LabelledScore[] = [];
    for (const [dataset, rows] of byDataset) {
      if (rows[0].functional || rows[0].group === "project") continue;
      const pts = collect(rows, label, verdicts);
      pooled.push(...pts);
      if (pts.some((p) => p.gold === 1)) (curves[label] ??= {})[dataset] = computePrCurve(toScoredSet(pts), 80);
    }
    if (pooled.length) reliability[label] = computeReliability(toScoredSet(pooled));
  }

  const functional = buildFunctional(evalRows, verdicts, o.functionalLabels);
  const issue7 = buildIssue7(evalRows, verdicts, o.functionalLabels, functional, options.trainingOverlapIds ?? new Set());
  const languageId = o.langHint ? [] : buildLanguageId(evalRows, verdicts);
  const robustness = buildRobustness(perturbed, verdicts);
  const thresholds = tuneThresholds(tuneRows, evalRows.filter((r) => r.group === "train" && !r.functional), verdicts, o.targetPrecision, o.targetRecall);
  const componentErrors = verdicts.reduce((s, v) => s + (v.errors > 0 ? 1 : 0), 0);

  return {
    scorer: options.scorer.info(),
    options: o,
    datasets,
    cells,
    byLanguage,
    macro,
    functional,
    issue7,
    languageId,
    robustness,
    thresholds,
    curves,
    reliability,
    throughput: {
      textsScored,
      uniqueTexts: queue.length,
      seconds,
      textsPerSecond: queue.length / Math.max(seconds, 1e-9),
      cpuSeconds,
      textsPerCpuSecond: queue.length / Math.max(cpuSeconds, 1e-9),
      componentErrors,
    },
  };
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    if (!m.has(k)) m.set(k, []);
    m.get(k)!.push(it);
  }
  return new Map([...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function collect(rows: readonly Row[], label: Label, verdicts: readonly ScoredText[]): LabelledScore[] {
  const out: LabelledScore[] = [];
  for (const r of rows) {
    const gold = r.rec.labels[label];
    const v = verdicts[r.slot].labels[label];
    if (gold !== null && v.score !== null) out.push({ score: v.score, gold, flagged: v.flagged });
  }
  return out;
}

function macroOf(scope: string, label: Label, perLang: readonly Cell[]): MacroRow {
  return {
    scope,
    label,
    languages: perLang.map((c) => c.lang),
    f1: meanOf(perLang.map((c) => c.metrics.f1)),
    rocAuc: meanOf(perLang.map((c) => c.metrics.rocAuc)),
    prAuc: meanOf(perLang.map((c) => c.metrics.prAuc)),
  };
}

const isFlagged = (v: ScoredText, labels: readonly Label[]) => labels.some((l) => v.labels[l].flagged);
const isScored = (v: ScoredText, labels: readonly Label[]) => labels.some((l) => v.labels[l].score !== null);

function slice(key: string, rows: readonly Row[], verdicts: readonly ScoredText[], labels: readonly Label[]): FunctionalSlice {
  let n = 0;
  let unscored = 0;
  let correct = 0;
  let womenN = 0;
  let womenCorrect = 0;
  for (const r of rows) {
    const hateful = isHatefulCase(r.rec);
    if (hateful === null) continue;
    if (!isScored(verdicts[r.slot], labels)) {
      unscored++;
      continue;
    }
    const ok = isFlagged(verdicts[r.slot], labels) === hateful;
    n++;
    if (ok) correct++;
    if (r.rec.target === "women") {
      womenN++;
      if (ok) womenCorrect++;
    }
  }
  return { key, n, unscored, accuracy: n ? correct / n : null, womenN, womenAccuracy: womenN ? womenCorrect / womenN : null };
}

/** Functional suites: a case is hateful when its functionality ends in `_h`; predicted hateful when any abuse label is flagged. */
function buildFunctional(rows: readonly Row[], verdicts: readonly ScoredText[], labels: readonly Label[]): FunctionalReport[] {
  const out: FunctionalReport[] = [];
  for (const [dataset, dsRows] of groupBy(rows.filter((r) => r.functional && r.rec.functionality), (r) => r.rec.dataset)) {
    const all = slice(dataset, dsRows, verdicts, labels);
    out.push({
      dataset,
      n: all.n,
      accuracy: all.accuracy,
      byLanguage: [...groupBy(dsRows, (r) => r.rec.lang)].map(([k, rs]) => slice(k, rs, verdicts, labels)),
      byFunctionality: [...groupBy(dsRows, (r) => r.rec.functionality!)].map(([k, rs]) => ({
        ...slice(k, rs, verdicts, labels),
        hateful: isHatefulCase(rs[0].rec) === true,
      })),
      byTarget: [...groupBy(dsRows, (r) => r.rec.target ?? "unknown")].map(([k, rs]) => slice(k, rs, verdicts, labels)),
    });
  }
  return out;
}

/** Issue 7's acceptance numbers: per language women-targeted recall / hard-negative flag rate, and MHC women accuracy. */
function buildIssue7(
  rows: readonly Row[],
  verdicts: readonly ScoredText[],
  labels: readonly Label[],
  functional: readonly FunctionalReport[],
  overlapIds: ReadonlySet<string>,
): EvalResult["issue7"] {
  const gendered = [...GENDERED_ABUSE_LABELS, "threat"] as const;
  const tfgbv = rows.filter((r) => r.rec.dataset.startsWith("tfgbv-func") && isHatefulCase(r.rec) !== null && isScored(verdicts[r.slot], gendered));
  const scopeOf = (r: Row) => (r.rec.romanized ? `${r.rec.lang} (romanized)` : r.rec.lang);
  const pool = (rs: readonly Row[]): Issue7Pooled => {
    const women = rs.filter((r) => r.rec.target === "women" && isGenderedAbuseGold(r.rec));
    const hardNeg = rs.filter((r) => isHatefulCase(r.rec) === false);
    const caught = women.filter((r) => isGenderedAbuseFlag(verdicts[r.slot], r.rec.target)).length;
    const falseFlags = hardNeg.filter((r) => isGenderedAbuseFlag(verdicts[r.slot], r.rec.target)).length;
    return {
      womenHatefulN: women.length,
      womenCaught: caught,
      womenRecall: women.length ? caught / women.length : null,
      hardNegativeN: hardNeg.length,
      hardNegativeFlagged: falseFlags,
      hardNegativeFlagRate: hardNeg.length ? falseFlags / hardNeg.length : null,
    };
  };
  const tfgbvFunc: Issue7Row[] = [...groupBy(tfgbv, scopeOf)].map(([lang, rs]) => {
    const p = pool(rs);
    const pass =
      p.womenRecall === null || p.hardNegativeFlagRate === null
        ? null
        : p.womenRecall >= ISSUE7_TARGETS.womenRecall && p.hardNegativeFlagRate <= ISSUE7_TARGETS.hardNegativeFlagRate;
    return { lang, ...p, pass };
  });
  const mhc = functional.find((f) => f.dataset === "mhc");
  const mhcWomen: MhcWomenRow[] = (mhc?.byLanguage ?? []).map((s) => ({
    lang: s.key,
    n: s.womenN,
    accuracy: s.womenAccuracy,
    pass: s.womenAccuracy === null ? null : s.womenAccuracy >= ISSUE7_TARGETS.mhcWomenAccuracy,
  }));
  const clean = tfgbv.filter((r) => !overlapIds.has(r.rec.id));
  const pooled = tfgbv.length ? { all: pool(tfgbv), withoutTrainingOverlap: pool(clean), overlapCases: tfgbv.length - clean.length } : undefined;
  return { tfgbvFunc, mhcWomen, ...(pooled ? { pooled } : {}) };
}

/** How often the service's language identification names each dataset language (what routing and lexicons rely on). */
function buildLanguageId(rows: readonly Row[], verdicts: readonly ScoredText[]): LanguageIdRow[] {
  const out: LanguageIdRow[] = [];
  for (const [lang, rs] of groupBy(rows, (r) => (r.rec.romanized ? `${r.rec.lang} (romanized)` : r.rec.lang))) {
    const gold = rs[0].rec.lang;
    const others = new Map<string, number>();
    let correct = 0;
    for (const r of rs) {
      const code = verdicts[r.slot].language;
      if (code === gold) correct++;
      else others.set(code, (others.get(code) ?? 0) + 1);
    }
    const confusions = [...others].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3).map(([code, n]) => ({ code, n }));
    out.push({ lang, n: rs.length, correct, accuracy: correct / rs.length, confusions });
  }
  return out.sort((a, b) => (a.lang < b.lang ? -1 : 1));
}

/** Recall on the same positive rows before and after each obfuscation, per label × language (and "*" over languages). */
function buildRobustness(perturbed: readonly PerturbedRow[], verdicts: readonly ScoredText[]): RobustnessRow[] {
  const out: RobustnessRow[] = [];
  for (const label of LABELS) {
    const relevant = perturbed.filter((p) => p.base.rec.labels[label] === 1 && verdicts[p.base.slot].labels[label].score !== null);
    if (!relevant.length) continue;
    const byLang = groupBy(relevant, (p) => p.base.rec.lang);
    const scopes: [string, PerturbedRow[]][] = [["*", relevant], ...byLang];
    for (const [lang, rows] of scopes)
      for (const [perturbation, prs] of groupBy(rows, (p) => p.perturbation)) {
        const n = prs.length;
        const orig = prs.filter((p) => verdicts[p.base.slot].labels[label].flagged).length / n;
        const pert = prs.filter((p) => verdicts[p.slot].labels[label].flagged).length / n;
        out.push({ label, lang, perturbation, n, recallOriginal: orig, recallPerturbed: pert, drop: orig - pert });
      }
  }
  return out;
}

/** Dev-split operating points per label (pooled, then per language with enough data) and their test numbers. */
function tuneThresholds(
  dev: readonly Row[],
  test: readonly Row[],
  verdicts: readonly ScoredText[],
  targetPrecision: number,
  targetRecall: number,
): TunedThreshold[] {
  const out: TunedThreshold[] = [];
  for (const label of LABELS) {
    const devPts = collect(dev, label, verdicts);
    if (!devPts.some((p) => p.gold === 1)) continue;
    const scopes: [string, LabelledScore[], LabelledScore[]][] = [["*", devPts, collect(test, label, verdicts)]];
    for (const [lang, rows] of groupBy(dev, (r) => r.rec.lang)) {
      const pts = collect(rows, label, verdicts);
      const pos = pts.filter((p) => p.gold === 1).length;
      if (pos >= MIN_TUNING_POSITIVES && pts.length - pos >= MIN_TUNING_NEGATIVES)
        scopes.push([lang, pts, collect(test.filter((r) => r.rec.lang === lang), label, verdicts)]);
    }
    for (const [lang, devSet, testSet] of scopes) {
      const d = toScoredSet(devSet);
      const t = toScoredSet(testSet);
      const p = findPrecisionThreshold(d, targetPrecision);
      const r = findRecallThreshold(d, targetRecall);
      out.push({
        label,
        lang,
        devN: devSet.length,
        devPositives: devSet.filter((x) => x.gold === 1).length,
        precisionTarget: p ? { ...p, test: evaluateThreshold(t, p.threshold) } : null,
        recallTarget: r ? { ...r, test: evaluateThreshold(t, r.threshold) } : null,
      });
    }
  }
  return out;
}
