import { describe, expect, it } from "vitest";
import { CueMatcher } from "./cue-matcher.js";
import { foldLikeText, normaliseText } from "../../content/text/normalise.js";
import { preparePlain } from "./test-support.js";

const hits = (lists: Record<string, string[]>, text: string) =>
  (new CueMatcher({ xx: lists }).match(preparePlain(text)).get("c") ?? []).map((h) => text.slice(h.start, h.end));

describe("CueMatcher phrase syntax", () => {
  it("enforces word boundaries at Latin edges", () => {
    expect(hits({ c: ["rt"] }, "start rt now")).toEqual(["rt"]);
    expect(hits({ c: ["pay"] }, "paypal")).toEqual([]);
  });
  it("treats a trailing * as a stem covering the whole word", () => {
    expect(hits({ c: ["nude*"] }, "your NUDES now")).toEqual(["NUDES"]);
  });
  it("matches a ~ gap inside one sentence only", () => {
    expect(hits({ c: ["send ~ to your family"] }, "I'll send every pic to your family")).toEqual(["send every pic to your family"]);
    expect(hits({ c: ["send ~ to your family"] }, "send it. Talk to your family")).toEqual([]);
  });
  it("lets spaces be optional between Hangul / Han characters and matches them as substrings", () => {
    expect(hits({ c: ["사진 뿌린다"] }, "네사진뿌린다ㅋㅋ")).toEqual(["사진뿌린다"]);
    expect(hits({ c: ["裸照"] }, "你的裸照在我这")).toEqual(["裸照"]);
  });
  it("keeps Hangul compatibility jamo as typed, as the text normaliser does (ㅅㅅ shorthand)", () => {
    expect(foldLikeText("ㅅㅅ 할래")).toBe("ㅅㅅ 할래");
    expect(hits({ c: ["ㅅㅅ 할래"] }, "오늘 ㅅㅅ할래?")).toEqual(["ㅅㅅ할래"]);
  });
  it("matches apostrophe and hyphen variants", () => {
    expect(hits({ c: ["i'll post"] }, "I’ll post it")).toEqual(["I’ll post"]);
    expect(hits({ c: ["envoie-moi"] }, "envoie moi ça")).toEqual(["envoie moi"]);
  });
  it("matches accent-folded text through the folded spelling", () => {
    expect(foldLikeText("vidéo intime")).toBe("video intime");
    const prepared = { ...preparePlain("ta video intime"), normalised: "ta video intime" };
    const m = new CueMatcher({ fr: { c: ["vidéo intime"] } }).match(prepared).get("c") ?? [];
    expect(m.map((h) => [h.start, h.end])).toEqual([[3, 15]]);
  });
  it("folds phrases exactly as the normaliser folds text: a Sinhala phrase written with a zero-width joiner meets text without it", () => {
    // ප්‍ර (with ZWJ, the rakaransaya form) and ප්ර are the same word; the normaliser drops the joiner from the text
    const text = "ප්රයිවට් ෆොටෝ දාන්නම්";
    expect(hits({ c: ["ප්\u200dරයිවට් ෆොටෝ"] }, text)).toEqual(["ප්රයිවට් ෆොටෝ"]);
    expect(foldLikeText("ප්\u200dරයිවට්")).toBe(normaliseText("ප්\u200dරයිවට්").normalised);
  });
  it("drops a hit contained in a longer hit of the same category", () => {
    expect(hits({ c: ["post", "i'll post"] }, "i'll post")).toEqual(["i'll post"]);
  });
  it("finds phrases that start with a character that may match something else or nothing, and astral first characters", () => {
    expect(hits({ c: ["-moi", "'em all"] }, "envoie moi, get ’em all")).toEqual([" moi", "’em all"]);
    expect(hits({ c: ["𠀀字"] }, "a𠀀字b")).toEqual(["𠀀字"]);
  });
  it("prefers the longer of two phrases starting at the same place, whatever their boundary needs", () => {
    expect(hits({ c: ["women", "women are trash", "wom*"] }, "women are trash")).toEqual(["women are trash"]);
  });
  it("matches only the categories asked for", () => {
    const m = new CueMatcher({ xx: { a: ["leak"], b: ["post"] } }).match(preparePlain("leak and post"), ["b"]);
    expect([...m.keys()]).toEqual(["b"]);
  });
  it("scans categories independently in one pass: a long hit in one does not hide a shorter overlapping one in another", () => {
    const m = new CueMatcher({ xx: { a: ["kill you"], b: ["kill"], c: ["you now"] } }).match(preparePlain("I will kill you now"));
    const text = "I will kill you now";
    expect([...m].map(([k, hs]) => [k, hs.map((h) => text.slice(h.start, h.end))])).toEqual([
      ["a", ["kill you"]],
      ["b", ["kill"]],
      ["c", ["you now"]],
    ]);
  });
  it("dispatches large two-character buckets on the third character without losing phrases whose third unit varies", () => {
    // 26 phrases "ak?zz" with a literal third letter, and "ak-bar", whose hyphen may match nothing: at "akbar" the
    // third character "b" selects a sub-bucket, which must still try "ak-bar"
    const family = [..."abcdefghijklmnopqrstuvwxyz"].map((ch) => `ak${ch}zz`);
    expect(hits({ c: [...family, "ak-bar"] }, "akbar akczz ak bar ak-bar akzyz")).toEqual(["akbar", "akczz", "ak bar", "ak-bar"]);
    // the longest phrase at a position still wins, across the literal and the open phrases
    expect(hits({ c: [...family, "ak-bzz now", "akb"] }, "akbzz now")).toEqual(["akbzz now"]);
    // a surrogate-pair second character keeps the third in place
    expect(hits({ c: [...[..."abcdefghijklmnopqrstuvwxyz"].map((ch) => `a😈${ch}`), "a😈-q"] }, "a😈q a😈c")).toEqual(["a😈q", "a😈c"]);
  });
  it("maps offsets through surrogate pairs and case changes (İ lowercases to two units)", () => {
    expect(hits({ c: ["leak"] }, "İİ 😈 LEAK")).toEqual(["LEAK"]);
  });
});

describe("CueMatcher bounds", () => {
  it("keeps at most MAX_HITS_PER_CATEGORY hits per category", async () => {
    const { MAX_HITS_PER_CATEGORY } = await import("./cue-matcher.js");
    expect(hits({ c: ["leak"] }, "leak ".repeat(MAX_HITS_PER_CATEGORY * 3))).toHaveLength(MAX_HITS_PER_CATEGORY);
  });
});
