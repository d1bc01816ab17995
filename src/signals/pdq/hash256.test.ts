import { describe, expect, it } from "vitest";
import { formatPdqHex, hammingWords, isPdqHex, parsePdqHex, pdqDistance, PdqHexError, popcount32, readPdqHex, setPdqBit } from "./hash256.js";

const A = "d8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22";

function naiveDistance(a: string, b: string): number {
  let d = 0;
  for (let i = 0; i < 64; i++) {
    let x = parseInt(a[i], 16) ^ parseInt(b[i], 16);
    while (x) {
      d += x & 1;
      x >>= 1;
    }
  }
  return d;
}

function randomHex(rand: () => number): string {
  let s = "";
  for (let i = 0; i < 64; i++) s += Math.floor(rand() * 16).toString(16);
  return s;
}

describe("PDQ hex and distance", () => {
  it("round-trips hex through words (lowercased)", () => {
    expect(formatPdqHex(parsePdqHex(A))).toBe(A);
    expect(formatPdqHex(parsePdqHex(A.toUpperCase()))).toBe(A);
  });

  it("rejects malformed hex with a clear error", () => {
    expect(() => parsePdqHex(A.slice(1))).toThrow(PdqHexError);
    expect(() => parsePdqHex(A.slice(1))).toThrow(/64 hex digits; got 63/);
    expect(() => parsePdqHex(`${A.slice(1)}g`)).toThrow(/non-hex/);
    expect(() => parsePdqHex(` ${A.slice(1)}`)).toThrow(PdqHexError);
    expect(isPdqHex(A)).toBe(true);
    expect(isPdqHex(42)).toBe(false);
    expect(isPdqHex(`${A}0`)).toBe(false);
  });

  it("readPdqHex agrees with parsePdqHex and refuses what isPdqHex refuses", () => {
    const out = new Uint32Array(16);
    expect(readPdqHex(A.toUpperCase(), out, 8)).toBe(true);
    expect(out.subarray(8)).toEqual(parsePdqHex(A));
    for (const bad of [A.slice(1), `${A}0`, `${A.slice(1)}g`, `${A.slice(1)} `, `${A.slice(1)}\u0660`, `${A.slice(1)}\u0130`, ""]) {
      expect(readPdqHex(bad, out)).toBe(false);
      expect(isPdqHex(bad)).toBe(false);
    }
  });

  it("popcount32 agrees with a bit loop", () => {
    for (const x of [0, 1, 0xffffffff, 0x80000000, 0x12345678, 0xdeadbeef]) {
      expect(popcount32(x)).toBe([...(x >>> 0).toString(2)].filter((c) => c === "1").length);
    }
  });

  it("distance agrees with a per-digit reference on random pairs", () => {
    let seed = 7;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (let i = 0; i < 500; i++) {
      const a = randomHex(rand);
      const b = randomHex(rand);
      expect(pdqDistance(a, b)).toBe(naiveDistance(a, b));
    }
    expect(pdqDistance(A, A)).toBe(0);
    expect(pdqDistance("0".repeat(64), "f".repeat(64))).toBe(256);
  });

  it("hammingWords reads at offsets", () => {
    const words = new Uint32Array(16);
    parsePdqHex(A, words, 0);
    parsePdqHex("0".repeat(64), words, 8);
    expect(hammingWords(words, 0, words, 8)).toBe(naiveDistance(A, "0".repeat(64)));
  });

  it("sets bits in the reference's print order (bit 0 is the last hex digit's low bit)", () => {
    const w = new Uint32Array(8);
    setPdqBit(w, 0);
    expect(formatPdqHex(w)).toBe(`${"0".repeat(63)}1`);
    const v = new Uint32Array(8);
    setPdqBit(v, 255);
    expect(formatPdqHex(v)).toBe(`8${"0".repeat(63)}`);
    const u = new Uint32Array(8);
    setPdqBit(u, 16);
    expect(formatPdqHex(u)).toBe(`${"0".repeat(59)}10000`);
  });
});
