/**
 * Indexes answering "which stored PDQ hashes are within Hamming distance r of this one".
 *
 * Multi-index hashing (Norouzi et al., 2012): the 256-bit hash is cut into m substrings of b bits,
 * one table per substring. Pigeonhole: give table t a probe radius r_t with Σ(r_t + 1) = r + 1 (see
 * probeRadii: ⌊(r+1)/m⌋ or one less). If a stored hash differed from the query in more than r_t bits
 * of every substring t, it would differ in at least Σ(r_t + 1) = r + 1 bits; so every hash within r
 * differs in at most r_t bits of some substring t, and probing table t with every key within r_t
 * bits of the query's substring finds it. Each candidate is verified with the full 256-bit distance
 * (bits past m·b are not indexed, which only makes substring distances smaller). Exact, not
 * approximate; property-tested against a linear scan for every layout.
 *
 * The layout follows the size of each table set (MIH_LAYOUTS, the paper's b ≈ log2 N): 16 × 16 bits
 * (radius 31: 16 tables × 17 probes) for small sets, 12 × 21 and 11 × 23 bits (radius 31: ten tables
 * at radius 2 and one at radius 1, ~2 800 probes of ~1 entry each) for millions of entries, where
 * 16-bit buckets would hold hundreds of entries each and every candidate is a cache miss.
 *
 * Memory is typed arrays only (no object per entry): 32 bytes per hash, 4 per id, and per table a
 * CSR layout (2^b + 1 offsets + 4 bytes per entry): ~100 bytes per entry at 16 × 16 bits; at
 * 10 M entries and 11 × 23 bits, 320 MB of hashes + 440 MB of members + 352 MB of offsets.
 * Adds land in a small linearly scanned tail, which is folded into a mid-level table set, which is
 * folded into the base (geometric merging). Deletes are tombstones; tables drop them at the next rebuild.
 *
 * Slots are insertion positions; callers keep per-slot data (quality, metadata) beside the index.
 */
import { PDQ_WORDS, hammingWords, popcount32 } from "../signals/pdq/hash256.js";
import { grownCopy } from "./grow.js";

export interface PdqHit {
  slot: number;
  id: number;
  distance: number;
}

/** What both the multi-index and the linear reference offer. */
export interface PdqSearchIndex {
  /** Live (not deleted) entries. */
  readonly size: number;
  /** Adds a hash (8 words at `offset`); returns its slot. Ids should ascend (store rowids do). */
  add(id: number, hash: Uint32Array, offset?: number): number;
  /** Tombstones the entry with this id; returns its slot, or -1 when absent. */
  remove(id: number): number;
  /** Every live entry within `radius` bits of the query, each once, in no particular order. */
  search(query: Uint32Array, radius: number): PdqHit[];
}

/** Tail entries scanned linearly before they are folded into tables. */
const TAIL_LIMIT = 4096;

/** Growable slot storage shared by both index kinds. */
class SlotStore {
  hashes = new Uint32Array(1024 * PDQ_WORDS);
  ids = new Uint32Array(1024);
  alive = new Uint8Array(1024);
  count = 0;
  live = 0;
  /** True while ids were appended in ascending order (binary search possible). */
  sorted = true;

  append(id: number, hash: Uint32Array, offset: number): number {
    if (!Number.isInteger(id) || id < 0 || id > 0xffffffff) throw new RangeError(`entry id ${id} out of range`);
    if (this.count === this.ids.length) this.grow(this.ids.length * 2);
    const slot = this.count++;
    this.hashes.set(hash.subarray(offset, offset + PDQ_WORDS), slot * PDQ_WORDS);
    if (slot > 0 && this.ids[slot - 1] >= id) this.sorted = false;
    this.ids[slot] = id;
    this.alive[slot] = 1;
    this.live++;
    return slot;
  }

  slotOf(id: number): number {
    if (this.sorted) return searchSortedIds(this.ids, this.count, id);
    for (let s = 0; s < this.count; s++) if (this.ids[s] === id) return s;
    return -1;
  }

  kill(id: number): number {
    const slot = this.slotOf(id);
    if (slot < 0 || !this.alive[slot]) return -1;
    this.alive[slot] = 0;
    this.live--;
    return slot;
  }

  reserve(n: number): void {
    if (n > this.ids.length) this.grow(n);
  }

  private grow(capacity: number): void {
    this.hashes = grownCopy(this.hashes, capacity * PDQ_WORDS, this.count * PDQ_WORDS);
    this.ids = grownCopy(this.ids, capacity, this.count);
    this.alive = grownCopy(this.alive, capacity, this.count);
  }
}

/** Reference implementation: scans everything. Used by property tests and for tiny banks. */
export class LinearPdqIndex implements PdqSearchIndex {
  private readonly slots = new SlotStore();

  get size(): number {
    return this.slots.live;
  }

  add(id: number, hash: Uint32Array, offset = 0): number {
    return this.slots.append(id, hash, offset);
  }

  remove(id: number): number {
    return this.slots.kill(id);
  }

  search(query: Uint32Array, radius: number): PdqHit[] {
    const { hashes, ids, alive, count } = this.slots;
    const hits: PdqHit[] = [];
    for (let s = 0; s < count; s++) {
      if (!alive[s]) continue;
      const d = hammingWords(query, 0, hashes, s * PDQ_WORDS);
      if (d <= radius) hits.push({ slot: s, id: ids[s], distance: d });
    }
    return hits;
  }
}

/**
 * How one table set cuts the hash: `substrings` tables, table t keyed by bits [t·bits, (t+1)·bits) of
 * the hash (bit 0 = the top bit of word 0). Bits past substrings·bits are not indexed (they still count
 * in the verified distance).
 */
export interface MihLayout {
  /** m, the number of tables. */
  readonly substrings: number;
  /** b, bits per substring (key); each table has 2^b buckets. */
  readonly bits: number;
}

/** A layout and the smallest table set (live entries) it is used for. */
export interface MihLayoutStep extends MihLayout {
  readonly minEntries: number;
}

/**
 * Layouts by table-set size (live entries when the set is built). The paper's rule is b ≈ log2(N):
 * buckets then hold about one entry, and a query pays for probes rather than for candidates. With
 * 16-bit keys a 10 M set has ~150 entries per bucket and a radius-31 query verifies ~42 000 random
 * hashes; with 23-bit keys it probes ~2 800 buckets and verifies ~3 300. Longer keys cost
 * 4·2^b bytes of offsets per table (4 MiB in all at 16 × 16, 96 MiB at 12 × 21, 352 MiB at 11 × 23),
 * so small sets keep 16 bits. Radius-31 p50 per layout, measured on the shared 2-core machine
 * (random banks as in bench/match-bench.ts, one layout forced at a time): at 1 M entries
 * 16 × 16 0.52 ms, 12 × 21 0.25 ms; at 3 M 1.7 / 0.57 / 0.39 ms (11 × 23 for 256 MiB more); at 10 M
 * 16 × 16 6.2 ms, 11 × 23 1.3 ms.
 */
export const MIH_LAYOUTS: readonly MihLayoutStep[] = Object.freeze([
  { minEntries: 0, substrings: 16, bits: 16 },
  { minEntries: 1_000_000, substrings: 12, bits: 21 },
  { minEntries: 5_000_000, substrings: 11, bits: 23 },
]);

/** The layout for a table set of `entries` live entries (the last one whose minEntries it reaches). */
export function chooseMihLayout(entries: number, layouts: readonly MihLayoutStep[] = MIH_LAYOUTS): MihLayout {
  let chosen: MihLayout = layouts[0];
  for (const l of layouts) if (entries >= l.minEntries) chosen = l;
  return { substrings: chosen.substrings, bits: chosen.bits };
}

/**
 * Per-table probe radii r_t for an exact search at `radius` over m tables (Norouzi et al., Prop. 1,
 * generalised): with radius + 1 = m·q + c (0 ≤ c < m) the first c tables get q and the others q − 1
 * (−1: not probed). Then Σ(r_t + 1) = radius + 1, so a hash that differs from the query in more than
 * r_t bits of every substring t differs in at least radius + 1 bits: every match lies within r_t of
 * the query in some table t. E.g. radius 31: m = 16 → all 1; m = 11 → ten tables 2, one 1.
 */
export function probeRadii(substrings: number, radius: number): Int32Array {
  const q = Math.floor((radius + 1) / substrings);
  const c = radius + 1 - q * substrings;
  const radii = new Int32Array(substrings);
  for (let t = 0; t < substrings; t++) radii[t] = t < c ? q : q - 1;
  return radii;
}

/** Flip masks are tabulated up to this weight; a larger per-table radius scans instead. */
const MAX_PROBE_FLIPS = 5;
/**
 * A probe or candidate is a random read (cache miss); a scan step reads memory in order. Probing is
 * chosen when (probes + expected candidates) × this < entries in the set.
 */
const RANDOM_READ_COST = 8;

const flipMaskCache = new Map<number, Uint32Array>();

/** All b-bit masks with exactly k bits set (Gosper's hack), cached. */
function flipMasks(bits: number, k: number): Uint32Array {
  const cacheKey = bits * 64 + k;
  let masks = flipMaskCache.get(cacheKey);
  if (!masks) {
    const list: number[] = [];
    if (k === 0) list.push(0);
    else {
      const limit = 2 ** bits;
      for (let x = 2 ** k - 1; x < limit; ) {
        list.push(x);
        const c = x & -x;
        const r = x + c;
        x = (((r ^ x) >>> 2) / c) | r;
      }
    }
    masks = Uint32Array.from(list);
    flipMaskCache.set(cacheKey, masks);
  }
  return masks;
}

/** Number of b-bit keys within r bits of a key (Σ_{k ≤ r} C(b, k)). */
function ballSize(bits: number, r: number): number {
  let total = 0;
  let choose = 1;
  for (let k = 0; k <= r; k++) {
    total += choose;
    choose = (choose * (bits - k)) / (k + 1);
  }
  return total;
}

/** The `bits`-bit substring starting at bit `start` of the hash at word offset `o` (bits ≤ 32). */
function substring(hashes: Uint32Array, o: number, start: number, bits: number): number {
  const w = start >>> 5;
  const shift = start & 31;
  let v = hashes[o + w] << shift;
  if (shift + bits > 32) v |= hashes[o + w + 1] >>> (32 - shift);
  return v >>> (32 - bits);
}

/** One set of CSR tables over a slot range: table t lists, for each key, the slots whose substring t is that key. */
interface TableSet {
  from: number;
  to: number;
  /** Live entries when built. */
  entries: number;
  layout: MihLayout;
  offsets: Uint32Array[]; // per table, 2^bits + 1
  members: Uint32Array[]; // per table, slots grouped by key, ascending within a key
}

/**
 * Builds a table set over slots [from, to): per table, the live slots sorted by key (a counting sort)
 * and each key's first position. Up to 16-bit keys the counts (256 KiB) stay in cache and one direct
 * counting sort is fastest; longer keys would make it two random writes per entry into a 32 MiB array,
 * so RadixKeySorter splits the work into cache-friendly passes (at 10 M entries × 11 tables × 23 bits:
 * 24 CPU s direct, 7 s this way). Offset arrays of the sets being
 * replaced come in `reuse` and are refilled when their key length fits: faulting in fresh pages costs
 * more than rewriting held ones, and the peak stays lower.
 */
function buildTables(slots: SlotStore, from: number, to: number, layouts: readonly MihLayoutStep[], reuse: Uint32Array[]): TableSet {
  let n = 0;
  for (let s = from; s < to; s++) n += slots.alive[s];
  const layout = chooseMihLayout(n, layouts);
  const { substrings, bits } = layout;
  const keys = 2 ** bits;
  const offsets: Uint32Array[] = [];
  const members: Uint32Array[] = [];
  const sorter = bits <= DIRECT_SORT_MAX_BITS ? null : new RadixKeySorter(n, bits);
  for (let t = 0; t < substrings; t++) {
    const spare = reuse.findIndex((a) => a.length === keys + 1);
    const off = spare >= 0 ? reuse.splice(spare, 1)[0] : new Uint32Array(keys + 1);
    const mem = new Uint32Array(n);
    if (sorter) sorter.sort(slots, from, to, t * bits, off, mem);
    else countingSort(slots, from, to, t * bits, bits, off, mem);
    offsets.push(off);
    members.push(mem);
  }
  return { from, to, entries: n, layout, offsets, members };
}

/** Longest key sorted by one direct counting sort (its 2^b counters stay in cache). */
const DIRECT_SORT_MAX_BITS = 16;

/** Fills `off` (2^bits + 1) and `mem` with the live slots of [from, to) grouped by the key at bit `start`, slots ascending. */
function countingSort(slots: SlotStore, from: number, to: number, start: number, bits: number, off: Uint32Array, mem: Uint32Array): void {
  const { hashes, alive } = slots;
  const keys = 2 ** bits;
  off.fill(0);
  for (let s = from; s < to; s++) if (alive[s]) off[substring(hashes, s * PDQ_WORDS, start, bits)]++;
  // Counts → bucket ends; filling backwards turns each end into its bucket's start.
  let end = 0;
  for (let k = 0; k < keys; k++) off[k] = end += off[k];
  off[keys] = end;
  for (let s = to - 1; s >= from; s--) if (alive[s]) mem[--off[substring(hashes, s * PDQ_WORDS, start, bits)]] = s;
}

/**
 * The same result as countingSort, for long keys: one stable scatter of the slots by the key's high
 * half into ≤ 4 096 runs, then per run a counting sort by the low half whose counters are that run's
 * own stretch of the offset array (2^lowBits entries, cache-resident). Scratch is shared by the tables
 * of a set.
 */
class RadixKeySorter {
  private readonly lowBits: number;
  private readonly highStart: Uint32Array;
  private readonly tmpKeys: Uint32Array;
  private readonly tmpSlots: Uint32Array;

  constructor(
    n: number,
    private readonly bits: number,
  ) {
    this.lowBits = bits >>> 1;
    this.highStart = new Uint32Array(1 << (bits - this.lowBits));
    this.tmpKeys = new Uint32Array(n);
    this.tmpSlots = new Uint32Array(n);
  }

  sort(slots: SlotStore, from: number, to: number, start: number, off: Uint32Array, mem: Uint32Array): void {
    const { hashes, alive } = slots;
    const { bits, lowBits, highStart, tmpKeys, tmpSlots } = this;
    const lowMask = (1 << lowBits) - 1;
    const lowKeys = 1 << lowBits;
    highStart.fill(0);
    for (let s = from; s < to; s++) if (alive[s]) highStart[substring(hashes, s * PDQ_WORDS, start, bits) >>> lowBits]++;
    countsToStarts(highStart);
    for (let s = from; s < to; s++) {
      if (!alive[s]) continue;
      const k = substring(hashes, s * PDQ_WORDS, start, bits);
      const p = highStart[k >>> lowBits]++;
      tmpKeys[p] = k;
      tmpSlots[p] = s;
    }
    // highStart[h] is now the end of run h. Within a run every key shares its high half, so the low
    // half's counts, ends and starts live in off[h·2^lowBits …], which every run rewrites in full.
    let begin = 0;
    for (let h = 0; h < highStart.length; h++) {
      const end = highStart[h];
      const base = h << lowBits;
      off.fill(0, base, base + lowKeys);
      for (let p = begin; p < end; p++) off[base + (tmpKeys[p] & lowMask)]++;
      let e = begin;
      for (let j = base; j < base + lowKeys; j++) off[j] = e += off[j];
      for (let p = end - 1; p >= begin; p--) mem[--off[tmpKeys[p]]] = tmpSlots[p];
      begin = end;
    }
    off[2 ** bits] = begin;
  }
}

/** In place: counts per bucket → each bucket's first position. */
function countsToStarts(counts: Uint32Array): void {
  let sum = 0;
  for (let b = 0; b < counts.length; b++) {
    const c = counts[b];
    counts[b] = sum;
    sum += c;
  }
}

export interface MihPdqIndexOptions {
  /** Layouts by set size (default MIH_LAYOUTS); one entry with minEntries 0 forces a layout. */
  layouts?: readonly MihLayoutStep[];
  /** Always probe tables rather than scanning a small set (tests exercise the probe path with it). */
  alwaysProbe?: boolean;
}

export class MihPdqIndex implements PdqSearchIndex {
  private readonly slots = new SlotStore();
  private readonly layoutTable: readonly MihLayoutStep[];
  private readonly alwaysProbe: boolean;
  private base: TableSet | null = null;
  private mid: TableSet | null = null;
  /** First slot not covered by any table set (the linear tail starts here). */
  private tailFrom = 0;
  private deadSinceBuild = 0;
  /** Probe scratch, grown on demand: bucket bounds per probed key, candidate slots. */
  private starts = new Uint32Array(4096);
  private ends = new Uint32Array(4096);
  private candidates = new Uint32Array(16384);

  constructor(opts: MihPdqIndexOptions = {}) {
    const table = opts.layouts ?? MIH_LAYOUTS;
    if (!table.length || table[0].minEntries !== 0) throw new RangeError("layouts must start with one for minEntries 0");
    for (const l of table) {
      if (!(Number.isInteger(l.substrings) && Number.isInteger(l.bits) && l.substrings >= 1 && l.bits >= 1 && l.bits <= 24 && l.substrings * l.bits <= 256)) {
        throw new RangeError(`a layout needs 1 ≤ bits ≤ 24 and substrings × bits ≤ 256; got ${l.substrings} × ${l.bits}`);
      }
    }
    this.layoutTable = table;
    this.alwaysProbe = opts.alwaysProbe ?? false;
  }

  get size(): number {
    return this.slots.live;
  }

  /** Layouts of the built table sets, base first (for benchmarks and operators). */
  get layouts(): MihLayout[] {
    return [this.base, this.mid].filter((s): s is TableSet => s !== null).map((s) => s.layout);
  }

  /** Pre-allocates room for n entries (index build). */
  reserve(n: number): void {
    this.slots.reserve(n);
  }

  add(id: number, hash: Uint32Array, offset = 0): number {
    const slot = this.slots.append(id, hash, offset);
    if (this.slots.count - this.tailFrom > TAIL_LIMIT) this.fold();
    return slot;
  }

  /** Adds many hashes (8 words each, consecutive) and folds once at the end. */
  addMany(ids: ArrayLike<number>, hashes: Uint32Array): number[] {
    const out = new Array<number>(ids.length);
    this.slots.reserve(this.slots.count + ids.length);
    for (let i = 0; i < ids.length; i++) out[i] = this.slots.append(ids[i], hashes, i * PDQ_WORDS);
    if (this.slots.count - this.tailFrom > TAIL_LIMIT) this.fold();
    return out;
  }

  remove(id: number): number {
    const slot = this.slots.kill(id);
    if (slot >= 0 && slot < this.tailFrom) {
      this.deadSinceBuild++;
      // Tombstones still cost a candidate check each; rebuild when a quarter of the tables is dead.
      if (this.deadSinceBuild > Math.max(TAIL_LIMIT, this.slots.live >> 2)) this.rebuildAll();
    }
    return slot;
  }

  /** Rebuilds every table from the live entries (choosing the layout for the new size). */
  rebuildAll(): void {
    // Drop the old tables first: building is synchronous, so no query sees the gap, and peak memory
    // stays one table set rather than two.
    const reuse = [...(this.base?.offsets ?? []), ...(this.mid?.offsets ?? [])];
    this.base = null;
    this.mid = null;
    this.base = this.slots.count > 0 ? buildTables(this.slots, 0, this.slots.count, this.layoutTable, reuse) : null;
    this.tailFrom = this.slots.count;
    this.deadSinceBuild = 0;
  }

  search(query: Uint32Array, radius: number): PdqHit[] {
    if (!Number.isInteger(radius) || radius < 0) throw new RangeError(`radius must be a non-negative integer; got ${radius}`);
    const hits: PdqHit[] = [];
    for (const set of [this.base, this.mid]) if (set) this.searchSet(set, query, radius, hits);
    return this.scan(query, radius, this.tailFrom, this.slots.count, hits);
  }

  /** Probes a table set, or scans its slot range when that is cheaper (large radius, small set). */
  private searchSet(set: TableSet, query: Uint32Array, radius: number, hits: PdqHit[]): void {
    const { substrings, bits } = set.layout;
    const radii = probeRadii(substrings, radius);
    let probes = 0;
    for (let t = 0; t < substrings; t++) {
      if (radii[t] > MAX_PROBE_FLIPS) return void this.scan(query, radius, set.from, set.to, hits);
      if (radii[t] >= 0) probes += ballSize(bits, radii[t]);
    }
    if (!this.alwaysProbe && probes * (1 + set.entries / 2 ** bits) * RANDOM_READ_COST >= set.entries) return void this.scan(query, radius, set.from, set.to, hits);
    const keys = new Int32Array(substrings);
    for (let t = 0; t < substrings; t++) keys[t] = substring(query, 0, t * bits, bits);
    for (let t = 0; t < substrings; t++) if (radii[t] >= 0) this.probeTable(set, t, query, radius, radii, keys, hits);
  }

  private probeTable(set: TableSet, t: number, query: Uint32Array, radius: number, radii: Int32Array, keys: Int32Array, hits: PdqHit[]): void {
    const { hashes, ids, alive } = this.slots;
    const bits = set.layout.bits;
    const off = set.offsets[t];
    const mem = set.members[t];
    const key = keys[t];
    // Three passes, so that the cache misses within each are independent and the CPU overlaps them
    // (at 10 M entries nearly every read below is a miss): the bounds of every probed bucket, then the
    // buckets' slots, then the candidates' hashes.
    const probes = ballSize(bits, radii[t]);
    if (this.starts.length < probes) {
      this.starts = new Uint32Array(probes);
      this.ends = new Uint32Array(probes);
    }
    const { starts, ends } = this;
    let np = 0;
    let total = 0;
    for (let k = 0; k <= radii[t]; k++) {
      const masks = flipMasks(bits, k);
      for (let m = 0; m < masks.length; m++) {
        const probe = key ^ masks[m];
        const a = off[probe];
        const b = off[probe + 1];
        starts[np] = a;
        ends[np++] = b;
        total += b - a;
      }
    }
    if (this.candidates.length < total) this.candidates = new Uint32Array(Math.max(total, this.candidates.length * 2));
    const candidates = this.candidates;
    let nc = 0;
    for (let j = 0; j < np; j++) for (let i = starts[j], end = ends[j]; i < end; i++) candidates[nc++] = mem[i];
    const q0 = query[0], q1 = query[1], q2 = query[2], q3 = query[3], q4 = query[4], q5 = query[5], q6 = query[6], q7 = query[7];
    for (let c = 0; c < nc; c++) {
      const s = candidates[c];
      const o = s * PDQ_WORDS;
      // Most candidates differ in ~128 bits, so half the words usually settle it. Liveness is read
      // only for real matches (deletes are rare).
      let d = popcount32(q0 ^ hashes[o]) + popcount32(q1 ^ hashes[o + 1]) + popcount32(q2 ^ hashes[o + 2]) + popcount32(q3 ^ hashes[o + 3]);
      if (d > radius) continue;
      d += popcount32(q4 ^ hashes[o + 4]) + popcount32(q5 ^ hashes[o + 5]) + popcount32(q6 ^ hashes[o + 6]) + popcount32(q7 ^ hashes[o + 7]);
      if (d > radius || !alive[s] || foundInEarlierTable(hashes, o, t, bits, radii, keys)) continue;
      hits.push({ slot: s, id: ids[s], distance: d });
    }
  }

  private scan(query: Uint32Array, radius: number, from: number, to: number, hits: PdqHit[]): PdqHit[] {
    const { hashes, ids, alive } = this.slots;
    for (let s = from; s < to; s++) {
      if (!alive[s]) continue;
      const d = hammingWords(query, 0, hashes, s * PDQ_WORDS);
      if (d <= radius) hits.push({ slot: s, id: ids[s], distance: d });
    }
    return hits;
  }

  /** Moves the tail into the mid level, and the mid level into the base when it grows past a quarter of it. */
  private fold(): void {
    const count = this.slots.count;
    const baseTo = this.base?.to ?? 0;
    const midSize = count - baseTo;
    if (!this.base || midSize > Math.max(TAIL_LIMIT * 16, baseTo >> 2)) {
      this.rebuildAll();
      return;
    }
    const reuse = this.mid?.offsets ?? [];
    this.mid = null;
    this.mid = buildTables(this.slots, baseTo, count, this.layoutTable, reuse);
    this.tailFrom = count;
  }
}

/**
 * Dedupe without a set: a match is reported only from the first table whose probes reach it, i.e. the
 * first t' with |substring t' of the entry − key t'| ≤ r_t'. Called for verified matches only.
 */
function foundInEarlierTable(hashes: Uint32Array, o: number, t: number, bits: number, radii: Int32Array, keys: Int32Array): boolean {
  for (let j = 0; j < t; j++) {
    if (radii[j] >= 0 && popcount32(substring(hashes, o, j * bits, bits) ^ keys[j]) <= radii[j]) return true;
  }
  return false;
}

/** Position of `id` among the first `count` entries of an ascending id array, or -1 (binary search). */
export function searchSortedIds(ids: Uint32Array, count: number, id: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = ids[mid];
    if (v === id) return mid;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
