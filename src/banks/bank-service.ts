/**
 * BankService: the one entry point for banks. Writes go to the BankStore first (acknowledged =
 * committed), then to the in-memory indexes, so an add or delete is visible to the very next
 * match. `open()` builds every index before resolving: the service is ready when it exists.
 *
 * Example:
 *   const banks = await BankService.open({ store: new SqliteBankStore({ path: "banks.db" }) });
 *   await banks.createBank({ name: "ncii" });
 *   await banks.addEntries("ncii", [{ pdq: "d8f8…", metadata: { source: "stopncii", caseId: "123" } }]);
 *   banks.match({ pdq: hash, quality: 100 }, { dihedral: false });   // BankMatch[]
 */
import { PDQ_WORDS, parsePdqHex, isPdqHex, readPdqHex } from "../signals/pdq/hash256.js";
import { grownCopy } from "./grow.js";
import { MD5_HEX_RE, SHA256_HEX_RE } from "../signals/crypto-hashes.js";
import type { BankStore, EntryRecord } from "./bank-store.js";
import { EntryBatch } from "./entry-batch.js";
import { validateBankName, validateBankSettings, validateEntries, validateEntryInto } from "./entry-validation.js";
import { detectImportFormat, readBankImport, type ImportFormat } from "./importers.js";
import { MihPdqIndex, searchSortedIds } from "./mih-index.js";
import {
  BankError,
  PDQ_DEFAULT_MATCH_DISTANCE,
  PDQ_DEFAULT_MIN_QUALITY,
  type Bank,
  type BankEntry,
  type BankMatch,
  type BankPatch,
  type MatchOptions,
  type MatchQuery,
  type NewBank,
  type NewEntry,
} from "./types.js";

export interface BankSummary extends Bank {
  entryCount: number;
}

export interface ImportResult {
  format: ImportFormat;
  added: number;
  /** Records the file marks as withdrawn/deleted (StopNCII, ThreatExchange), not added. */
  skipped: number;
  /** Lines/records that could not be read; nothing of them was added. */
  errors: { record: number; message: string }[];
  firstId: string | null;
  lastId: string | null;
}

export interface BankServiceOptions {
  store: BankStore;
  /** Entries per transaction when importing (default 50 000). */
  batchSize?: number;
}

const QUALITY_UNKNOWN = 255;
/**
 * Rows per page when building an index. Small pages let each page's row objects die young: with
 * 50 000-row pages they outlived a scavenge and copying them cost more than reading them.
 */
const SCAN_PAGE_ROWS = 4096;
const DIHEDRAL_NAMES = ["orig", "rot90", "rot180", "rot270", "flipx", "flipy", "flipplus1", "flipminus1"] as const;

/** In-memory view of one bank: PDQ multi-index plus per-entry quality/metadata and exact-hash maps. */
class BankIndex {
  readonly pdq = new MihPdqIndex();
  /** All entries (with or without PDQ), ids ascending; per-entry data by position. */
  private ids = new Uint32Array(1024);
  private quality = new Uint8Array(1024);
  private metadata: (string | null)[] = [];
  private count = 0;
  private live = 0;
  private sorted = true;
  readonly md5 = new Map<string, number[]>();
  readonly sha256 = new Map<string, number[]>();
  /**
   * PDQ hashes added to the entry table but not yet to the multi-index. Bulk paths (index build,
   * import) hand the index all of them at once: one table build instead of one per batch.
   */
  private pendingIds = new Uint32Array(0);
  private pendingWords = new Uint32Array(0);
  private pending = 0;

  constructor(public bank: Bank) {}

  get size(): number {
    return this.live;
  }

  /** Pre-allocates for n more PDQ entries (index build). */
  reserve(n: number): void {
    this.pdq.reserve(this.pdq.size + n);
    this.reservePending(this.pending + n);
  }

  /**
   * Adds stored rows; `ids[i]` is the id of `rows[i]` (defaults to `rows[i].id`). Their PDQ hashes
   * wait in `pending` until `flushPdq()`; a search must not run in between.
   */
  addRows(rows: readonly (EntryRecord & { id?: number })[], ids?: readonly number[]): void {
    this.reservePending(this.pending + rows.length);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const id = ids ? ids[i] : row.id!;
      this.append(id, row.quality, row.metadataJson);
      if (row.pdq) {
        if (!readPdqHex(row.pdq, this.pendingWords, this.pending * PDQ_WORDS)) throw new Error(`entry ${id}: stored PDQ is not 64 hex digits`);
        this.pendingIds[this.pending++] = id;
      }
      if (row.md5) pushMap(this.md5, row.md5, id);
      if (row.sha256) pushMap(this.sha256, row.sha256, id);
    }
  }

  /** Adds a stored batch; `ids[i]` is the id of entry i. PDQ hashes wait for `flushPdq()` as in `addRows`. */
  addBatch(batch: EntryBatch, ids: readonly number[]): void {
    this.reservePending(this.pending + batch.length);
    const words = batch.pdqWords;
    const pending = this.pendingWords;
    for (let i = 0; i < batch.length; i++) {
      const id = ids[i];
      this.append(id, batch.qualityOf(i), batch.metadataJson[i]);
      if (batch.hasPdq[i]) {
        const from = i * PDQ_WORDS;
        const to = this.pending * PDQ_WORDS;
        for (let w = 0; w < PDQ_WORDS; w++) pending[to + w] = words[from + w];
        this.pendingIds[this.pending++] = id;
      }
      const md5 = batch.md5[i];
      const sha256 = batch.sha256[i];
      if (md5) pushMap(this.md5, md5, id);
      if (sha256) pushMap(this.sha256, sha256, id);
    }
  }

  /** Moves the pending PDQ hashes into the multi-index. */
  flushPdq(): void {
    if (this.pending) this.pdq.addMany(this.pendingIds.subarray(0, this.pending), this.pendingWords.subarray(0, this.pending * PDQ_WORDS));
    this.pending = 0;
    this.pendingIds = new Uint32Array(0);
    this.pendingWords = new Uint32Array(0);
  }

  private reservePending(n: number): void {
    if (n <= this.pendingIds.length) return;
    const capacity = Math.max(n, this.pendingIds.length * 2);
    this.pendingIds = grownCopy(this.pendingIds, capacity, this.pending);
    this.pendingWords = grownCopy(this.pendingWords, capacity * PDQ_WORDS, this.pending * PDQ_WORDS);
  }

  remove(id: number, row: { md5: string | null; sha256: string | null }): void {
    this.flushPdq();
    const pos = this.positionOf(id);
    if (pos < 0 || this.quality[pos] === 254) return;
    this.quality[pos] = 254; // tombstone marker for the entry table
    this.metadata[pos] = null;
    this.live--;
    this.pdq.remove(id);
    if (row.md5) removeFromMap(this.md5, row.md5, id);
    if (row.sha256) removeFromMap(this.sha256, row.sha256, id);
  }

  entryQuality(id: number): number | null {
    const pos = this.positionOf(id);
    const q = pos < 0 ? QUALITY_UNKNOWN : this.quality[pos];
    return q > 100 ? null : q;
  }

  entryMetadata(id: number): Record<string, unknown> {
    const pos = this.positionOf(id);
    const json = pos < 0 ? null : this.metadata[pos];
    return json ? (JSON.parse(json) as Record<string, unknown>) : {};
  }

  private append(id: number, quality: number | null, metadataJson: string | null): void {
    if (this.count === this.ids.length) {
      const ids = new Uint32Array(this.ids.length * 2);
      ids.set(this.ids);
      const q = new Uint8Array(this.ids.length * 2);
      q.set(this.quality);
      this.ids = ids;
      this.quality = q;
    }
    if (this.count > 0 && this.ids[this.count - 1] >= id) this.sorted = false;
    this.ids[this.count] = id;
    this.quality[this.count] = quality ?? QUALITY_UNKNOWN;
    this.metadata[this.count] = metadataJson;
    this.count++;
    this.live++;
  }

  private positionOf(id: number): number {
    if (!this.sorted) return this.ids.subarray(0, this.count).indexOf(id);
    return searchSortedIds(this.ids, this.count, id);
  }
}

function pushMap(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

function removeFromMap(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (!list) return;
  const i = list.indexOf(id);
  if (i >= 0) list.splice(i, 1);
  if (!list.length) map.delete(key);
}

/** Splits JSONL text into pieces of `lines` lines, remembering each piece's first line number. */
function* jsonlChunks(text: string, lines: number): Generator<{ text: string; firstLine: number }> {
  let pos = 0;
  let line = 1;
  while (pos < text.length) {
    let end = pos;
    let n = 0;
    while (n < lines && end < text.length) {
      const nl = text.indexOf("\n", end);
      end = nl < 0 ? text.length : nl + 1;
      n++;
    }
    yield { text: text.slice(pos, end), firstLine: line };
    line += n;
    pos = end;
  }
}

/** Lines in `text` (an upper bound on JSONL records), counted without splitting. */
function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

function parseEntryId(id: string | number): number {
  const n = typeof id === "number" ? id : /^[0-9]{1,10}$/.test(id) ? Number(id) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > 0xffffffff) throw new BankError("entry_not_found", `no entry with id ${String(id).slice(0, 40)}`);
  return n;
}

export class BankService {
  private readonly indexes = new Map<string, BankIndex>();

  private constructor(
    private readonly store: BankStore,
    private readonly batchSize: number,
  ) {}

  /** Opens the service and builds every bank's index from the store. */
  static async open(opts: BankServiceOptions): Promise<BankService> {
    const service = new BankService(opts.store, opts.batchSize ?? 50_000);
    for (const bank of await opts.store.listBanks()) await service.loadBank(bank);
    return service;
  }

  private async loadBank(bank: Bank): Promise<BankIndex> {
    const index = new BankIndex(bank);
    index.reserve(await this.store.countEntries(bank.name));
    let after = 0;
    for (;;) {
      const rows = await this.store.scanEntries(bank.name, after, SCAN_PAGE_ROWS);
      if (!rows.length) break;
      index.addRows(rows);
      after = rows[rows.length - 1].id;
    }
    index.flushPdq(); // an empty index builds its tables from all of them at once
    this.indexes.set(bank.name, index);
    return index;
  }

  private requireIndex(name: string): BankIndex {
    const index = this.indexes.get(name);
    if (!index) throw new BankError("bank_not_found", `no bank named ${String(name).slice(0, 80)}`);
    return index;
  }

  async createBank(input: NewBank): Promise<BankSummary> {
    const name = validateBankName(input?.name);
    validateBankSettings(input);
    if (input.enabled !== undefined && typeof input.enabled !== "boolean") throw new BankError("invalid_bank", "enabled must be a boolean");
    if (this.indexes.has(name)) throw new BankError("bank_exists", `bank ${name} already exists`);
    const bank = await this.store.createBank({
      name,
      enabled: input.enabled ?? true,
      matchDistance: input.matchDistance ?? PDQ_DEFAULT_MATCH_DISTANCE,
      minQuality: input.minQuality ?? PDQ_DEFAULT_MIN_QUALITY,
      createdAt: new Date().toISOString(),
    });
    this.indexes.set(name, new BankIndex(bank));
    return { ...bank, entryCount: 0 };
  }

  listBanks(): BankSummary[] {
    return [...this.indexes.values()]
      .map((i) => ({ ...i.bank, entryCount: i.size }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  getBank(name: string): BankSummary {
    const index = this.requireIndex(name);
    return { ...index.bank, entryCount: index.size };
  }

  async updateBank(name: string, patch: BankPatch): Promise<BankSummary> {
    const index = this.requireIndex(name);
    validateBankSettings(patch);
    if (patch.enabled !== undefined && typeof patch.enabled !== "boolean") throw new BankError("invalid_bank", "enabled must be a boolean");
    const clean: BankPatch = {};
    if (patch.enabled !== undefined) clean.enabled = patch.enabled;
    if (patch.matchDistance !== undefined) clean.matchDistance = patch.matchDistance;
    if (patch.minQuality !== undefined) clean.minQuality = patch.minQuality;
    const bank = await this.store.updateBank(name, clean);
    if (!bank) throw new BankError("bank_not_found", `no bank named ${name}`);
    index.bank = bank;
    return { ...bank, entryCount: index.size };
  }

  enableBank(name: string): Promise<BankSummary> {
    return this.updateBank(name, { enabled: true });
  }

  disableBank(name: string): Promise<BankSummary> {
    return this.updateBank(name, { enabled: false });
  }

  async deleteBank(name: string): Promise<void> {
    this.requireIndex(name);
    await this.store.deleteBank(name);
    this.indexes.delete(name);
  }

  /** Validates every entry first (nothing is added when one is bad), then adds all in one transaction. */
  async addEntries(bank: string, entries: readonly NewEntry[]): Promise<{ ids: string[] }> {
    const index = this.requireIndex(bank);
    const ids = await this.addRecords(bank, index, validateEntries(entries));
    return { ids: ids.map(String) };
  }

  private async addRecords(bank: string, index: BankIndex, batch: EntryBatch): Promise<number[]> {
    if (!batch.length) return [];
    const ids = await this.store.addEntries(bank, batch);
    index.addBatch(batch, ids);
    index.flushPdq();
    return ids;
  }

  /**
   * Imports a hash list (JSONL, CSV, ThreatExchange or StopNCII JSON). Valid records are added in
   * transactions of `batchSize`; records that cannot be read are reported, not guessed.
   */
  async importEntries(bank: string, text: string, format: ImportFormat | "auto" = "auto"): Promise<ImportResult> {
    const index = this.requireIndex(bank);
    const resolved = format === "auto" ? detectImportFormat(text) : format;
    const result: ImportResult = { format: resolved, added: 0, skipped: 0, errors: [], firstId: null, lastId: null };
    // JSONL is read, validated and stored one batch of lines at a time, so memory stays bounded.
    // The other formats need the whole document (a CSV header, a JSON envelope).
    const chunks = resolved === "jsonl" ? jsonlChunks(text, this.batchSize) : [{ text, firstLine: 1 }];
    if (resolved === "jsonl") index.reserve(countLines(text));
    // The multi-index gets the imported hashes once, at the end (in `finally`, so batches committed
    // before a failure are matchable too): one table build instead of one per batch (at 1 M lines,
    // 20 builds cost more than reading, validating and storing together). With the SQLite store no
    // search runs in between (its calls do not yield to the event loop); with a store that yields, a
    // concurrent search sees the imported hashes when the import returns, as its caller does.
    try {
      for (const chunk of chunks) {
        for (const batch of this.readBatches(chunk.text, resolved, chunk.firstLine - 1, result)) {
          const ids = await this.store.addEntries(bank, batch);
          index.addBatch(batch, ids);
          result.firstId ??= String(ids[0]);
          result.lastId = String(ids[ids.length - 1]);
          result.added += ids.length;
        }
      }
    } finally {
      index.flushPdq();
    }
    result.errors.sort((a, b) => a.record - b.record);
    result.errors = result.errors.slice(0, 1000);
    return result;
  }

  /**
   * Reads and validates `text` straight into batches of at most `batchSize` entries (no list of
   * parsed entries in between); errors and skips go to `result`, record numbers shifted by `shift`.
   */
  private readBatches(text: string, format: ImportFormat, shift: number, result: ImportResult): EntryBatch[] {
    // a record with a PDQ takes at least 64 characters: room for that many up front, no regrowth
    const batches = [new EntryBatch(Math.min(this.batchSize, Math.ceil(text.length / 64)))];
    const issues: { path: string; message: string }[] = [];
    readBankImport(text, format, {
      entry: (record, entry) => {
        let batch = batches[batches.length - 1];
        if (batch.length === this.batchSize) batches.push((batch = new EntryBatch(this.batchSize)));
        if (validateEntryInto(batch, entry, "", issues)) return;
        for (const issue of issues) result.errors.push({ record: record + shift, message: `${issue.path.replace(/^\./, "") || "entry"}: ${issue.message}` });
        issues.length = 0;
      },
      error: (record, message) => result.errors.push({ record: record + shift, message }),
      skip: () => result.skipped++,
    });
    return batches.filter((b) => b.length > 0);
  }

  async getEntry(bank: string, id: string): Promise<BankEntry> {
    this.requireIndex(bank);
    const entry = await this.store.getEntry(bank, parseEntryId(id));
    if (!entry) throw new BankError("entry_not_found", `no entry ${id} in bank ${bank}`);
    return entry;
  }

  async deleteEntry(bank: string, id: string): Promise<void> {
    const index = this.requireIndex(bank);
    const n = parseEntryId(id);
    const entry = await this.store.getEntry(bank, n);
    if (!entry || !(await this.store.deleteEntry(bank, n))) throw new BankError("entry_not_found", `no entry ${id} in bank ${bank}`);
    index.remove(n, entry);
  }

  /**
   * Every match of the query in the enabled banks (or `opts.banks`), best first. PDQ matches are
   * skipped for a bank when the query's or the entry's known quality is below the bank's minimum.
   */
  match(q: MatchQuery, opts: MatchOptions = {}): BankMatch[] {
    const queries = this.pdqQueries(q, opts);
    const md5 = q.md5?.toLowerCase();
    const sha256 = q.sha256?.toLowerCase();
    if (md5 !== undefined && !MD5_HEX_RE.test(md5)) throw new BankError("invalid_query", "md5 must be 32 hex digits");
    if (sha256 !== undefined && !SHA256_HEX_RE.test(sha256)) throw new BankError("invalid_query", "sha256 must be 64 hex digits");
    if (q.quality !== undefined && !(Number.isInteger(q.quality) && q.quality >= 0 && q.quality <= 100)) {
      throw new BankError("invalid_query", "quality must be an integer 0..100");
    }
    const banks = opts.banks ? opts.banks.map((b) => this.requireIndex(b)) : [...this.indexes.values()];
    const matches: BankMatch[] = [];
    for (const index of banks) {
      const bank = index.bank;
      if (!bank.enabled) continue;
      if (queries.length && (q.quality === undefined || q.quality >= bank.minQuality)) {
        const best = new Map<number, { distance: number; dihedral: string }>();
        for (const { words, dihedral } of queries) {
          for (const hit of index.pdq.search(words, bank.matchDistance)) {
            const prev = best.get(hit.id);
            if (!prev || hit.distance < prev.distance) best.set(hit.id, { distance: hit.distance, dihedral });
          }
        }
        for (const [id, { distance, dihedral }] of best) {
          const quality = index.entryQuality(id);
          if (quality !== null && quality < bank.minQuality) continue;
          const m: BankMatch = { bank: bank.name, entryId: String(id), signal: "pdq", distance, metadata: index.entryMetadata(id) };
          if (opts.dihedral) m.dihedral = dihedral;
          matches.push(m);
        }
      }
      for (const [signal, value, map] of [
        ["md5", md5, index.md5],
        ["sha256", sha256, index.sha256],
      ] as const) {
        if (!value) continue;
        for (const id of map.get(value) ?? []) {
          matches.push({ bank: bank.name, entryId: String(id), signal, distance: 0, metadata: index.entryMetadata(id) });
        }
      }
    }
    return matches.sort((a, b) => a.distance - b.distance || (a.bank < b.bank ? -1 : a.bank > b.bank ? 1 : Number(a.entryId) - Number(b.entryId)));
  }

  private pdqQueries(q: MatchQuery, opts: MatchOptions): { words: Uint32Array; dihedral: string }[] {
    if (q.pdq === undefined) {
      if (opts.dihedral && q.dihedrals) throw new BankError("invalid_query", "dihedral matching needs pdq as well as dihedrals");
      return [];
    }
    if (!isPdqHex(q.pdq)) throw new BankError("invalid_query", "pdq must be 64 hex digits");
    const out = [{ words: parsePdqHex(q.pdq), dihedral: "orig" }];
    if (!opts.dihedral) return out;
    if (!q.dihedrals) throw new BankError("invalid_query", "dihedral matching needs the 8 dihedral hashes (as /v1/hash returns them)");
    for (const name of DIHEDRAL_NAMES) {
      if (name === "orig") continue;
      const hex = q.dihedrals[name];
      if (!isPdqHex(hex)) throw new BankError("invalid_query", `dihedrals.${name} must be 64 hex digits`);
      out.push({ words: parsePdqHex(hex), dihedral: name });
    }
    return out;
  }

  async close(): Promise<void> {
    await this.store.close();
  }
}
