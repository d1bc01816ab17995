import { readFileSync, readdirSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { normaliseText } from "../../content/text/normalise.js";
import { FramingClassifier, FRAMED_SCORE, UNFRAMED_SCORE } from "../framing/index.js";
import type { PreparedText } from "../types.js";
import { analyseFraming, findQuotedRanges, isNegated, type CueHit } from "./framing.js";
import { LexiconClassifier } from "./lexicon-classifier.js";
import { parseLexiconTsv } from "./schema.js";

const prepare = (original: string, language: string): PreparedText => ({ original, language, ...normaliseText(original) });
/** A cue hit on the first occurrence of `phrase` in `text`. */
const cue = (text: string, phrase: string, category: CueHit["category"], negation?: "before" | "after"): CueHit => {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" not in "${text}"`);
  return { start, end: start + phrase.length, category, negation };
};

describe("analyseFraming", () => {
  it("frames a report without direct address", () => {
    const t = "He called me a slut and I reported it";
    const f = analyseFraming(t, [cue(t, "called me", "cue_report")]);
    expect(f).toMatchObject({ framed: true, direct: false, kinds: ["report"] });
  });

  it("direct address outside quotes keeps a text direct; inside quotes it is reported speech", () => {
    const direct = "You are a slut, I reported you";
    expect(analyseFraming(direct, [cue(direct, "reported", "cue_report"), cue(direct, "You are", "cue_direct")]).framed).toBe(false);
    const quoted = 'He wrote "you are a slut" and the police arrested him';
    expect(analyseFraming(quoted, [cue(quoted, "police", "cue_news"), cue(quoted, "you are", "cue_direct")]).framed).toBe(true);
  });

  it("single quotation marks quote too, apostrophes do not", () => {
    const quoted = "He wrote 'you are a slut' and the police arrested him";
    expect(analyseFraming(quoted, [cue(quoted, "police", "cue_news"), cue(quoted, "you are", "cue_direct")]).framed).toBe(true);
    const spans = (t: string) => findQuotedRanges(t).map((r) => t.slice(r.start, r.end));
    expect(spans("he posted 'women belong in the kitchen' under her photo")).toEqual(["women belong in the kitchen"]);
    expect(spans("‘stupid slag’, he said; don’t reply")).toEqual(["stupid slag"]);
    expect(spans("she said: 'you're a joke' and left")).toEqual(["you're a joke"]);
    expect(spans("don't touch the girls' bikes, it's late")).toEqual([]);
    expect(spans("you're a slut, don't")).toEqual([]);
  });

  it("a helpline frames the text even when it speaks to 'you'", () => {
    const t = "If you are being threatened, call the helpline";
    expect(analyseFraming(t, [cue(t, "helpline", "cue_helpline"), cue(t, "you are", "cue_direct")]).framed).toBe(true);
  });

  it("no frame cue, no framing", () => {
    expect(analyseFraming("you slut", []).framed).toBe(false);
  });
});

describe("isNegated", () => {
  it("looks on the side the language puts its negation, within the window, never overlapping the term", () => {
    const en = "she is not a slut";
    const slut = { start: en.indexOf("slut"), end: en.length };
    expect(isNegated(slut, [cue(en, "is not a", "cue_negation", "before")])).toBe(true);
    const far = "she is not here but that slut is";
    const farHit = { start: far.indexOf("slut"), end: far.indexOf("slut") + 4 };
    expect(isNegated(farHit, [cue(far, "is not", "cue_negation", "before")])).toBe(false);
    const hi = "वह रंडी नहीं है";
    const hit = { start: hi.indexOf("रंडी"), end: hi.indexOf("रंडी") + 4 };
    expect(isNegated(hit, [cue(hi, "नहीं है", "cue_negation", "after")])).toBe(true);
    expect(isNegated(hit, [cue(hi, "नहीं है", "cue_negation", "before")])).toBe(false);
    const overlap = "women are not human";
    expect(isNegated({ start: overlap.indexOf("not human"), end: overlap.length }, [cue(overlap, "not", "cue_negation")])).toBe(false);
  });
});

describe("framing on the shipped lexicons and framing cues", () => {
  let lex: LexiconClassifier;
  beforeAll(async () => {
    lex = await LexiconClassifier.load("models/lexicons", { framingDir: "models/framing" });
  });

  it("has a framing file for every lexicon language, with cue_* categories only and every framing kind", () => {
    const languages = Object.keys(JSON.parse(readFileSync("models/lexicons/languages.json", "utf8")) as Record<string, unknown>).sort();
    expect(readdirSync("models/framing").filter((f) => f.endsWith(".tsv")).map((f) => f.slice(0, -4)).sort()).toEqual(languages);
    const missing: string[] = [];
    for (const lang of languages) {
      const entries = parseLexiconTsv(lang, readFileSync(`models/framing/${lang}.tsv`, "utf8"));
      for (const c of ["cue_report", "cue_counter", "cue_news", "cue_helpline", "cue_negation", "cue_direct"]) {
        if (!entries.some((e) => e.category === c)) missing.push(`${lang}/${c}`);
      }
      expect(entries.every((e) => e.category.startsWith("cue_"))).toBe(true);
    }
    expect(missing).toEqual([]);
  });

  it("a reported slur is a mention: score 0, span kept with the reason", () => {
    const text = "He called me a slut in front of everyone, so I reported him to the police";
    const r = lex.classifyOne(prepare(text, "en"));
    expect(r.scores.misogyny).toBe(0);
    const span = r.spans!.find((s) => s.label === "misogyny")!;
    expect(text.slice(span.start, span.end)).toBe("slut");
    expect(span.source).toMatch(/^lexicon:en;framed:/);
    expect(span.weight).toBe(0);
  });

  it("direct abuse keeps its weight even beside a report cue", () => {
    const r = lex.classifyOne(prepare("You are a slut and I reported you to the police", "en"));
    expect(r.scores.misogyny).toBeGreaterThan(0);
    expect(r.spans!.every((s) => !s.source.includes(";"))).toBe(true);
    expect(lex.classifyOne(prepare("Eres una puta", "es")).scores.misogyny).toBeGreaterThan(0.5);
  });

  it("a negated slur is discounted, in a negate-before and a negate-after language", () => {
    expect(lex.classifyOne(prepare("she is not a slut", "en")).scores.misogyny).toBe(0);
    const hi = lex.classifyOne(prepare("वह रंडी नहीं है", "hi"));
    expect(hi.scores.misogyny).toBe(0);
    expect(hi.spans!.some((s) => s.source.endsWith(";negated"))).toBe(true);
  });

  it("the framing component gives the fusion FRAMED_SCORE for framed texts and UNFRAMED_SCORE otherwise", async () => {
    const framing = new FramingClassifier(lex);
    const [framed, direct] = await framing.classify([
      prepare("La policía detuvo a un hombre que llamaba puta a su vecina", "es"),
      prepare("eres una puta", "es"),
    ]);
    expect(framed.scores.misogyny).toBe(FRAMED_SCORE);
    expect(direct.scores.misogyny).toBe(UNFRAMED_SCORE);
    expect(framing.version).toBe(lex.version);
  });

  it("rejects a framing file with a non-cue entry", async () => {
    const { mkdtempSync, writeFileSync, copyFileSync, mkdirSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(join(tmpdir(), "framing-"));
    mkdirSync(join(dir, "lex"));
    mkdirSync(join(dir, "framing"));
    copyFileSync("models/lexicons/languages.json", join(dir, "lex/languages.json"));
    copyFileSync("models/lexicons/en.tsv", join(dir, "lex/en.tsv"));
    writeFileSync(join(dir, "framing/en.tsv"), "slut\t-\tslur\t-\t3\t-\t-\t\n");
    await expect(LexiconClassifier.load(join(dir, "lex"), { framingDir: join(dir, "framing") })).rejects.toThrow(/only cue_\* categories/);
  });
});
