/** Validation of bank entries and bank settings: every problem of a batch is listed at once. */
import { PDQ_WORDS, readPdqHex } from "../signals/pdq/hash256.js";
import { MD5_HEX_RE, SHA256_HEX_RE } from "../signals/crypto-hashes.js";
import { EntryBatch } from "./entry-batch.js";
import { BANK_NAME_RE, BankError, PDQ_MAX_MATCH_DISTANCE, type NewEntry } from "./types.js";

/** Metadata is for provenance (source, case id, tags), not content: keep it small. */
export const MAX_METADATA_BYTES = 4096;

export interface EntryIssue {
  path: string;
  message: string;
}

/**
 * Checks one entry and appends it to `batch`; when it is invalid, pushes its issues (paths
 * prefixed with `path`), leaves the batch as it was and returns false.
 */
export function validateEntryInto(batch: EntryBatch, entry: unknown, path: string, issues: EntryIssue[]): boolean {
  const before = issues.length;
  if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
    issues.push({ path, message: "an entry must be an object" });
    return false;
  }
  const e = entry as Record<string, unknown>;
  const pdq = e.pdq;
  const md5 = e.md5;
  const sha256 = e.sha256;
  if (pdq === undefined && md5 === undefined && sha256 === undefined) {
    issues.push({ path, message: "an entry needs at least one of pdq, md5, sha256" });
  }
  const i = batch.length;
  batch.reserve(i + 1);
  // Parses straight into the batch (one pass over the digits, no regex, no lower-casing).
  if (pdq !== undefined && !(typeof pdq === "string" && readPdqHex(pdq, batch.pdqWords, i * PDQ_WORDS))) {
    issues.push({ path: `${path}.pdq`, message: describeHex(pdq, 64) });
  }
  if (md5 !== undefined && !(typeof md5 === "string" && MD5_HEX_RE.test(md5.toLowerCase()))) {
    issues.push({ path: `${path}.md5`, message: describeHex(md5, 32) });
  }
  if (sha256 !== undefined && !(typeof sha256 === "string" && SHA256_HEX_RE.test(sha256.toLowerCase()))) {
    issues.push({ path: `${path}.sha256`, message: describeHex(sha256, 64) });
  }
  const quality = e.quality;
  if (quality !== undefined && quality !== null && !(Number.isInteger(quality) && (quality as number) >= 0 && (quality as number) <= 100)) {
    issues.push({ path: `${path}.quality`, message: "quality must be an integer 0..100" });
  }
  let metadataJson: string | null = null;
  if (e.metadata !== undefined && e.metadata !== null) {
    if (typeof e.metadata !== "object" || Array.isArray(e.metadata)) {
      issues.push({ path: `${path}.metadata`, message: "metadata must be an object" });
    } else {
      metadataJson = JSON.stringify(e.metadata);
      if (Buffer.byteLength(metadataJson) > MAX_METADATA_BYTES) {
        issues.push({ path: `${path}.metadata`, message: `metadata is over ${MAX_METADATA_BYTES} bytes of JSON` });
      }
      if (metadataJson === "{}") metadataJson = null;
    }
  }
  if (issues.length > before) return false;
  batch.commit(
    pdq !== undefined,
    quality === undefined || quality === null ? null : (quality as number),
    md5 === undefined ? null : (md5 as string).toLowerCase(),
    sha256 === undefined ? null : (sha256 as string).toLowerCase(),
    metadataJson,
  );
  return true;
}

/** Validates a batch; throws BankError("invalid_entry") listing every problem. */
export function validateEntries(entries: readonly NewEntry[] | unknown): EntryBatch {
  if (!Array.isArray(entries)) throw new BankError("invalid_entry", "entries must be an array");
  const issues: EntryIssue[] = [];
  const batch = new EntryBatch(Math.max(1, entries.length));
  entries.forEach((entry, i) => validateEntryInto(batch, entry, `entries.${i}`, issues));
  if (issues.length) {
    const shown = issues.slice(0, 100);
    throw new BankError("invalid_entry", `${issues.length} invalid entr${issues.length === 1 ? "y" : "ies"}; nothing was added`, shown);
  }
  return batch;
}

export function validateBankName(name: unknown): string {
  if (typeof name !== "string" || !BANK_NAME_RE.test(name)) {
    throw new BankError("invalid_bank", "a bank name is 1-64 characters: letters, digits, '_', '.', '-' (starting with a letter or digit)");
  }
  return name;
}

export function validateBankSettings(s: { matchDistance?: unknown; minQuality?: unknown }): void {
  if (s.matchDistance !== undefined && !(Number.isInteger(s.matchDistance) && (s.matchDistance as number) >= 0 && (s.matchDistance as number) <= PDQ_MAX_MATCH_DISTANCE)) {
    throw new BankError("invalid_bank", `matchDistance must be an integer 0..${PDQ_MAX_MATCH_DISTANCE}`);
  }
  if (s.minQuality !== undefined && !(Number.isInteger(s.minQuality) && (s.minQuality as number) >= 0 && (s.minQuality as number) <= 100)) {
    throw new BankError("invalid_bank", "minQuality must be an integer 0..100");
  }
}

function describeHex(value: unknown, digits: number): string {
  if (typeof value !== "string") return `must be a string of ${digits} hex digits`;
  if (value.length !== digits) return `must be ${digits} hex digits; got ${value.length} characters`;
  return `must be ${digits} hex digits; found a non-hex character`;
}
