import type { CueHit } from "./cue-matcher.js";

/**
 * Evidence combination shared by the rule-based detectors. A detector fires named rules, each with a
 * weight in [0,1] (from its data file); the raw score is their noisy-OR, 1 - prod(1 - w), so independent
 * pieces of evidence add up without exceeding 1. Context cues that indicate a benign reading (help-seeking,
 * news, helplines...) then multiply the score by their dampening factor, once per category present.
 */
export interface FiredRule {
  rule: string;
  weight: number;
  /** Hits and spans that made the rule fire, for explanations. */
  evidence: { start: number; end: number }[];
}

export const noisyOr = (weights: readonly number[]): number => 1 - weights.reduce((acc, w) => acc * (1 - w), 1);

/** Gap between two ranges in characters (0 when they overlap or touch). */
export const gapBetween = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  Math.max(0, Math.max(a.start, b.start) - Math.min(a.end, b.end));

/** Pairs (a, b) from two lists whose gap is at most `near` characters. */
export const nearPairs = <A extends { start: number; end: number }, B extends { start: number; end: number }>(
  as: readonly A[],
  bs: readonly B[],
  near: number,
): [A, B][] => {
  const out: [A, B][] = [];
  for (const a of as) for (const b of bs) if (gapBetween(a, b) <= near) out.push([a, b]);
  return out;
};

/** Product of the dampening factors of the context categories that have at least one hit. */
export const dampening = (
  hits: ReadonlyMap<string, readonly CueHit[]>,
  factors: Readonly<Record<string, number>>,
): { factor: number; categories: string[] } => {
  const categories = Object.keys(factors).filter((c) => (hits.get(c)?.length ?? 0) > 0);
  return { factor: categories.reduce((acc, c) => acc * factors[c], 1), categories };
};

export const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);
