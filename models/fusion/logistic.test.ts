import { describe, expect, it } from "vitest";
import { fitLogistic, logLoss } from "./logistic.js";

describe("fitLogistic", () => {
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
