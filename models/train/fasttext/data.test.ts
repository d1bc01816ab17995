import { describe, expect, it } from "vitest";
import { identityNegativesFromEnv, withIdentityNegatives, type DataRow } from "./data.js";

const row = (over: Partial<DataRow>): DataRow => ({
  id: "x",
  text: "women are strong",
  lang: "de",
  script: "Latn",
  romanized: false,
  dataset: "synthetic-tfgbv",
  split: "train",
  labels: { misogyny: 0, hate: null, toxicity: null },
  functionality: "ident_pos_nh",
  ...over,
});

describe("IDENTITY_NEGATIVES (trial knob, off by default)", () => {
  it("supervises masked labels as 0 on synthetic identity statements only", () => {
    expect(withIdentityNegatives(row({}), ["hate"]).labels).toEqual({ misogyny: 0, hate: 0, toxicity: null });
    expect(withIdentityNegatives(row({ functionality: "stereotype_h" }), ["hate"]).labels.hate).toBeNull();
    expect(withIdentityNegatives(row({ dataset: "edos" }), ["hate"]).labels.hate).toBeNull();
    expect(withIdentityNegatives(row({ labels: { hate: 1 } }), ["hate"]).labels.hate).toBe(1);
    const untouched = row({});
    expect(withIdentityNegatives(untouched, [])).toBe(untouched);
  });

  it("parses the label list and rejects unknown labels", () => {
    expect(identityNegativesFromEnv("")).toEqual([]);
    expect(identityNegativesFromEnv("hate, toxicity")).toEqual(["hate", "toxicity"]);
    expect(() => identityNegativesFromEnv("sexism")).toThrow(/unknown label sexism/);
  });
});
