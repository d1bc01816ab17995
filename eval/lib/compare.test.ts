import { describe, expect, it } from "vitest";
import { compareReports, formatDeltas } from "./compare.js";
import type { Cell } from "./evaluate.js";

const cell = (f1: number, rocAuc: number, ci: { f1: [number, number]; rocAuc: [number, number] } | null, lang = "en"): Cell => ({
  dataset: "edos",
  group: "train",
  lang,
  label: "misogyny",
  functional: false,
  metrics: { n: 100, positives: 30, tp: 0, fp: 0, tn: 0, fn: 0, precision: null, recall: null, f1, rocAuc, prAuc: null, ece: null },
  ci: ci && { f1: { lo: ci.f1[0], hi: ci.f1[1] }, rocAuc: { lo: ci.rocAuc[0], hi: ci.rocAuc[1] }, prAuc: null },
  unscored: 0,
});

describe("compareReports", () => {
  it("marks a drop outside A's interval as a regression and a drop inside it as noise", () => {
    const a = { cells: [cell(0.6, 0.8, { f1: [0.55, 0.65], rocAuc: [0.78, 0.82] }), cell(0.6, 0.8, { f1: [0.55, 0.65], rocAuc: [0.78, 0.82] }, "fr")], byLanguage: [] };
    const b = { cells: [cell(0.5, 0.79, null), cell(0.58, 0.85, null, "fr")], byLanguage: [] };
    const [en, fr] = compareReports(a, b);
    expect(en.f1).toEqual({ a: 0.6, b: 0.5, delta: expect.closeTo(-0.1, 12), outside: true });
    expect(en.rocAuc.outside).toBe(false);
    expect(en.regression).toBe(true);
    // fr: F1 within the interval; ROC-AUC better beyond it: marked, but not a regression
    expect(fr.f1.outside).toBe(false);
    expect(fr.rocAuc.outside).toBe(true);
    expect(fr.regression).toBe(false);
    expect(formatDeltas([en, fr])).toMatch(/1 regression\(s\) of 2 cells/);
  });

  it("skips cells present in only one report", () => {
    expect(compareReports({ cells: [cell(0.6, 0.8, null)], byLanguage: [] }, { cells: [], byLanguage: [] })).toEqual([]);
  });
});
