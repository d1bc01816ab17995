import { describe, expect, it } from "vitest";
import { fitLogistic, logLoss } from "./logistic.js";

describe("fitLogistic", () => {
  it("fits only the new weight when the rest of the model is a fixed offset and the intercept is held at 0", () => {
    // p = σ(z0 + 1.5·x) where z0 = 0.8·u − 0.5 is an already fitted model's logit
    let seed = 11;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const X: number[][] = [];
    const y: number[] = [];
    const offset: number[] = [];
    for (let i = 0; i < 20000; i++) {
      const u = rnd() * 6 - 3;
      const x = rnd() * 2 - 1;
      const z0 = 0.8 * u - 0.5;
      X.push([x]);
      offset.push(z0);
      y.push(rnd() < 1 / (1 + Math.exp(-(z0 + 1.5 * x))) ? 1 : 0);
    }
    const fit = fitLogistic(X, y, 1e-2, 50, { offset, fitBias: false });
    expect(fit.bias).toBe(0);
    expect(fit.weights[0]).toBeGreaterThan(1.3);
    expect(fit.weights[0]).toBeLessThan(1.7);
    expect(fit.logLoss).toBeLessThan(logLoss(X, y, 0, [0], offset));
  });

  it("recovers the generating parameters of a 1-feature logistic model", () => {
    // deterministic sample from p = σ(2x - 1)
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const X: number[][] = [];
    const y: number[] = [];
    for (let i = 0; i < 20000; i++) {
      const x = rnd() * 6 - 3;
      X.push([x]);
      y.push(rnd() < 1 / (1 + Math.exp(-(2 * x - 1))) ? 1 : 0);
    }
    const fit = fitLogistic(X, y, 1e-6);
    expect(fit.weights[0]).toBeCloseTo(2, 1);
    expect(fit.bias).toBeCloseTo(-1, 1);
  });
  it("never does worse than the intercept-only model on its training data", () => {
    const X = [[0], [1], [2], [3], [4], [5]];
    const y = [0, 0, 1, 0, 1, 1];
    const fit = fitLogistic(X, y);
    const base = logLoss(X, y, 0, [0]);
    expect(fit.logLoss).toBeLessThan(base);
  });
});

describe("fitLogistic on separable data", () => {
  it("keeps a finite positive slope (damped steps, L2) when a feature separates the classes", () => {
    // like a rule detector: exactly 0 (logit -13.8) on most negatives, high on positives
    const X = [...Array.from({ length: 300 }, () => [-13.8]), ...Array.from({ length: 40 }, (_, i) => [1 + (i % 5)])];
    const y = [...Array.from({ length: 300 }, () => 0), ...Array.from({ length: 40 }, () => 1)];
    const fit = fitLogistic(X, y, 1);
    expect(fit.weights[0]).toBeGreaterThan(0);
    expect(Number.isFinite(fit.weights[0]) && Number.isFinite(fit.bias)).toBe(true);
    expect(fit.logLoss).toBeLessThan(0.05);
  });
});
