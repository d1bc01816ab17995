/**
 * Seeded percentile bootstrap for F1 and AUC.
 *
 * A resample is a vector of multiplicities (row i drawn w_i times out of n draws with
 * replacement) over the score-sorted set, so each replicate is one O(n) pass.
 */
import { mulberry32 } from "../../src/seeded-random.js";
import { computeConfusion, computeF1, computePrAuc, computeRocAuc, type ScoredSet } from "./metrics.js";

/** Seeded PRNG (mulberry32) for reproducible bootstrap resamples. */
export const createRng = mulberry32;

/** FNV-1a 32-bit hash of a string, to derive stable per-group seeds. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface Interval {
  lo: number;
  hi: number;
}

export interface BootstrapCis {
  f1: Interval | null;
  rocAuc: Interval | null;
  prAuc: Interval | null;
}

export interface BootstrapOptions {
  /** Number of resamples (default 200). */
  resamples?: number;
  seed: number;
  /** Two-sided level (default 0.95). */
  level?: number;
}

/** Percentile of sorted values using linear interpolation between order statistics. */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 1) return sorted[0];
  const pos = q * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

function intervalOf(values: number[], level: number): Interval | null {
  if (values.length === 0) return null;
  values.sort((a, b) => a - b);
  const alpha = (1 - level) / 2;
  return { lo: percentile(values, alpha), hi: percentile(values, 1 - alpha) };
}

/**
 * 95% percentile intervals for F1 (at the service's decisions), ROC-AUC and PR-AUC.
 * Replicates where a metric is undefined (e.g. no positive drawn) are skipped for that metric.
 */
export function bootstrapCis(set: ScoredSet, options: BootstrapOptions): BootstrapCis {
  const n = set.scores.length;
  if (n === 0) return { f1: null, rocAuc: null, prAuc: null };
  const resamples = options.resamples ?? 200;
  const level = options.level ?? 0.95;
  const rng = createRng(options.seed);
  const weights = new Uint32Array(n);
  const f1s: number[] = [];
  const rocs: number[] = [];
  const prs: number[] = [];
  for (let r = 0; r < resamples; r++) {
    weights.fill(0);
    for (let k = 0; k < n; k++) weights[Math.floor(rng() * n)]++;
    const f1 = computeF1(computeConfusion(set, weights));
    if (f1 !== null) f1s.push(f1);
    const roc = computeRocAuc(set, weights);
    if (roc !== null) rocs.push(roc);
    const pr = computePrAuc(set, weights);
    if (pr !== null) prs.push(pr);
  }
  return { f1: intervalOf(f1s, level), rocAuc: intervalOf(rocs, level), prAuc: intervalOf(prs, level) };
}
