/**
 * Threshold tuning on the dev split: per label (and per language where data allows) the operating
 * points that reach a target precision and a target recall, and what they give on test.
 */
import { computePrCurve, type ScoredSet } from "./metrics.js";

export interface OperatingPoint {
  threshold: number;
  precision: number;
  recall: number;
}

/** Minimum evidence for a per-language threshold; below it the label's pooled threshold applies. */
export const MIN_TUNING_POSITIVES = 30;
export const MIN_TUNING_NEGATIVES = 30;

/** Every distinct-score operating point of a score-sorted set (flag when score >= threshold), high to low. */
function operatingPoints(set: ScoredSet): OperatingPoint[] {
  return computePrCurve(set);
}

/**
 * The lowest threshold whose precision reaches `target` (so recall is as high as it can be at
 * that precision), or null when no threshold reaches it.
 */
export function findPrecisionThreshold(set: ScoredSet, target: number): OperatingPoint | null {
  let best: OperatingPoint | null = null;
  for (const p of operatingPoints(set)) if (p.precision >= target) best = p;
  return best;
}

/** The highest threshold whose recall reaches `target` (fewest false positives at that recall). */
export function findRecallThreshold(set: ScoredSet, target: number): OperatingPoint | null {
  for (const p of operatingPoints(set)) if (p.recall >= target) return p;
  return null;
}

/** Precision / recall / F1 of a fixed threshold on another set (the tuned threshold on test). */
export function evaluateThreshold(set: ScoredSet, threshold: number): { n: number; positives: number; precision: number | null; recall: number | null; f1: number | null } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < set.scores.length; i++) {
    const flag = set.scores[i] >= threshold;
    if (flag && set.gold[i]) tp++;
    else if (flag) fp++;
    else if (set.gold[i]) fn++;
  }
  const precision = tp + fp > 0 ? tp / (tp + fp) : null;
  const recall = tp + fn > 0 ? tp / (tp + fn) : null;
  const f1 = recall === null ? null : (precision ?? 0) + recall > 0 ? (2 * (precision ?? 0) * recall) / ((precision ?? 0) + recall) : 0;
  return { n: set.scores.length, positives: tp + fn, precision, recall, f1 };
}
