import { describe, expect, it } from "vitest";
import { PDQ_WORDS } from "../signals/pdq/hash256.js";
import { mulberry32 as rng } from "../seeded-random.js";
import {
  LinearPdqIndex,
  MIH_LAYOUTS,
  MihPdqIndex,
  chooseMihLayout,
  probeRadii,
  type MihLayout,
  type MihLayoutStep,
  type PdqHit,
  type PdqSearchIndex,
} from "./mih-index.js";

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

/**
 * Flips exactly r_t + 1 bits inside every substring of `layout` except table `only`, which gets r_t
 * (+ `extra`) flips: with extra = 0 the distance is exactly `radius` and only table `only`'s probes can
 * reach the entry — the pigeonhole edge; with extra = 1 it is radius + 1 and must not be reported.
 */
function pigeonholeEdge(h: Uint32Array, layout: MihLayout, radius: number, only: number, extra: number, rand: () => number): Uint32Array {
  const out = Uint32Array.from(h);
  const radii = probeRadii(layout.substrings, radius);
  for (let t = 0; t < layout.substrings; t++) {
    const flips = Math.max(0, radii[t] + (t === only ? extra : 1));
    const chosen = new Set<number>();
    while (chosen.size < flips) chosen.add(t * layout.bits + Math.floor(rand() * layout.bits));
    for (const bit of chosen) out[bit >> 5] ^= 1 << (31 - (bit & 31)); // bit 0 = top bit of word 0, as the index counts
  }
  return out;
}

interface Case {
  name: string;
  /** Index under test. */
  make: () => MihPdqIndex;
  /** Seeds of the random-bank test (fewer for the forced layouts: 2^23-key tables are slow to build for a small bank). */
  seeds: number[];
}

const forced = (substrings: number, bits: number): Case => ({
  name: `${substrings} × ${bits} bits, always probing`,
  make: () => new MihPdqIndex({ layouts: [{ minEntries: 0, substrings, bits }], alwaysProbe: true }),
  seeds: [substrings * 100 + bits],
});

/** Layouts by size with small thresholds, so that a test-sized bank crosses them (and folds mix layouts). */
const GROWING: readonly MihLayoutStep[] = [
  { minEntries: 0, substrings: 16, bits: 16 },
  { minEntries: 2000, substrings: 7, bits: 9 },
  { minEntries: 5000, substrings: 11, bits: 23 },
];

const CASES: Case[] = [
  { name: "default layouts (chosen by size, scan when cheaper)", make: () => new MihPdqIndex(), seeds: [1, 2, 3, 4, 5] },
  // The production layouts (MIH_LAYOUTS) plus odd ones: keys that straddle words (6 × 10), tables
  // skipped at small radii and uneven per-table radii (7 × 9), few tables whose per-table radius soon
  // exceeds what is probed, so sets are scanned (4 × 12).
  ...MIH_LAYOUTS.map((l) => forced(l.substrings, l.bits)),
  forced(6, 10),
  forced(7, 9),
  forced(4, 12),
  { name: "layouts switching with size (16 × 16 → 7 × 9 → 11 × 23)", make: () => new MihPdqIndex({ layouts: GROWING, alwaysProbe: true }), seeds: [7] },
];

function addBoth(indexes: PdqSearchIndex[], id: number, h: Uint32Array) {
  for (const ix of indexes) ix.add(id, h);
}

describe.each(CASES)("MihPdqIndex vs linear scan, $name (property tests)", ({ make, seeds }) => {
  it.each(seeds)("random bank with planted near-duplicates, seed %i", (seed) => {
    const rand = rng(seed);
    const [mih, lin] = [make(), new LinearPdqIndex()];
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
    const [mih, lin] = [make(), new LinearPdqIndex()];
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
    const mih = make();
    const h = randomHash(rand);
    mih.add(1, spreadFlips(h, 31, rand));
    mih.add(2, spreadFlips(h, 32, rand));
    mih.rebuildAll();
    expect(mih.search(h, 31).map((x) => [x.id, x.distance])).toEqual([[1, 31]]);
    expect(mih.search(h, 32).map((x) => x.id).sort()).toEqual([1, 2]);
    expect(mih.search(h, 256).map((x) => x.id).sort()).toEqual([1, 2]); // any radius, however large
    expect(() => mih.search(h, -1)).toThrow(RangeError);
  });

  it("finds matches that only one table can reach (the pigeonhole edge), once", () => {
    const rand = rng(17);
    const mih = make();
    const centre = randomHash(rand);
    let id = 1;
    for (let i = 0; i < 3000; i++) mih.add(id++, randomHash(rand));
    mih.rebuildAll(); // tables built, so the layout is known
    const layout = mih.layouts[0];
    const RADII = [0, 1, 10, 31, 40];
    const planted: [number, number][] = []; // [id, distance to centre]
    for (const radius of RADII) {
      for (let only = 0; only < layout.substrings; only++) {
        if (probeRadii(layout.substrings, radius)[only] < 0) continue;
        mih.add(id, pigeonholeEdge(centre, layout, radius, only, 0, rand));
        planted.push([id++, radius]);
        mih.add(id, pigeonholeEdge(centre, layout, radius, only, 1, rand)); // one bit too far
        planted.push([id++, radius + 1]);
      }
    }
    mih.rebuildAll();
    expect(mih.layouts).toEqual([layout]);
    for (const radius of RADII) {
      const got = mih.search(centre, radius).map((x) => [x.id, x.distance]);
      expect(got.sort((a, b) => a[0] - b[0]), `radius ${radius}`).toEqual(planted.filter(([, d]) => d <= radius));
    }
  });
});

describe("MihPdqIndex on a skewed bank", () => {
  it("agrees with the linear scan when most entries share half their bits (buckets of thousands)", () => {
    // Real PDQ banks have uneven substrings; here every entry shares words 0-3, so half the tables
    // have one bucket holding the whole bank.
    const rand = rng(23);
    const [mih, lin] = [new MihPdqIndex(), new LinearPdqIndex()];
    const prefix = randomHash(rand);
    const bank: Uint32Array[] = [];
    for (let id = 1; id <= 20_000; id++) {
      const h = randomHash(rand);
      h.set(prefix.subarray(0, 4));
      const entry = id % 10 === 0 && bank.length ? flipBits(bank[Math.floor(rand() * bank.length)], Math.floor(rand() * 40), rand) : h;
      bank.push(entry);
      addBoth([mih, lin], id, entry);
    }
    mih.rebuildAll();
    for (let q = 0; q < 40; q++) {
      const query = flipBits(bank[Math.floor(rand() * bank.length)], Math.floor(rand() * 36), rand);
      for (const radius of [0, 20, 31]) expect(key(mih.search(query, radius))).toEqual(key(lin.search(query, radius)));
    }
  });
});

describe("MIH parameters", () => {
  it("per-table radii sum to radius + 1 and differ by at most one (exact by pigeonhole)", () => {
    for (let m = 1; m <= 16; m++) {
      for (let r = 0; r <= 80; r++) {
        const radii = [...probeRadii(m, r)];
        expect(radii.reduce((a, x) => a + x + 1, 0)).toBe(r + 1);
        expect(Math.max(...radii) - Math.min(...radii)).toBeLessThanOrEqual(1);
      }
    }
    expect([...probeRadii(16, 31)]).toEqual(new Array(16).fill(1));
    expect([...probeRadii(11, 31)]).toEqual([...new Array(10).fill(2), 1]);
  });

  it("chooses longer substrings for bigger sets", () => {
    expect(chooseMihLayout(100_000)).toEqual({ substrings: 16, bits: 16 });
    expect(chooseMihLayout(10_000_000)).toEqual({ substrings: 11, bits: 23 });
    expect(chooseMihLayout(4999, GROWING)).toEqual({ substrings: 7, bits: 9 });
    const mih = new MihPdqIndex({ layouts: GROWING });
    const rand = rng(3);
    for (let i = 1; i <= 8300; i++) mih.add(i, randomHash(rand));
    expect(mih.layouts).toEqual([{ substrings: 7, bits: 9 }, { substrings: 7, bits: 9 }]); // a base of 4097, then a mid level of 4097
    mih.rebuildAll();
    expect(mih.layouts).toEqual([{ substrings: 11, bits: 23 }]);
  });

  it("refuses layouts it cannot serve", () => {
    expect(() => new MihPdqIndex({ layouts: [{ minEntries: 0, substrings: 11, bits: 25 }] })).toThrow(RangeError);
    expect(() => new MihPdqIndex({ layouts: [{ minEntries: 0, substrings: 17, bits: 16 }] })).toThrow(RangeError);
    expect(() => new MihPdqIndex({ layouts: [{ minEntries: 10, substrings: 16, bits: 16 }] })).toThrow(RangeError);
  });
});
