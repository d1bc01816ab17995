import { describe, expect, it } from "vitest";
import { detectorDevRows, devRowLabel } from "../fasttext/dev-rows.js";
import { devRowFraming, devRowRound } from "./dev-framing.js";

describe("devRowFraming", () => {
  it("reads every abusive row as a use, whatever its kind", () => {
    expect(devRowFraming("misogyny", "s13-abuse", 1)).toBe("use");
    expect(devRowFraming("threat", "counter", 1)).toBe("use");
    expect(devRowFraming("sextortion", undefined, 1)).toBe("use");
  });

  it("reads reports, counter-speech, rebuttals, news and help-seeking as mentions, for every detector", () => {
    for (const kind of ["counter", "report", "s12-survivor-report", "news", "s12-helpline", "awareness", "s10-stop_spreading", "who-says", "s10-sarcasm", "s12-counter-insult", "s12-news-reported", "s12-law"])
      expect(devRowFraming("misogyny", kind, 0), kind).toBe("mention");
    expect(devRowFraming("threat", "s12-help-seeking", 0)).toBe("mention");
    expect(devRowFraming("sexual_harassment", "r2-mod", 0)).toBe("mention");
  });

  it("reads negated claims about women as mentions for misogyny only", () => {
    for (const kind of ["neg-copula", "no-less", "s12-neg-dehum", "ni-ni", "wcale-nie", "s10-lie_eg", "gar-nicht", "nem-a-pau"])
      expect(devRowFraming("misogyny", kind, 0), kind).toBe("mention");
    // "I would never hurt you" is not abuse, but it does not mention any either
    expect(devRowFraming("threat", "negated", 0)).toBeNull();
    expect(devRowFraming("sexual_harassment", "s12-negated", 0)).toBeNull();
  });

  it("leaves ordinary sentences, praise, idioms and insults at no group out", () => {
    for (const kind of ["s13b-pos", "s12-pos-leaders", "s12-positive-driving", "s13-news", "s12-news-stat", "s12-news-fact", "emote-other", "imposed", "s12-insult-man", "s12-insult-no-group", "idiom", "ordinary", undefined])
      expect(devRowFraming("misogyny", kind, 0), String(kind)).toBeNull();
    for (const kind of ["game", "r2-question", "s12-cooking"]) expect(devRowFraming("threat", kind, 0), kind).toBeNull();
    for (const kind of ["partner", "s12-consensual", "education"]) expect(devRowFraming("sexual_harassment", kind, 0), kind).toBeNull();
  });

  it("does not read 'opposite' or other words as praise because they contain 'pos'", () => {
    expect(devRowFraming("misogyny", "s10-opposite", 0)).toBe("mention");
  });
});

describe("devRowRound", () => {
  it("reads the writer round from the kind's prefix", () => {
    expect(devRowRound("s12-survivor-report")).toBe("s12");
    expect(devRowRound("s13b-pos")).toBe("s13");
    expect(devRowRound("s10-stop")).toBe("s10");
    expect(devRowRound("r2-news")).toBe("r2");
    expect(devRowRound("counter")).toBe("r1");
    expect(devRowRound(undefined)).toBe("r1");
  });
});

describe("the shipped development rows", () => {
  it("give each class rows in every detector and the held-out round", () => {
    const counts = new Map<string, number>();
    for (const r of detectorDevRows()) {
      const label = devRowLabel(r);
      const y = devRowFraming(label, r.functionality, r.labels[label] as 0 | 1);
      const key = `${label}:${y}:${devRowRound(r.functionality) === "s12" ? "s12" : "other"}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    for (const label of ["misogyny", "sexual_harassment", "threat", "sextortion"])
      for (const y of ["mention", "use"]) for (const round of ["s12", "other"]) expect(counts.get(`${label}:${y}:${round}`) ?? 0, `${label} ${y} ${round}`).toBeGreaterThan(50);
  });
});
