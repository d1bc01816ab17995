import { describe, expect, it } from "vitest";
import { AhoCorasick } from "./aho-corasick.js";

const naive = (patterns: string[], text: string): string[] => {
  const out: string[] = [];
  patterns.forEach((p, id) => {
    for (let i = text.indexOf(p); i !== -1; i = text.indexOf(p, i + 1)) out.push(`${id}@${i}-${i + p.length}`);
  });
  return out.sort();
};

describe("AhoCorasick", () => {
  it("finds overlapping and nested occurrences like a naive scan", () => {
    const patterns = ["he", "she", "his", "hers", "s", "ushe"];
    const text = "ushers shed his hershey";
    const got = new AhoCorasick(patterns).search(text).map((m) => `${m.pattern}@${m.start}-${m.end}`).sort();
    expect(got).toEqual(naive(patterns, text));
  });

  it("handles non-Latin scripts and surrogate pairs", () => {
    const patterns = ["婊子", "绿茶婊", "อีดอก", "😡x"];
    const text = "你这个绿茶婊子 อีดอกทอง 😡x";
    const got = new AhoCorasick(patterns).search(text).map((m) => text.slice(m.start, m.end));
    expect(got.sort()).toEqual(["婊子", "绿茶婊", "อีดอก", "😡x"].sort());
  });

  it("matches a random corpus exactly like the naive scan", () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const word = (n: number) => Array.from({ length: n }, () => "abc"[Math.floor(rand() * 3)]).join("");
    const patterns = [...new Set(Array.from({ length: 40 }, () => word(1 + Math.floor(rand() * 4))))];
    const text = word(500);
    const got = new AhoCorasick(patterns).search(text).map((m) => `${m.pattern}@${m.start}-${m.end}`).sort();
    expect(got).toEqual(naive(patterns, text));
  });

  it("rejects an empty pattern", () => {
    expect(() => new AhoCorasick(["a", ""])).toThrow(/empty/);
  });
});
