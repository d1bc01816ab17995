import { describe, expect, it } from "vitest";
import { findTextOverlaps, foldForOverlap, sharedWindows, wordWindows } from "./overlap.js";

describe("overlap between evaluation cases and training text", () => {
  it("folds case, punctuation, symbols and spacing, and keeps combining marks", () => {
    expect(foldForOverlap("  Chup kor,   MAGI! ")).toBe("chup kor magi");
    expect(foldForOverlap("Soyons clairs : les femmes…")).toBe("soyons clairs les femmes");
    expect(foldForOverlap("ｗｏｍｅｎ")).toBe("women"); // NFKC
    // a Devanagari vowel sign is a mark, not punctuation: the word stays whole, and a dotted obfuscation stays different
    expect(foldForOverlap("रंडी।")).toBe("रंडी");
    expect(foldForOverlap("रं.डी")).not.toBe(foldForOverlap("रंडी"));
  });

  it("finds each evaluation case once per source that holds its text", () => {
    const cases = [
      { id: "b", text: "Women are smart." },
      { id: "a", text: "Shut up, slut!" },
      { id: "c", text: "Nothing like it" },
    ];
    const hits = findTextOverlaps(cases, [
      { name: "dev", texts: ["women are smart", "WOMEN ARE SMART!!"] },
      { name: "syn", texts: ["shut up slut", "something else"] },
    ]);
    expect(hits).toEqual([
      { id: "a", source: "syn" },
      { id: "b", source: "dev" },
    ]);
    expect(findTextOverlaps(cases, [{ name: "none", texts: ["women are smarter"] }])).toEqual([]);
  });

  it("lists the word windows two texts share", () => {
    expect(wordWindows("one two three", 2)).toEqual(["one two", "two three"]);
    expect(wordWindows("one", 2)).toEqual([]);
    expect(sharedWindows("Say: walk home alone tonight and see.", ["Walk home alone tonight and see what happens"], 5)).toEqual([
      "home alone tonight and see",
      "walk home alone tonight and",
    ]);
    expect(sharedWindows("walk home alone", ["walk home alone tonight"], 5)).toEqual([]);
  });
});
