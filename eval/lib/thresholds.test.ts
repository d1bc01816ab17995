import { describe, expect, it } from "vitest";
import { toScoredSet, type LabelledScore } from "./metrics.js";
import { evaluateThreshold, findPrecisionThreshold, findRecallThreshold } from "./thresholds.js";

const rows = (pairs: [number, 0 | 1][]): LabelledScore[] => pairs.map(([score, gold]) => ({ score, gold, flagged: false }));

// high to low: .9+ .8+ .7- .6+ .5- .4+ .3- .2-   (4 positives)
const set = toScoredSet(rows([[0.9, 1], [0.8, 1], [0.7, 0], [0.6, 1], [0.5, 0], [0.4, 1], [0.3, 0], [0.2, 0]]));

describe("threshold tuning", () => {
  it("picks the lowest threshold that still reaches the target precision", () => {
    // precision at .8 = 1, at .6 = 3/4, at .4 = 4/6 -> target .75 -> threshold .6 (recall .75)
    expect(findPrecisionThreshold(set, 0.75)).toEqual({ threshold: 0.6, precision: 0.75, recall: 0.75 });
    expect(findPrecisionThreshold(set, 1)).toEqual({ threshold: 0.8, precision: 1, recall: 0.5 });
  });

  it("picks the highest threshold that reaches the target recall", () => {
    expect(findRecallThreshold(set, 0.9)).toEqual({ threshold: 0.4, precision: 4 / 6, recall: 1 });
    expect(findRecallThreshold(set, 0.5)).toEqual({ threshold: 0.8, precision: 1, recall: 0.5 });
  });

  it("returns null when the target cannot be reached", () => {
    const bad = toScoredSet(rows([[0.9, 0], [0.1, 1]]));
    expect(findPrecisionThreshold(bad, 0.9)).toBeNull(); // precision is 0 at .9 and 0.5 at .1
    expect(findRecallThreshold(toScoredSet(rows([[0.5, 0]])), 0.9)).toBeNull();
  });

  it("evaluates a fixed threshold on another set", () => {
    expect(evaluateThreshold(set, 0.6)).toEqual({ n: 8, positives: 4, precision: 0.75, recall: 0.75, f1: 0.75 });
  });
});
