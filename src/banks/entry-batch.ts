/**
 * EntryBatch: validated bank entries in columns, the unit a BankStore stores in one transaction.
 * PDQ hashes live in one Uint32Array (8 words each, the index's form) and quality in an Int16Array,
 * so a batch of 50 000 imported hashes is a handful of objects instead of 50 000: the garbage
 * collector no longer copies every entry while a batch fills (at a million lines, most of the
 * import's time was GC).
 *
 * Example:
 *   const batch = EntryBatch.from([{ pdq: "d8f8…", quality: 90, md5: null, sha256: null, metadataJson: null }]);
 *   batch.pdqHex(0);   // "d8f8…"
 */
import { PDQ_WORDS, formatPdqHex, readPdqHex } from "../signals/pdq/hash256.js";
import { grownCopy } from "./grow.js";
import type { EntryRecord } from "./bank-store.js";

/** `quality` value for "not known". */
const NO_QUALITY = -1;

export class EntryBatch {
  length = 0;
  /** PDQ of entry i at words [8i, 8i + 8); zeros when `hasPdq[i]` is 0. */
  pdqWords: Uint32Array;
  hasPdq: Uint8Array;
  /** 0..100, or -1 when unknown. */
  quality: Int16Array;
  /** Filled with null up to the capacity, so a commit writes only the values that are there. */
  md5: (string | null)[];
  sha256: (string | null)[];
  metadataJson: (string | null)[];

  constructor(capacity = 64) {
    this.pdqWords = new Uint32Array(capacity * PDQ_WORDS);
    this.hasPdq = new Uint8Array(capacity);
    this.quality = new Int16Array(capacity);
    this.md5 = new Array<string | null>(capacity).fill(null);
    this.sha256 = new Array<string | null>(capacity).fill(null);
    this.metadataJson = new Array<string | null>(capacity).fill(null);
  }

  static from(records: readonly EntryRecord[]): EntryBatch {
    const batch = new EntryBatch(Math.max(1, records.length));
    for (const r of records) {
      const i = batch.length;
      batch.reserve(i + 1);
      if (r.pdq !== null && !readPdqHex(r.pdq, batch.pdqWords, i * PDQ_WORDS)) throw new RangeError("pdq must be 64 hex digits");
      batch.commit(r.pdq !== null, r.quality, r.md5, r.sha256, r.metadataJson);
    }
    return batch;
  }

  /** Makes room for entry index `n - 1`. */
  reserve(n: number): void {
    if (n <= this.hasPdq.length) return;
    const capacity = Math.max(n, this.hasPdq.length * 2);
    this.pdqWords = grownCopy(this.pdqWords, capacity * PDQ_WORDS, this.length * PDQ_WORDS);
    this.hasPdq = grownCopy(this.hasPdq, capacity, this.length);
    this.quality = grownCopy(this.quality, capacity, this.length);
    for (const column of [this.md5, this.sha256, this.metadataJson]) while (column.length < capacity) column.push(null);
  }

  /**
   * Appends entry `length`, whose PDQ words (when `hasPdq`) the caller has already written at
   * `pdqWords[8 * length]` (after `reserve(length + 1)`).
   */
  commit(hasPdq: boolean, quality: number | null, md5: string | null, sha256: string | null, metadataJson: string | null): void {
    const i = this.length++;
    if (!hasPdq) this.pdqWords.fill(0, i * PDQ_WORDS, (i + 1) * PDQ_WORDS);
    this.hasPdq[i] = hasPdq ? 1 : 0;
    this.quality[i] = quality ?? NO_QUALITY;
    if (md5 !== null) this.md5[i] = md5;
    if (sha256 !== null) this.sha256[i] = sha256;
    if (metadataJson !== null) this.metadataJson[i] = metadataJson;
  }

  pdqHex(i: number): string | null {
    return this.hasPdq[i] ? formatPdqHex(this.pdqWords, i * PDQ_WORDS) : null;
  }

  qualityOf(i: number): number | null {
    const q = this.quality[i];
    return q === NO_QUALITY ? null : q;
  }

  record(i: number): EntryRecord {
    return { pdq: this.pdqHex(i), quality: this.qualityOf(i), md5: this.md5[i], sha256: this.sha256[i], metadataJson: this.metadataJson[i] };
  }
}
