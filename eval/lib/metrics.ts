/**
 * Binary-classification metrics for one label over a set of rows (pure, no I/O).
 *
 * Every metric is computed over a `ScoredSet`: rows sorted once by score, with optional
 * integer weights so that a bootstrap resample (row i drawn w_i times) reuses the same
 * sorted order and costs O(n) instead of O(n log n).
 */

/** One row of evidence: a calibrated score in [0,1], the gold label, and the service's decision. */
export interface LabelledScore {
  score: number;
  gold: 0 | 1;
  /** What the service decided at its policy threshold (per label × language). */
  flagged: boolean;
}

/** Rows sorted by ascending score; parallel typed arrays for speed. */
export interface ScoredSet {
  scores: Float64Array;
  gold: Uint8Array;
  flagged: Uint8Array;
}

export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

export interface BinaryMetrics extends Confusion {
  n: number;
  positives: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  rocAuc: number | null;
  prAuc: number | null;
  ece: number | null;
}

/** Equal-width calibration bins used by ECE and the reliability diagram. */
export const ECE_BINS = 10;

/** Sort rows by ascending score into parallel arrays (stable for equal scores). */
export function toScoredSet(rows: readonly LabelledScore[]): ScoredSet {
  const order = rows.map((_, i) => i).sort((a, b) => rows[a].score - rows[b].score || a - b);
  const scores = new Float64Array(rows.length);
  const gold = new Uint8Array(rows.length);
  const flagged = new Uint8Array(rows.length);
  order.forEach((src, dst) => {
    scores[dst] = rows[src].score;
    gold[dst] = rows[src].gold;
    flagged[dst] = rows[src].flagged ? 1 : 0;
  });
  return { scores, gold, flagged };
}

const ratio = (num: number, den: number): number | null => (den > 0 ? num / den : null);

/** Confusion counts from the service's own decisions (weights: resample multiplicities). */
export function computeConfusion(set: ScoredSet, weights?: Uint32Array): Confusion {
  const c: Confusion = { tp: 0, fp: 0, tn: 0, fn: 0 };
  for (let i = 0; i < set.scores.length; i++) {
    const w = weights ? weights[i] : 1;
    if (w === 0) continue;
    if (set.flagged[i]) set.gold[i] ? (c.tp += w) : (c.fp += w);
    else set.gold[i] ? (c.fn += w) : (c.tn += w);
  }
  return c;
}

export function computeF1(c: Confusion): number | null {
  // Undefined without positives; 0 when positives exist but nothing was flagged.
  if (c.tp + c.fn === 0) return null;
  const precision = ratio(c.tp, c.tp + c.fp) ?? 0;
  const recall = c.tp / (c.tp + c.fn);
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

/**
 * ROC-AUC as the Mann-Whitney probability that a random positive scores above a random
 * negative, ties counted as one half. Null when either class is absent.
 */
export function computeRocAuc(set: ScoredSet, weights?: Uint32Array): number | null {
  let negBelow = 0;
  let sum = 0;
  let pos = 0;
  let neg = 0;
  const n = set.scores.length;
  for (let i = 0; i < n; ) {
    let j = i;
    let gPos = 0;
    let gNeg = 0;
    while (j < n && set.scores[j] === set.scores[i]) {
      const w = weights ? weights[j] : 1;
      set.gold[j] ? (gPos += w) : (gNeg += w);
      j++;
    }
    sum += gPos * (negBelow + gNeg / 2);
    negBelow += gNeg;
    pos += gPos;
    neg += gNeg;
    i = j;
  }
  return pos > 0 && neg > 0 ? sum / (pos * neg) : null;
}

/**
 * PR-AUC as average precision (the step-wise sum used by scikit-learn):
 * AP = Σ_k (R_k − R_{k−1}) · P_k over distinct thresholds from high to low, tied scores
 * entering together. Null when there are no positives.
 */
export function computePrAuc(set: ScoredSet, weights?: Uint32Array): number | null {
  let totalPos = 0;
  for (let i = 0; i < set.scores.length; i++) if (set.gold[i]) totalPos += weights ? weights[i] : 1;
  if (totalPos === 0) return null;
  let tp = 0;
  let fp = 0;
  let ap = 0;
  for (let i = set.scores.length - 1; i >= 0; ) {
    let j = i;
    let gPos = 0;
    let gAll = 0;
    while (j >= 0 && set.scores[j] === set.scores[i]) {
      const w = weights ? weights[j] : 1;
      if (set.gold[j]) gPos += w;
      gAll += w;
      j--;
    }
    tp += gPos;
    fp += gAll - gPos;
    if (gPos > 0) ap += (gPos / totalPos) * (tp / (tp + fp));
    i = j;
  }
  return ap;
}

export interface ReliabilityBin {
  /** Lower edge of the bin; the last bin includes 1.0. */
  lo: number;
  hi: number;
  n: number;
  meanScore: number | null;
  positiveRate: number | null;
}

const binOf = (score: number, bins: number): number => Math.min(bins - 1, Math.max(0, Math.floor(score * bins)));

/** Equal-width bins of (mean score, observed positive rate): the reliability diagram's data. */
export function computeReliability(set: ScoredSet, bins = ECE_BINS, weights?: Uint32Array): ReliabilityBin[] {
  const n = new Float64Array(bins);
  const sumScore = new Float64Array(bins);
  const sumGold = new Float64Array(bins);
  for (let i = 0; i < set.scores.length; i++) {
    const w = weights ? weights[i] : 1;
    const b = binOf(set.scores[i], bins);
    n[b] += w;
    sumScore[b] += w * set.scores[i];
    sumGold[b] += w * set.gold[i];
  }
  return Array.from({ length: bins }, (_, b) => ({
    lo: b / bins,
    hi: (b + 1) / bins,
    n: n[b],
    meanScore: ratio(sumScore[b], n[b]),
    positiveRate: ratio(sumGold[b], n[b]),
  }));
}

/** Expected calibration error: Σ_b (n_b / n) · |mean score_b − positive rate_b| over equal-width bins. */
export function computeEce(set: ScoredSet, bins = ECE_BINS, weights?: Uint32Array): number | null {
  const rel = computeReliability(set, bins, weights);
  const total = rel.reduce((s, b) => s + b.n, 0);
  if (total === 0) return null;
  return rel.reduce((s, b) => (b.n > 0 ? s + (b.n / total) * Math.abs(b.meanScore! - b.positiveRate!) : s), 0);
}

/** Every point metric at once (the service's decisions for P/R/F1, the scores for AUC and ECE). */
export function computeBinaryMetrics(set: ScoredSet): BinaryMetrics {
  const c = computeConfusion(set);
  return {
    n: set.scores.length,
    positives: c.tp + c.fn,
    ...c,
    precision: ratio(c.tp, c.tp + c.fp),
    recall: ratio(c.tp, c.tp + c.fn),
    f1: computeF1(c),
    rocAuc: computeRocAuc(set),
    prAuc: computePrAuc(set),
    ece: computeEce(set),
  };
}

export interface PrPoint {
  threshold: number;
  precision: number;
  recall: number;
}

/**
 * Precision-recall operating points, one per distinct score (high to low), optionally thinned
 * to at most `maxPoints` for charts. Empty when there are no positives.
 */
export function computePrCurve(set: ScoredSet, maxPoints = Infinity): PrPoint[] {
  let totalPos = 0;
  for (let i = 0; i < set.gold.length; i++) totalPos += set.gold[i];
  if (totalPos === 0) return [];
  const points: PrPoint[] = [];
  let tp = 0;
  let fp = 0;
  for (let i = set.scores.length - 1; i >= 0; ) {
    let j = i;
    while (j >= 0 && set.scores[j] === set.scores[i]) {
      set.gold[j] ? tp++ : fp++;
      j--;
    }
    points.push({ threshold: set.scores[i], precision: tp / (tp + fp), recall: tp / totalPos });
    i = j;
  }
  if (points.length <= maxPoints) return points;
  const step = (points.length - 1) / (maxPoints - 1);
  return Array.from({ length: maxPoints }, (_, k) => points[Math.round(k * step)]);
}

/** Mean of the non-null values, or null when there are none (macro averages). */
export function meanOf(values: readonly (number | null | undefined)[]): number | null {
  const xs = values.filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}
