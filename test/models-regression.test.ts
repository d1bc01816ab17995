/**
 * Regression test over the COMMITTED models (fastText, lexicon, detectors, language id, fusion, default policy)
 * on examples written for this project. It guards behaviour, not quality: quality numbers live in eval/.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { readManifest, verifyModelFiles } from "../src/classifiers/manifest.js";
import { createAppContext, type AppContext } from "../src/context.js";
import { createLogger } from "../src/logger.js";
import { createMetrics } from "../src/metrics.js";
import type { Verdict } from "../src/scoring/verdict.js";

let ctx: AppContext;
const score = (text: string, language?: string) => ctx.textScoring!.scoreText({ text, language, explain: true }, "regression");
const flaggedLabels = (v: Verdict) => Object.entries(v.labels).filter(([, l]) => l.flagged).map(([k]) => k);

beforeAll(async () => {
  ctx = createAppContext({
    env: {},
    logger: createLogger("silent"),
    metrics: createMetrics({ defaultMetrics: false }),
    banks: null,
    imageSafety: null,
    warmC2pa: false,
    config: { cacheEntries: 0 },
  });
  await ctx.ready;
  expect(ctx.readiness.reasons()).toEqual([]);
});

describe("models/manifest.json", () => {
  it("lists every shipped model, and every listed file matches its sha256", () => {
    const manifest = readManifest("models/manifest.json");
    expect(manifest.models.map((m) => m.id)).toEqual(
      expect.arrayContaining(["fasttext-tfgbv", "romanized-south-asian-lid", "tfgbv-encoder-2l128-v2", "nsfw-mobilenetv2", "lexicon", "sextortion-detector", "doxxing-detector", "misogyny-detector", "threat-detector", "sexual-harassment-detector"]),
    );
    for (const entry of manifest.models) expect(() => verifyModelFiles(manifest, entry)).not.toThrow();
  });
});

describe("committed text models", () => {
  it("load every component and name them in the verdict", async () => {
    const v = await score("hello there");
    expect(v.models.map((m) => m.id)).toEqual(
      expect.arrayContaining(["fasttext-tfgbv", "lexicon", "framing", "sextortion-detector", "doxxing-detector", "misogyny-detector", "threat-detector", "sexual-harassment-detector", "fasttext-lid176", "fusion"]),
    );
    expect(v.errors).toEqual([]);
    for (const l of Object.values(v.labels)) expect(l.score).not.toBeNull();
  });

  it.each([
    ["en", "Women are too stupid to vote, send them back to the kitchen"],
    ["ko", "여자들은 멍청해서 운전하면 안 된다"],
    ["es", "Las mujeres son inferiores y deberían callarse"],
    ["id", "Perempuan itu bodoh dan tidak pantas memimpin"],
    ["th", "ผู้หญิงโง่ควรอยู่แต่ในครัว"],
  ])("flag misogyny written in %s and detect the language", async (lang, text) => {
    const v = await score(text);
    expect(v.language?.code).toBe(lang);
    expect(v.language?.measured).toBe(true);
    expect(v.labels.misogyny.flagged).toBe(true);
    expect(v.decision).not.toBe("allow");
  });

  it("block sextortion and point at the threat", async () => {
    const text = "I will leak your nudes to your family unless you pay me";
    const v = await score(text);
    expect(v.labels.sextortion.flagged).toBe(true);
    expect(v.decision).toBe("block");
    const spans = v.spans!.filter((s) => s.label === "sextortion");
    expect(spans.length).toBeGreaterThan(0);
    for (const s of spans) expect(s.start >= 0 && s.end <= text.length && s.start < s.end).toBe(true);
  });

  it("flag doxxing: a street address with a call to act", async () => {
    const v = await score("Her address is 12 Rue Victor Hugo, Paris, go and teach her a lesson");
    expect(v.labels.doxxing.flagged).toBe(true);
    expect(v.spans!.some((s) => s.label === "doxxing")).toBe(true);
  });

  // Known weakness (reported in eval/): the fastText hate model flags some survivor messages; this test pins the
  // labels whose precision the product promises here: the gendered labels and the sextortion/doxxing detectors.
  it("do not flag a helpline message, a survivor asking for help, or small talk as gendered abuse", async () => {
    for (const text of [
      "If someone threatens to share your intimate photos, call the cybercrime helpline 1930",
      "He says he will post my pictures if I leave him, what should I do?",
      "Thanks for the lovely dinner last night",
    ]) {
      const v = await score(text);
      const gendered = flaggedLabels(v).filter((l) => ["misogyny", "sexual_harassment", "threat", "sextortion", "doxxing"].includes(l));
      expect({ text, flagged: gendered }).toEqual({ text, flagged: [] });
    }
  });

  it("read a positive statement about women as counter-evidence, and not one turned into a put-down", async () => {
    // sentences written for this test
    for (const [text, language] of [
      ["Women deserve respect and equal pay.", "en"],
      ["Frauen verdienen Respekt.", "de"],
    ]) {
      const v = await score(text, language);
      expect({ text, flagged: flaggedLabels(v).filter((l) => l === "hate" || l === "misogyny") }).toEqual({ text, flagged: [] });
      expect(v.counterSpans?.every((s) => s.source === "misogyny-detector")).toBe(true);
      expect(v.counterSpans?.length).toBeGreaterThan(0);
    }
    const turned = await score("Women deserve respect, but only in the kitchen.", "en");
    expect(turned.counterSpans).toBeUndefined();
    expect(turned.labels.misogyny.flagged).toBe(true);
  });

  it("tell a survivor's report of a slur (a mention) from the slur addressed at her (a use)", async () => {
    const report = await score("He called me a stupid slut for weeks, so I reported him to the police");
    expect(report.modelScores?.framing?.misogyny).toBeLessThan(0.5);
    expect(report.modelScores?.lexicon?.misogyny).toBe(0);
    expect(report.spans!.some((s) => s.source.startsWith("lexicon:en;framed:"))).toBe(true);
    expect(flaggedLabels(report).filter((l) => ["misogyny", "sexual_harassment", "threat"].includes(l))).toEqual([]);
    const direct = await score("You are a stupid slut");
    expect(direct.labels.misogyny.flagged).toBe(true);
  });

  it("score obfuscated and masked spellings exactly like the plain text (normalisation, masked words)", async () => {
    const plain = await score("women are too stupid to vote");
    for (const variant of ["ｗｏｍｅｎ are too stupid to vote", "wo\u200bmen are too st\u200dupid to vote", "WOMEN ARE TOO STUPIIIID TO VOTE", "w*men are too st*pid to vote", "wom#en are too stu*pid to vote"]) {
      const v = await score(variant);
      expect(v.labels.misogyny.score).toBeCloseTo(plain.labels.misogyny.score!, 6);
    }
  });

  it("say which labels a model trained only on templates scores, in languages without real labelled text", async () => {
    const th = await score("ผู้หญิงโง่ควรอยู่แต่ในครัว");
    expect(th.language?.code).toBe("th");
    expect(th.language?.note).toMatch(/misogyny.*fasttext-tfgbv-synthetic/);
    const en = await score("Women are too stupid to vote, send them back to the kitchen");
    expect(en.language?.note ?? "").not.toMatch(/misogyny/); // real English data: the first set scores it
  });

  it("say when a language has no measured number", async () => {
    const v = await score("Takk kærlega fyrir kvöldmatinn í gær, hann var frábær.");
    expect(v.language?.code).toBe("is");
    expect(v.language?.measured).toBe(false);
    expect(v.language?.note).toMatch(/no evaluation number/);
  });
});
