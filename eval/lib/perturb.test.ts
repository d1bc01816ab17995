import { describe, expect, it } from "vitest";
import { applyPerturbation, PERTURBATION_NAMES } from "./perturb.js";

const TEXT = "women should never be allowed near computers";

describe("perturbations", () => {
  it("cover the obfuscations the issue lists", () => {
    expect(PERTURBATION_NAMES).toEqual([
      "leetspeak",
      "homoglyphs",
      "zero_width",
      "inserted_spaces",
      "inserted_punctuation",
      "repeated_letters",
      "emoji_letters",
      "casing",
    ]);
  });

  it("are deterministic for a seed and change Latin text", () => {
    for (const name of PERTURBATION_NAMES) {
      const a = applyPerturbation(name, TEXT, 11);
      expect(applyPerturbation(name, TEXT, 11), name).toBe(a);
      expect(a, name).not.toBe(TEXT);
    }
  });

  it("keep the visible letters where they only insert characters", () => {
    expect(applyPerturbation("zero_width", TEXT, 3).replace(/[\u200b-\u200d\u2060\ufeff]/g, "")).toBe(TEXT);
    expect(applyPerturbation("casing", TEXT, 3).toLowerCase()).toBe(TEXT);
    expect(applyPerturbation("inserted_spaces", TEXT, 3).replace(/ /g, "")).toBe(TEXT.replace(/ /g, ""));
  });

  it("leave scripts they do not apply to unchanged, so the row is skipped", () => {
    expect(applyPerturbation("leetspeak", "여자는 집에나 있어라", 1)).toBe("여자는 집에나 있어라");
    expect(applyPerturbation("homoglyphs", "女人就该待在家里", 1)).toBe("女人就该待在家里");
  });

  it("rejects an unknown name with the valid ones", () => {
    expect(() => applyPerturbation("rot13", TEXT, 1)).toThrow(/valid: leetspeak/);
  });
});
