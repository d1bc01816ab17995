/**
 * Indexes answering "which stored PDQ hashes are within Hamming distance r of this one".
 *
 * Multi-index hashing (Norouzi et al., 2012): the 256-bit hash is cut into 16 substrings of 16
 * bits, one table per substring. If two hashes differ in at most r bits, then by pigeonhole at least
 * one substring differs in at most ⌊r/16⌋ bits; so probing each table with every 16-bit key within
 * ⌊r/16⌋ bits of the query's substring finds every true match (for r ≤ 31: 17 probes per table),
 * and each candidate is then verified with a full 256-bit distance. Exact, not approximate.
 *
 * Memory is typed arrays only (no object per entry): 32 bytes per hash, 4 per id, and per table a
 * CSR layout (65 537 offsets + 4 bytes per entry), i.e. about 100 bytes per entry in all.
 * Adds land in a small linearly scanned tail, which is folded into a mid-level table set, which is
 * folded into the base (geometric merging keeps the amortised cost per add O(1) table writes).
 * Deletes are tombstones; tables drop them at the next rebuild.
 *
 * Slots are insertion positions; callers keep per-slot data (quality, metadata) beside the index.
 */
import { PDQ_WORDS, hammingWords, popcount32 } from "../signals/pdq/hash256.js";

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

const SUBSTRINGS = 16;
const KEYS = 1 << 16;
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
    const hashes = new Uint32Array(capacity * PDQ_WORDS);
    hashes.set(this.hashes.subarray(0, this.count * PDQ_WORDS));
    const ids = new Uint32Array(capacity);
    ids.set(this.ids.subarray(0, this.count));
    const alive = new Uint8Array(capacity);
    alive.set(this.alive.subarray(0, this.count));
    this.hashes = hashes;
    this.ids = ids;
    this.alive = alive;
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

/** All 16-bit masks with exactly k bits set, for k = 0..3. */
const FLIP_MASKS: readonly Uint16Array[] = (() => {
  const byWeight: number[][] = [[], [], [], []];
  for (let m = 0; m < KEYS; m++) {
    const w = popcount32(m);
    if (w <= 3) byWeight[w].push(m);
  }
  return byWeight.map((list) => Uint16Array.from(list));
})();

/** Substring t (0..15) of the hash at word offset `o`: the high then low half of each word. */
function substring(hashes: Uint32Array, o: number, t: number): number {
  const w = hashes[o + (t >> 1)];
  return t & 1 ? w & 0xffff : w >>> 16;
}

/** One set of 16 CSR tables over a slot range. */
interface TableSet {
  from: number;
  to: number;
  offsets: Uint32Array[]; // per table, KEYS + 1
  members: Uint32Array[]; // per table, slots grouped by key
}

function buildTables(slots: SlotStore, from: number, to: number): TableSet {
  const { hashes, alive } = slots;
  let n = 0;
  for (let s = from; s < to; s++) n += alive[s];
  const offsets: Uint32Array[] = [];
  const members: Uint32Array[] = [];
  for (let t = 0; t < SUBSTRINGS; t++) {
    const off = new Uint32Array(KEYS + 1);
    for (let s = from; s < to; s++) if (alive[s]) off[substring(hashes, s * PDQ_WORDS, t) + 1]++;
    for (let k = 0; k < KEYS; k++) off[k + 1] += off[k];
    const cursor = off.slice(0, KEYS);
    const mem = new Uint32Array(n);
    for (let s = from; s < to; s++) if (alive[s]) mem[cursor[substring(hashes, s * PDQ_WORDS, t)]++] = s;
    offsets.push(off);
    members.push(mem);
  }
  return { from, to, offsets, members };
}

export class MihPdqIndex implements PdqSearchIndex {
  private readonly slots = new SlotStore();
  private base: TableSet | null = null;
  private mid: TableSet | null = null;
  /** First slot not covered by any table set (the linear tail starts here). */
  private tailFrom = 0;
  private deadSinceBuild = 0;

  get size(): number {
    return this.slots.live;
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

  /** Rebuilds every table from the live entries. */
  rebuildAll(): void {
    this.base = this.slots.count > 0 ? buildTables(this.slots, 0, this.slots.count) : null;
    this.mid = null;
    this.tailFrom = this.slots.count;
    this.deadSinceBuild = 0;
  }

  search(query: Uint32Array, radius: number): PdqHit[] {
    if (!Number.isInteger(radius) || radius < 0) throw new RangeError(`radius must be a non-negative integer; got ${radius}`);
    const perSubstring = Math.floor(radius / SUBSTRINGS);
    const hits: PdqHit[] = [];
    if (perSubstring > 3) return this.scan(query, radius, 0, this.slots.count, hits);
    let seen: Set<number> | null = null;
    for (const set of [this.base, this.mid]) {
      if (!set) continue;
      seen ??= new Set<number>();
      this.probe(set, query, radius, perSubstring, hits, seen);
    }
    return this.scan(query, radius, this.tailFrom, this.slots.count, hits);
  }

  private probe(set: TableSet, query: Uint32Array, radius: number, perSubstring: number, hits: PdqHit[], seen: Set<number>): void {
    const { hashes, ids, alive } = this.slots;
    for (let t = 0; t < SUBSTRINGS; t++) {
      const key = substring(query, 0, t);
      const off = set.offsets[t];
      const mem = set.members[t];
      for (let k = 0; k <= perSubstring; k++) {
        const masks = FLIP_MASKS[k];
        for (let m = 0; m < masks.length; m++) {
          const probe = key ^ masks[m];
          const end = off[probe + 1];
          for (let i = off[probe]; i < end; i++) {
            const s = mem[i];
            // Distance first, liveness after: at 10 M entries each candidate is a cache miss, and
            // deletes are rare, so reading `alive` only for real matches saves one miss per candidate.
            const d = hammingWords(query, 0, hashes, s * PDQ_WORDS);
            if (d <= radius && alive[s] && !seen.has(s)) {
              seen.add(s);
              hits.push({ slot: s, id: ids[s], distance: d });
            }
          }
        }
      }
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
    this.mid = buildTables(this.slots, baseTo, count);
    this.tailFrom = count;
  }
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
