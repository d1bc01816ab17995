import { describe, expect, it } from "vitest";
import { bootstrapCis, createRng } from "./bootstrap.js";
import {
  computeBinaryMetrics,
  computeEce,
  computePrAuc,
  computePrCurve,
  computeReliability,
  computeRocAuc,
  meanOf,
  toScoredSet,
  type LabelledScore,
} from "./metrics.js";

const row = (score: number, gold: 0 | 1, flagged = score >= 0.5): LabelledScore => ({ score, gold, flagged });

describe("computeRocAuc", () => {
  it("counts a tied positive/negative pair as one half (hand-computed 3.5 / 4)", () => {
    // pos 0.4 > neg 0.1 (1), pos 0.4 = neg 0.4 (0.5), pos 0.8 > both (2) => 3.5 of 4 pairs
    const set = toScoredSet([row(0.1, 0), row(0.4, 1), row(0.4, 0), row(0.8, 1)]);
    expect(computeRocAuc(set)).toBeCloseTo(0.875, 12);
  });

  it("is 0.5 when every score is tied and 0 when the order is inverted", () => {
    expect(computeRocAuc(toScoredSet([row(0.3, 0), row(0.3, 1), row(0.3, 1)]))).toBeCloseTo(0.5, 12);
    expect(computeRocAuc(toScoredSet([row(0.9, 0), row(0.1, 1)]))).toBe(0);
  });

  it("is null when a class is missing", () => {
    expect(computeRocAuc(toScoredSet([row(0.2, 1), row(0.9, 1)]))).toBeNull();
  });

  it("treats integer weights as repeated rows", () => {
    const weighted = toScoredSet([row(0.1, 0), row(0.4, 1), row(0.4, 0), row(0.8, 1)]);
    const repeated = toScoredSet([row(0.1, 0), row(0.1, 0), row(0.4, 1), row(0.4, 0), row(0.4, 0), row(0.4, 0)]);
    // weights follow the sorted order: 0.1(neg) x2, 0.4(pos) x1, 0.4(neg) x3, 0.8(pos) x0
    expect(computeRocAuc(weighted, new Uint32Array([2, 1, 3, 0]))).toBeCloseTo(computeRocAuc(repeated)!, 12);
  });
});

describe("computePrAuc", () => {
  it("is average precision with ties entering together (hand-computed 0.5·1 + 0.5·2/3)", () => {
    const set = toScoredSet([row(0.1, 0), row(0.4, 1), row(0.4, 0), row(0.8, 1)]);
    expect(computePrAuc(set)).toBeCloseTo(0.5 + 1 / 3, 12);
  });

  it("is 1 for a perfect ranking and null without positives", () => {
    expect(computePrAuc(toScoredSet([row(0.2, 0), row(0.7, 1), row(0.9, 1)]))).toBeCloseTo(1, 12);
    expect(computePrAuc(toScoredSet([row(0.2, 0)]))).toBeNull();
  });

  it("matches scikit-learn on an unsorted example: AP([0,0,1,1],[0.1,0.4,0.35,0.8]) = 0.8333", () => {
    const set = toScoredSet([row(0.1, 0), row(0.4, 0), row(0.35, 1), row(0.8, 1)]);
    expect(computePrAuc(set)).toBeCloseTo(0.8333333333, 9);
  });
});

describe("computeEce", () => {
  it("weights each equal-width bin's |mean score − positive rate| by its share (hand-computed 0.2375)", () => {
    // bin [0,0.1): scores .05,.05, gold 0,1 -> |0.05-0.5| = 0.45 ; bin [0.9,1]: .95, 1.0, gold 1,1 -> 0.025
    const set = toScoredSet([row(0.05, 0), row(0.05, 1), row(0.95, 1), row(1.0, 1)]);
    expect(computeEce(set)).toBeCloseTo(0.5 * 0.45 + 0.5 * 0.025, 12);
    const bins = computeReliability(set);
    expect(bins).toHaveLength(10);
    expect(bins[9]).toMatchObject({ n: 2, positiveRate: 1 });
    expect(bins[9].meanScore).toBeCloseTo(0.975, 12);
  });

  it("is 0 for perfectly calibrated bins", () => {
    const set = toScoredSet([row(0.25, 0), row(0.25, 0), row(0.25, 1), row(0.25, 0)]);
    expect(computeEce(set)).toBeCloseTo(0, 12);
  });
});

describe("computeBinaryMetrics", () => {
  it("uses the service's flagged decisions for the confusion counts", () => {
    // threshold-independent: flagged is what the policy decided (could differ per language)
    const set = toScoredSet([row(0.9, 1, true), row(0.8, 0, true), row(0.6, 1, false), row(0.2, 0, false), row(0.3, 1, true)]);
    const m = computeBinaryMetrics(set);
    expect(m).toMatchObject({ n: 5, positives: 3, tp: 2, fp: 1, fn: 1, tn: 1 });
    expect(m.precision).toBeCloseTo(2 / 3, 12);
    expect(m.recall).toBeCloseTo(2 / 3, 12);
    expect(m.f1).toBeCloseTo(2 / 3, 12);
  });

  it("reports F1 null without positives and 0 when positives are all missed", () => {
    expect(computeBinaryMetrics(toScoredSet([row(0.9, 0, true)])).f1).toBeNull();
    expect(computeBinaryMetrics(toScoredSet([row(0.1, 1, false)])).f1).toBe(0);
  });
});

describe("computePrCurve", () => {
  it("lists one operating point per distinct score from high to low", () => {
    const pts = computePrCurve(toScoredSet([row(0.1, 0), row(0.4, 1), row(0.4, 0), row(0.8, 1)]));
    expect(pts.map((p) => p.threshold)).toEqual([0.8, 0.4, 0.1]);
    expect(pts[1]).toMatchObject({ recall: 1 });
    expect(pts[1].precision).toBeCloseTo(2 / 3, 12);
  });
});

describe("bootstrapCis", () => {
  const rng = createRng(7);
  const rows = Array.from({ length: 400 }, () => {
    const gold = rng() < 0.3 ? 1 : 0;
    const score = Math.min(1, Math.max(0, (gold ? 0.65 : 0.35) + (rng() - 0.5) * 0.6));
    return row(score, gold as 0 | 1);
  });
  const set = toScoredSet(rows);

  it("is reproducible for a seed and changes with the seed", () => {
    const a = bootstrapCis(set, { seed: 42, resamples: 100 });
    const b = bootstrapCis(set, { seed: 42, resamples: 100 });
    const c = bootstrapCis(set, { seed: 43, resamples: 100 });
    expect(a).toEqual(b);
    expect(a.rocAuc).not.toEqual(c.rocAuc);
  });

  it("brackets the point estimate with a narrow interval on 400 rows", () => {
    const point = computeBinaryMetrics(set);
    const ci = bootstrapCis(set, { seed: 1, resamples: 300 });
    expect(ci.rocAuc!.lo).toBeLessThan(point.rocAuc!);
    expect(ci.rocAuc!.hi).toBeGreaterThan(point.rocAuc!);
    expect(ci.f1!.lo).toBeLessThan(point.f1!);
    expect(ci.f1!.hi).toBeGreaterThan(point.f1!);
    expect(ci.rocAuc!.hi - ci.rocAuc!.lo).toBeLessThan(0.15);
  });

  it("collapses to [1, 1] for a perfectly separated set", () => {
    const perfect = toScoredSet([row(0.1, 0), row(0.2, 0), row(0.8, 1), row(0.9, 1), row(0.95, 1)]);
    const ci = bootstrapCis(perfect, { seed: 3, resamples: 50 });
    expect(ci.rocAuc).toEqual({ lo: 1, hi: 1 });
    expect(ci.prAuc).toEqual({ lo: 1, hi: 1 });
  });
});

describe("meanOf", () => {
  it("averages only defined values", () => {
    expect(meanOf([0.5, null, 1, undefined])).toBeCloseTo(0.75, 12);
    expect(meanOf([null])).toBeNull();
  });
});
