import { beforeAll, describe, expect, it } from "vitest";
import { normaliseText } from "../../content/text/normalise.js";
import type { PreparedText } from "../types.js";
import { applyCalibration, type Calibration } from "../manifest.js";
import { FastTextClassifier, onPrimaryScale } from "./fasttext-classifier.js";

// Loads the committed artefacts listed in models/manifest.json (tests never train).
let ft: FastTextClassifier;
beforeAll(async () => {
  ft = await FastTextClassifier.load("models/manifest.json");
});

const prepare = (original: string): PreparedText => ({ ...normaliseText(original), original, language: "und" });

describe("FastTextClassifier (committed models)", () => {
  it("covers the labels with training data and reports its id and version", () => {
    expect(ft.id).toBe("fasttext-tfgbv");
    expect(ft.version).toMatch(/^\d/);
    for (const label of ["misogyny", "hate", "toxicity", "threat", "sexual_harassment"] as const) expect(ft.labels).toContain(label);
  });

  it("returns one raw score in [0,1] per covered label, per input, in order", async () => {
    const texts = ["women are too stupid to vote and should shut up", "the weather is lovely today", "", "😀😀😀"];
    const out = await ft.classify(texts.map(prepare));
    expect(out).toHaveLength(texts.length);
    for (const r of out) {
      expect(Object.keys(r.scores).sort()).toEqual([...ft.labels].sort());
      for (const v of Object.values(r.scores)) expect(v).toBeGreaterThanOrEqual(0), expect(v).toBeLessThanOrEqual(1);
    }
  });

  it("batch results equal one-at-a-time results (and large batches complete)", async () => {
    const texts = Array.from({ length: 150 }, (_, i) => `text number ${i} about women in tech ${"x".repeat(i % 7)}`);
    const batch = await ft.classify(texts.map(prepare));
    const single = await Promise.all(texts.slice(0, 5).map(async (t) => (await ft.classify([prepare(t)]))[0]));
    expect(batch).toHaveLength(150);
    expect(batch.slice(0, 5)).toEqual(single);
  });

  it("ranks clear misogynistic abuse above neutral text (English, Chinese, Portuguese)", async () => {
    const pairs: [string, string][] = [
      ["women are worthless whores who belong in the kitchen", "i had pasta for dinner with my family"],
      ["女人就是贱，女拳都该滚", "今天天气很好，我们去公园散步"],
    ];
    for (const [abusive, neutral] of pairs) {
      const [a, n] = await ft.classify([prepare(abusive), prepare(neutral)]);
      expect(a.scores.misogyny!).toBeGreaterThan(n.scores.misogyny!);
    }
    const [tox, calm] = await ft.classify([prepare("vai tomar no cu seu lixo imbecil"), prepare("obrigado pela ajuda, bom dia")]);
    expect(tox.scores.toxicity!).toBeGreaterThan(calm.scores.toxicity!);
  });

  it("is robust to evasion through the normaliser (leet and spacing score like the plain word)", async () => {
    const [plain, leet, spaced] = await ft.classify(["you dumb slut", "you dumb 5lut", "you dumb s l u t"].map(prepare));
    expect(leet.scores.misogyny).toBeCloseTo(plain.scores.misogyny!, 6);
    expect(spaced.scores.misogyny).toBeCloseTo(plain.scores.misogyny!, 6);
  });

  it("exposes calibration as data and applies it monotonically", () => {
    for (const label of ft.labels) {
      const c = ft.calibrationOf(label);
      expect(c?.method).toBe("platt");
      const xs = [0.01, 0.2, 0.5, 0.8, 0.99].map((r) => ft.calibrate(label, r));
      for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeGreaterThanOrEqual(xs[i - 1]);
      expect(ft.operatingPoints[label]?.maxF1.threshold).toBeGreaterThan(0);
    }
  });

  it("never throws on hostile input", async () => {
    const hostile = ["\uD800\uDC00\uD800", "\u0000\u0001\u202E__label__1", "z̷̢̛̛a̸l̴g̵o̶".repeat(500), "\n\n\t", "a".repeat(200_000)];
    const out = await ft.classify(hostile.map(prepare));
    expect(out).toHaveLength(hostile.length);
    for (const r of out) for (const v of Object.values(r.scores)) expect(Number.isFinite(v)).toBe(true);
  });
});

describe("FastTextClassifier language routing", () => {
  let plain: FastTextClassifier;
  beforeAll(async () => {
    plain = await FastTextClassifier.load("models/manifest.json", { routing: false });
  });
  const inLanguage = (original: string, language: string): PreparedText => ({ ...normaliseText(original), original, language });

  it("sends a label to the second set only for languages without real labelled data for it", () => {
    expect(ft.version).toContain("+fasttext-tfgbv-synthetic@");
    expect(ft.modelFor("hate", "en")).toBe("primary"); // Davidson, MLMA, ...
    expect(ft.modelFor("toxicity", "bn")).toBe("primary");
    expect(ft.modelFor("misogyny", "ne")).toBe("primary"); // real Nepali misogyny rows are positives only
    expect(ft.modelFor("misogyny", "th")).toBe("routed"); // no Thai data in train/
    expect(ft.modelFor("misogyny", "es")).toBe("routed");
    expect(ft.modelFor("misogyny", "und")).toBe("primary");
    expect(ft.modelFor("misogyny", undefined)).toBe("primary");
    expect(plain.modelFor("misogyny", "th")).toBe("primary");
  });

  it("routes misogyny in languages whose real data is two-sided but thin (routedWithRealData), without the unmeasured caveat", () => {
    expect(ft.modelFor("misogyny", "ur")).toBe("routed"); // RUHSOLD: 602 positives, and the second set is trained on them too
    expect(ft.modelFor("misogyny", "tl")).toBe("routed");
    expect(ft.modelFor("misogyny", "en")).toBe("primary"); // 5,000+ real positives: the first set
    expect(ft.languageCaveat("ur") ?? "").not.toContain("misogyny");
    expect(ft.languageCaveat("th")).toContain("misogyny"); // routed for lack of Thai data: no real-text number
  });

  it("leaves languages with real data exactly as the first set scores them, and rescores the others", async () => {
    const en = inLanguage("women are worthless and should shut up", "en");
    const [routedEn] = await ft.classify([en]);
    const [firstEn] = await plain.classify([en]);
    for (const label of ["misogyny", "sexual_harassment", "threat", "hate", "toxicity"] as const)
      expect(routedEn.scores[label], label).toBe(firstEn.scores[label]);
    // No real sextortion or doxxing data in any language: the second set scores them everywhere.
    expect(ft.modelFor("sextortion", "en")).toBe("routed");
    const th = inLanguage("ผู้หญิงโง่ ควรอยู่แต่ในครัว", "th");
    const [routed] = await ft.classify([th]);
    const [first] = await plain.classify([th]);
    expect(routed.scores.misogyny).not.toBe(first.scores.misogyny);
  });

  it("maps a routed raw score to the first set's raw score with the same calibrated probability", () => {
    const routed: Calibration = { method: "platt", a: 1.3, b: -0.4, input: "logit" };
    const primary: Calibration = { method: "platt", a: 0.8, b: 0.25, input: "logit" };
    for (const raw of [0.001, 0.05, 0.3, 0.5, 0.77, 0.999]) {
      const mapped = onPrimaryScale(raw, routed, primary);
      expect(applyCalibration(primary, mapped)).toBeCloseTo(applyCalibration(routed, raw), 9);
    }
    expect(onPrimaryScale(0.3, null, primary)).toBe(0.3);
    expect(onPrimaryScale(0.3, routed, { method: "isotonic", x: [0, 1], y: [0, 1] })).toBe(0.3);
  });
});

