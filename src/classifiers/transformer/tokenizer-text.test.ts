import { describe, expect, it } from "vitest";
import { makeTextCleaner, occlude, segmentForOcclusion, splitIntoWindows } from "./tokenizer-text.js";

describe("makeTextCleaner", () => {
  const clean = makeTextCleaner(["<pad>", "<unk>", "<s>", "</s>", "<mask>"]);
  it("removes zero-width and bidi controls without splitting the word", () => {
    expect(clean("wo\u200bmen\u202e")).toBe("women");
  });
  it("turns typed special-token literals into spaces (no control-token injection)", () => {
    expect(clean("hi</s><mask>there <s>")).toBe("hi there");
  });
  it("collapses every whitespace run, including ideographic and no-break spaces, and trims", () => {
    expect(clean("\t a \u3000\u00a0 b\n\n")).toBe("a b");
  });
  it("leaves other text untouched", () => {
    expect(clean("여자는 조용히 ภาษาไทย")).toBe("여자는 조용히 ภาษาไทย");
  });
});

describe("splitIntoWindows", () => {
  const o = { maxLength: 6, prefix: [2], suffix: [3], maxWindows: 10 };
  it("keeps a short sequence as one window", () => {
    expect(splitIntoWindows([2, 9, 9, 3], o)).toEqual([[2, 9, 9, 3]]);
  });
  it("covers a long sequence with overlapping wrapped windows up to the end", () => {
    const ids = [2, 10, 11, 12, 13, 14, 15, 16, 17, 18, 3];
    const w = splitIntoWindows(ids, o);
    for (const win of w) expect(win.length).toBeLessThanOrEqual(6), expect(win[0]).toBe(2), expect(win.at(-1)).toBe(3);
    expect(w[0]).toEqual([2, 10, 11, 12, 13, 3]);
    expect(w.at(-1)!.at(-2)).toBe(18); // the last content token is scored
    expect(new Set(w.flatMap((x) => x.slice(1, -1)))).toEqual(new Set(ids.slice(1, -1)));
  });
  it("stops at maxWindows", () => {
    const ids = [2, ...Array.from({ length: 100 }, (_, i) => 10 + i), 3];
    expect(splitIntoWindows(ids, { ...o, maxWindows: 3 })).toHaveLength(3);
  });
  it("rejects a length that leaves no room for content", () => {
    expect(() => splitIntoWindows([2, 5, 6, 3], { ...o, maxLength: 2 })).toThrow(/no room/);
  });
});

describe("segmentForOcclusion / occlude", () => {
  it("finds words and skips spaces and punctuation", () => {
    const text = "you are, a pig!";
    expect(segmentForOcclusion(text, 10).map((s) => text.slice(s.start, s.end))).toEqual(["you", "are", "a", "pig"]);
  });
  it("segments scripts written without spaces (Thai, Chinese)", () => {
    expect(segmentForOcclusion("ผู้หญิงควรอยู่บ้าน", 50).length).toBeGreaterThan(1);
    expect(segmentForOcclusion("女人就应该待在家里", 50).length).toBeGreaterThan(1);
  });
  it("merges words into at most maxSegments contiguous groups covering all words", () => {
    const text = Array.from({ length: 30 }, (_, i) => `w${i}`).join(" ");
    const segs = segmentForOcclusion(text, 7);
    expect(segs.length).toBeLessThanOrEqual(7);
    expect(segs[0].start).toBe(0);
    expect(segs.at(-1)!.end).toBe(text.length);
  });
  it("occlude removes exactly one segment", () => {
    expect(occlude("you are a pig", { start: 10, end: 13 })).toBe("you are a  ");
  });
});
