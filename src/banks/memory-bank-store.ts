/**
 * In-memory BankStore: the test fake (and a store for throwaway demos). Same contract as SQLite,
 * minus durability across processes.
 */
import type { BankStore } from "./bank-store.js";
import type { EntryBatch } from "./entry-batch.js";
import { BankError, type Bank, type BankEntry, type BankPatch, type EntryRow } from "./types.js";

interface StoredEntry extends EntryRow {
  createdAt: string;
}

export class MemoryBankStore implements BankStore {
  private readonly banks = new Map<string, { bank: Bank; entries: Map<number, StoredEntry> }>();
  private nextId = 1;

  async createBank(bank: Bank): Promise<Bank> {
    if (this.banks.has(bank.name)) throw new BankError("bank_exists", `bank ${bank.name} already exists`);
    this.banks.set(bank.name, { bank: { ...bank }, entries: new Map() });
    return { ...bank };
  }

  async listBanks(): Promise<Bank[]> {
    return [...this.banks.values()].map((b) => ({ ...b.bank })).sort((a, b) => (a.name < b.name ? -1 : 1));
  }

  async getBank(name: string): Promise<Bank | null> {
    const b = this.banks.get(name);
    return b ? { ...b.bank } : null;
  }

  async updateBank(name: string, patch: BankPatch): Promise<Bank | null> {
    const b = this.banks.get(name);
    if (!b) return null;
    b.bank = { ...b.bank, ...patch };
    return { ...b.bank };
  }

  async deleteBank(name: string): Promise<boolean> {
    return this.banks.delete(name);
  }

  async addEntries(bank: string, entries: EntryBatch): Promise<number[]> {
    const b = this.require(bank);
    const createdAt = new Date().toISOString();
    const ids: number[] = [];
    for (let i = 0; i < entries.length; i++) {
      const id = this.nextId++;
      b.entries.set(id, { ...entries.record(i), id, createdAt });
      ids.push(id);
    }
    return ids;
  }

  async deleteEntry(bank: string, id: number): Promise<boolean> {
    return this.require(bank).entries.delete(id);
  }

  async getEntry(bank: string, id: number): Promise<BankEntry | null> {
    const e = this.require(bank).entries.get(id);
    if (!e) return null;
    return {
      id: String(e.id),
      bank,
      pdq: e.pdq,
      quality: e.quality,
      md5: e.md5,
      sha256: e.sha256,
      metadata: e.metadataJson ? (JSON.parse(e.metadataJson) as Record<string, unknown>) : {},
      createdAt: e.createdAt,
    };
  }

  async countEntries(bank: string): Promise<number> {
    return this.require(bank).entries.size;
  }

  async scanEntries(bank: string, afterId: number, limit: number): Promise<EntryRow[]> {
    return [...this.require(bank).entries.values()]
      .filter((e) => e.id > afterId)
      .sort((a, b) => a.id - b.id)
      .slice(0, limit)
      .map(({ createdAt: _c, ...row }) => row);
  }

  async close(): Promise<void> {}

  private require(name: string) {
    const b = this.banks.get(name);
    if (!b) throw new BankError("bank_not_found", `no bank named ${name}`);
    return b;
  }
}
