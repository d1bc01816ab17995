/**
 * Calibration fitting and operating points for the fastText models (training-time only, pure).
 * Platt scaling on the log-odds of the raw score: p = sigmoid(a * logit(raw) + b), fitted by Newton's
 * method with Platt's smoothed targets (t+ = (N+ + 1)/(N+ + 2), t- = 1/(N- + 2)) so that separable dev
 * sets do not blow up. Two parameters and twenty lines: not worth a dependency.
 */
import { logit } from "../../../src/classifiers/manifest.js";

export interface PlattParams {
  a: number;
  b: number;
}

export function fitPlatt(raw: readonly number[], gold: readonly (0 | 1)[]): PlattParams {
  const x = raw.map(logit);
  const nPos = gold.filter((g) => g === 1).length;
  const nNeg = gold.length - nPos;
  const tPos = (nPos + 1) / (nPos + 2);
  const tNeg = 1 / (nNeg + 2);
  const t = gold.map((g) => (g === 1 ? tPos : tNeg));
  // Cross-entropy against the smoothed targets; Newton steps with backtracking (Lin, Lin & Weng 2007).
  const loss = (a: number, b: number): number => {
    let sum = 0;
    for (let i = 0; i < x.length; i++) {
      const z = a * x[i] + b;
      // log(1 + e^z) - t z, computed stably.
      sum += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - t[i] * z;
    }
    return sum;
  };
  let a = 1;
  let b = 0;
  let current = loss(a, b);
  for (let iter = 0; iter < 100; iter++) {
    let ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
    for (let i = 0; i < x.length; i++) {
      const p = 1 / (1 + Math.exp(-(a * x[i] + b)));
      const d = p - t[i];
      const w = Math.max(p * (1 - p), 1e-12);
      ga += d * x[i];
      gb += d;
      haa += w * x[i] * x[i];
      hab += w * x[i];
      hbb += w;
    }
    if (Math.abs(ga) < 1e-7 && Math.abs(gb) < 1e-7) break;
    const det = haa * hbb - hab * hab;
    if (!(det > 0)) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    let step = 1;
    let next = loss(a - step * da, b - step * db);
    while (next > current + 1e-12 && step > 1e-10) {
      step /= 2;
      next = loss(a - step * da, b - step * db);
    }
    if (next > current + 1e-12) break;
    a -= step * da;
    b -= step * db;
    const improvement = current - next;
    current = next;
    if (improvement < 1e-10 * Math.max(1, Math.abs(current))) break;
  }
  return { a, b };
}

export interface OperatingPoint {
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Operating points over scores (flag when score >= threshold):
 * atPrecision90: the lowest threshold whose precision is >= 0.9 (most recall at that precision), or null;
 * atRecall90: the highest threshold whose recall is >= 0.9, or null; maxF1: the threshold with the best F1.
 */
export function findOperatingPoints(
  scores: readonly number[],
  gold: readonly (0 | 1)[],
): { atPrecision90: OperatingPoint | null; atRecall90: OperatingPoint | null; maxF1: OperatingPoint } {
  const order = scores.map((s, i) => [s, gold[i]] as const).sort((p, q) => q[0] - p[0]);
  const totalPos = gold.filter((g) => g === 1).length;
  let tp = 0;
  let fp = 0;
  let atPrecision90: OperatingPoint | null = null;
  let atRecall90: OperatingPoint | null = null;
  let maxF1: OperatingPoint = { threshold: 1, precision: 0, recall: 0, f1: 0 };
  for (let i = 0; i < order.length; i++) {
    if (order[i][1] === 1) tp++;
    else fp++;
    // Only evaluate at the end of a run of tied scores: a threshold cannot split ties.
    if (i + 1 < order.length && order[i + 1][0] === order[i][0]) continue;
    const precision = tp / (tp + fp);
    const recall = totalPos ? tp / totalPos : 0;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    const point = { threshold: order[i][0], precision, recall, f1 };
    if (precision >= 0.9) atPrecision90 = point;
    if (recall >= 0.9 && atRecall90 === null) atRecall90 = point;
    if (f1 > maxF1.f1) maxF1 = point;
  }
  return { atPrecision90, atRecall90, maxF1 };
}
