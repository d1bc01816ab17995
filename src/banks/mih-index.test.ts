import { describe, expect, it } from "vitest";
import { PDQ_WORDS } from "../signals/pdq/hash256.js";
import { LinearPdqIndex, MihPdqIndex, type PdqHit, type PdqSearchIndex } from "./mih-index.js";

/** Small deterministic PRNG (mulberry32) so failures reproduce. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomHash(rand: () => number): Uint32Array {
  const h = new Uint32Array(PDQ_WORDS);
  for (let w = 0; w < PDQ_WORDS; w++) h[w] = Math.floor(rand() * 2 ** 32) >>> 0;
  return h;
}

/** Copy of `h` with exactly `bits` distinct random bits flipped. */
function flipBits(h: Uint32Array, bits: number, rand: () => number): Uint32Array {
  const out = Uint32Array.from(h);
  const chosen = new Set<number>();
  while (chosen.size < bits) chosen.add(Math.floor(rand() * 256));
  for (const b of chosen) out[b >> 5] ^= 1 << (b & 31);
  return out;
}

/** Like flipBits but concentrates flips so that every 16-bit substring gets ⌊bits/16⌋ or more: the pigeonhole edge. */
function spreadFlips(h: Uint32Array, bits: number, rand: () => number): Uint32Array {
  const out = Uint32Array.from(h);
  for (let i = 0; i < bits; i++) {
    const sub = i % 16;
    const bit = sub * 16 + ((Math.floor(i / 16) * 5 + Math.floor(rand() * 3)) % 16);
    out[bit >> 5] ^= 1 << (bit & 31);
  }
  return out;
}

function key(hits: PdqHit[]): string[] {
  return hits.map((h) => `${h.id}:${h.distance}`).sort();
}

function both(): [MihPdqIndex, LinearPdqIndex] {
  return [new MihPdqIndex(), new LinearPdqIndex()];
}

function addBoth(indexes: PdqSearchIndex[], id: number, h: Uint32Array) {
  for (const ix of indexes) ix.add(id, h);
}

describe("MihPdqIndex vs linear scan (property tests)", () => {
  it.each([1, 2, 3, 4, 5])("random bank with planted near-duplicates, seed %i", (seed) => {
    const rand = rng(seed);
    const [mih, lin] = both();
    const centres: Uint32Array[] = [];
    let id = 1;
    const n = 3000 + Math.floor(rand() * 6000);
    for (let i = 0; i < n; i++) {
      const r = rand();
      let h: Uint32Array;
      if (centres.length && r < 0.3) {
        const c = centres[Math.floor(rand() * centres.length)];
        h = rand() < 0.5 ? flipBits(c, Math.floor(rand() * 70), rand) : spreadFlips(c, Math.floor(rand() * 64), rand);
      } else {
        h = randomHash(rand);
        if (r < 0.4) centres.push(h);
      }
      addBoth([mih, lin], id, h);
      id += 1 + Math.floor(rand() * 3);
    }
    let nonEmpty = 0;
    for (let q = 0; q < 150; q++) {
      const c = centres[Math.floor(rand() * centres.length)];
      const query = q % 3 === 0 ? randomHash(rand) : q % 3 === 1 ? flipBits(c, Math.floor(rand() * 40), rand) : spreadFlips(c, Math.floor(rand() * 48), rand);
      const radius = [0, 1, 15, 16, 17, 31, 31, 31, 32, 47, 48, 63, 64, 80][q % 14];
      const expected = key(lin.search(query, radius));
      if (expected.length) nonEmpty++;
      expect(key(mih.search(query, radius)), `query ${q} radius ${radius}`).toEqual(expected);
    }
    expect(nonEmpty).toBeGreaterThan(50); // the property is exercised on real matches, not only on empty results
  });

  it("agrees through interleaved adds, deletes and table folds", () => {
    const rand = rng(99);
    const [mih, lin] = both();
    const live: number[] = [];
    const hashes = new Map<number, Uint32Array>();
    let id = 1;
    for (let step = 0; step < 15_000; step++) {
      const r = rand();
      if (r < 0.75 || live.length < 10) {
        const base = live.length && rand() < 0.5 ? hashes.get(live[Math.floor(rand() * live.length)])! : randomHash(rand);
        const h = flipBits(base, Math.floor(rand() * 40), rand);
        addBoth([mih, lin], id, h);
        hashes.set(id, h);
        live.push(id++);
      } else if (r < 0.93) {
        const i = Math.floor(rand() * live.length);
        const victim = live[i];
        live.splice(i, 1);
        expect(mih.remove(victim) >= 0).toBe(true);
        expect(lin.remove(victim) >= 0).toBe(true);
        expect(mih.remove(victim)).toBe(-1);
      } else {
        const target = hashes.get(live[Math.floor(rand() * live.length)])!;
        const query = flipBits(target, Math.floor(rand() * 36), rand);
        expect(key(mih.search(query, 31))).toEqual(key(lin.search(query, 31)));
      }
    }
    expect(mih.size).toBe(live.length);
    expect(lin.size).toBe(live.length);
  });

  it("finds an entry exactly at the radius and not one bit beyond", () => {
    const rand = rng(5);
    const mih = new MihPdqIndex();
    const h = randomHash(rand);
    mih.add(1, spreadFlips(h, 31, rand));
    mih.add(2, spreadFlips(h, 32, rand));
    expect(mih.search(h, 31).map((x) => [x.id, x.distance])).toEqual([[1, 31]]);
    expect(mih.search(h, 32).map((x) => x.id).sort()).toEqual([1, 2]);
    expect(() => mih.search(h, -1)).toThrow(RangeError);
  });
});
