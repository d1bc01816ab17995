/**
 * Where banks and entries live. The SQLite implementation (`src/storage/sqlite-bank-store.ts`) is
 * the default; a PostgreSQL one can follow for replicas that share banks. Every implementation
 * must pass `test/contracts/bank-store.contract.ts`.
 *
 * Durability contract: when a write method's promise resolves, the write is committed and survives
 * a crash of the process. `addEntries` is atomic: all rows or none.
 */
import type { EntryBatch } from "./entry-batch.js";
import type { Bank, BankEntry, BankPatch, EntryRow } from "./types.js";

/** A validated entry ready to store (PDQ as 64 lowercase hex digits, metadata as JSON text). */
export type EntryRecord = Omit<EntryRow, "id">;

export interface BankStore {
  /** Throws BankError("bank_exists") when the name is taken. */
  createBank(bank: Bank): Promise<Bank>;
  listBanks(): Promise<Bank[]>;
  getBank(name: string): Promise<Bank | null>;
  /** Null when the bank does not exist. */
  updateBank(name: string, patch: BankPatch): Promise<Bank | null>;
  /** Deletes the bank and all its entries; false when it did not exist. */
  deleteBank(name: string): Promise<boolean>;
  /** Adds the batch's entries in one transaction; returns their new ids in batch order. Throws BankError("bank_not_found"). */
  addEntries(bank: string, entries: EntryBatch): Promise<number[]>;
  /** False when no such entry in that bank. */
  deleteEntry(bank: string, id: number): Promise<boolean>;
  getEntry(bank: string, id: number): Promise<BankEntry | null>;
  countEntries(bank: string): Promise<number>;
  /** Entries with id > afterId in ascending id order, at most `limit` (for building indexes). */
  scanEntries(bank: string, afterId: number, limit: number): Promise<EntryRow[]>;
  close(): Promise<void>;
}
