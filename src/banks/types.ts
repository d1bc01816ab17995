/**
 * Banks: named sets of signal values (PDQ, MD5, SHA-256) of known abusive images, with
 * per-entry metadata, matched by distance. Only hashes are stored, never images.
 */

/** Reference threshold: PDQ hashes within 31 bits are the same image (ThreatExchange guidance). */
export const PDQ_DEFAULT_MATCH_DISTANCE = 31;
/** Reference guidance: below quality 50 a PDQ hash is too unreliable to match. */
export const PDQ_DEFAULT_MIN_QUALITY = 50;
/** Largest per-bank match distance the multi-index can serve exactly (16 substrings × 3 flips). */
export const PDQ_MAX_MATCH_DISTANCE = 63;
export const BANK_NAME_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

export interface Bank {
  name: string;
  enabled: boolean;
  /** Largest PDQ Hamming distance reported as a match for this bank. */
  matchDistance: number;
  /** PDQ hashes (query or entry) with a known quality below this are not matched. */
  minQuality: number;
  createdAt: string;
}

export interface NewBank {
  name: string;
  enabled?: boolean;
  matchDistance?: number;
  minQuality?: number;
}

export type BankPatch = Partial<Pick<Bank, "enabled" | "matchDistance" | "minQuality">>;

/** An entry to add: at least one signal; metadata such as source or case id (never content). */
export interface NewEntry {
  pdq?: string;
  quality?: number;
  md5?: string;
  sha256?: string;
  metadata?: Record<string, unknown>;
}

/** An entry as stored: `id` is stable forever (never reused after a delete). */
export interface BankEntry {
  id: string;
  bank: string;
  pdq: string | null;
  quality: number | null;
  md5: string | null;
  sha256: string | null;
  metadata: Record<string, unknown>;
  createdAt: string;
}

/**
 * Compact row used to build indexes: pdq as 64 lowercase hex digits (stores may keep 32 raw bytes;
 * a short string is cheaper to move across a native boundary than a Buffer per row), metadata still JSON text.
 */
export interface EntryRow {
  id: number;
  pdq: string | null;
  quality: number | null;
  md5: string | null;
  sha256: string | null;
  metadataJson: string | null;
}

export type BankSignal = "pdq" | "md5" | "sha256";

export interface BankMatch {
  bank: string;
  entryId: string;
  signal: BankSignal;
  /** Hamming distance for PDQ; 0 for exact signals. */
  distance: number;
  metadata: Record<string, unknown>;
  /** For dihedral matching: which rotation/flip of the query matched. */
  dihedral?: string;
}

export interface MatchQuery {
  pdq?: string;
  /** Quality of the query hash, when known. */
  quality?: number;
  md5?: string;
  sha256?: string;
  /** The 8 dihedral hashes (as from hashPdq), needed for `dihedral: true`. */
  dihedrals?: Record<string, string>;
}

export interface MatchOptions {
  /** Also match rotations/flips of the query (needs `query.dihedrals`). */
  dihedral?: boolean;
  /** Only these banks (default: all enabled banks). */
  banks?: string[];
}

export type BankErrorCode = "bank_not_found" | "bank_exists" | "entry_not_found" | "invalid_bank" | "invalid_entry" | "invalid_query";

/** Domain error; the HTTP layer maps codes to statuses. */
export class BankError extends Error {
  constructor(
    readonly code: BankErrorCode,
    message: string,
    readonly issues?: { path: string; message: string }[],
  ) {
    super(message);
    this.name = "BankError";
  }
}
