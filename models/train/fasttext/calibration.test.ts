import { describe, expect, it } from "vitest";
import { applyCalibration } from "../../../src/classifiers/manifest.js";
import { findOperatingPoints, fitPlatt } from "./calibration.js";

describe("fitPlatt", () => {
  it("recovers a known sigmoid from sampled labels", () => {
    // Raw scores whose true positive rate is sigmoid(2 * logit(raw) - 1).
    let seed = 7;
    const rand = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const raw: number[] = [];
    const gold: (0 | 1)[] = [];
    for (let i = 0; i < 20000; i++) {
      const r = 0.02 + 0.96 * rand();
      const x = Math.log(r / (1 - r));
      raw.push(r);
      gold.push(rand() < 1 / (1 + Math.exp(-(2 * x - 1))) ? 1 : 0);
    }
    const { a, b } = fitPlatt(raw, gold);
    expect(a).toBeCloseTo(2, 0);
    expect(b).toBeCloseTo(-1, 0);
    expect(applyCalibration({ method: "platt", a, b, input: "logit" }, 0.5)).toBeCloseTo(1 / (1 + Math.exp(1)), 1);
  });
  it("stays finite on perfectly separable data", () => {
    const { a, b } = fitPlatt([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1]);
    expect(Number.isFinite(a) && Number.isFinite(b)).toBe(true);
    expect(applyCalibration({ method: "platt", a, b, input: "logit" }, 0.9)).toBeLessThan(1);
  });
});

describe("findOperatingPoints", () => {
  it("finds precision, recall and F1 operating points on a hand-checked example", () => {
    const scores = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2];
    const gold: (0 | 1)[] = [1, 1, 1, 0, 1, 0, 0, 0];
    const op = findOperatingPoints(scores, gold);
    expect(op.atPrecision90).toEqual({ threshold: 0.7, precision: 1, recall: 0.75, f1: 6 / 7 });
    expect(op.atRecall90?.threshold).toBe(0.5);
    expect(op.atRecall90?.recall).toBe(1);
    expect(op.maxF1.threshold).toBe(0.5);
    expect(op.maxF1.f1).toBeCloseTo(8 / 9);
  });
  it("does not split tied scores and reports null when precision 0.9 is never reached", () => {
    const op = findOperatingPoints([0.5, 0.5, 0.5], [1, 0, 0]);
    expect(op.atPrecision90).toBeNull();
    expect(op.maxF1.threshold).toBe(0.5);
    expect(op.maxF1.precision).toBeCloseTo(1 / 3);
  });
});

describe("fitPlatt on saturated scores", () => {
  it("converges when most raw scores are exactly 0 or 1 (quantized fastText)", () => {
    const raw: number[] = [];
    const gold: (0 | 1)[] = [];
    for (let i = 0; i < 1000; i++) {
      raw.push(1), gold.push(i % 10 < 7 ? 1 : 0); // 70% precision at raw = 1
      raw.push(0), gold.push(i % 10 < 1 ? 1 : 0); // 10% positives at raw = 0
      raw.push(0.5), gold.push(i % 2 === 0 ? 1 : 0);
    }
    const { a, b } = fitPlatt(raw, gold);
    expect(Math.abs(a)).toBeLessThan(10);
    expect(applyCalibration({ method: "platt", a, b, input: "logit" }, 1)).toBeGreaterThan(0.6);
    expect(applyCalibration({ method: "platt", a, b, input: "logit" }, 1)).toBeLessThan(0.8);
    expect(applyCalibration({ method: "platt", a, b, input: "logit" }, 0)).toBeLessThan(0.2);
  });
});
