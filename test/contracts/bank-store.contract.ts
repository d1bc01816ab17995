/**
 * The contract every BankStore implementation must pass. Call `describeBankStoreContract` from a
 * test file with a factory that returns a fresh, empty store.
 */
import { describe, expect, it } from "vitest";
import type { BankStore, EntryRecord } from "../../src/banks/bank-store.js";
import { EntryBatch } from "../../src/banks/entry-batch.js";
import { BankError, type Bank } from "../../src/banks/types.js";

const HEX_A = "d8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22";
const HEX_B = "0007001f003f003f007f00ff00ff00ff01ff01ff01ff03ff03ff03ff03ff03ff";

function bank(name: string, over: Partial<Bank> = {}): Bank {
  return { name, enabled: true, matchDistance: 31, minQuality: 50, createdAt: "2026-01-01T00:00:00.000Z", ...over };
}

function record(over: Partial<EntryRecord> = {}): EntryRecord {
  return { pdq: HEX_A, quality: 90, md5: null, sha256: null, metadataJson: '{"source":"test"}', ...over };
}

async function rejectsWith(p: Promise<unknown>, code: string) {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(BankError);
  expect((err as BankError).code).toBe(code);
}

export function describeBankStoreContract(name: string, makeStore: () => Promise<BankStore> | BankStore): void {
  describe(`BankStore contract: ${name}`, () => {
    it("creates, lists, gets, updates and deletes banks", async () => {
      const store = await makeStore();
      await store.createBank(bank("b-one"));
      await store.createBank(bank("a-two", { enabled: false, matchDistance: 20, minQuality: 70 }));
      await rejectsWith(store.createBank(bank("b-one")), "bank_exists");
      expect((await store.listBanks()).map((b) => b.name)).toEqual(["a-two", "b-one"]);
      expect(await store.getBank("a-two")).toEqual(bank("a-two", { enabled: false, matchDistance: 20, minQuality: 70 }));
      expect(await store.getBank("nope")).toBeNull();
      expect(await store.updateBank("a-two", { enabled: true, minQuality: 10 })).toMatchObject({ enabled: true, minQuality: 10, matchDistance: 20 });
      expect((await store.getBank("a-two"))!.enabled).toBe(true);
      expect(await store.updateBank("nope", { enabled: true })).toBeNull();
      expect(await store.deleteBank("a-two")).toBe(true);
      expect(await store.deleteBank("a-two")).toBe(false);
      expect((await store.listBanks()).map((b) => b.name)).toEqual(["b-one"]);
      await store.close();
    });

    it("adds entries with ascending stable ids, reads them back, scans in pages", async () => {
      const store = await makeStore();
      await store.createBank(bank("x"));
      const ids = await store.addEntries("x", EntryBatch.from([
        record(),
        record({ pdq: HEX_B, quality: null, metadataJson: null }),
        record({ pdq: null, md5: "900150983cd24fb0d6963f7d28e17f72" }),
      ]));
      expect(ids).toHaveLength(3);
      expect(ids[0]).toBeLessThan(ids[1]);
      expect(ids[1]).toBeLessThan(ids[2]);
      const e0 = await store.getEntry("x", ids[0]);
      expect(e0).toMatchObject({ id: String(ids[0]), bank: "x", pdq: HEX_A, quality: 90, md5: null, metadata: { source: "test" } });
      expect(await store.getEntry("x", ids[1])).toMatchObject({ pdq: HEX_B, quality: null, metadata: {} });
      expect(await store.getEntry("x", ids[2])).toMatchObject({ pdq: null, md5: "900150983cd24fb0d6963f7d28e17f72" });
      expect(await store.countEntries("x")).toBe(3);
      const page1 = await store.scanEntries("x", 0, 2);
      expect(page1.map((r) => r.id)).toEqual(ids.slice(0, 2));
      expect(page1[0].pdq).toBe(HEX_A);
      const page2 = await store.scanEntries("x", page1[1].id, 2);
      expect(page2.map((r) => r.id)).toEqual([ids[2]]);
      expect(await store.scanEntries("x", ids[2], 2)).toEqual([]);
      await store.close();
    });

    it("stores a large mixed batch exactly (several multi-row statements, entries with and without a PDQ)", async () => {
      const store = await makeStore();
      await store.createBank(bank("x"));
      const hex = (i: number) => (i * 2654435761 >>> 0).toString(16).padStart(8, "0").repeat(8);
      const records = Array.from({ length: 601 }, (_, i): EntryRecord =>
        i % 3 === 2
          ? record({ pdq: null, quality: null, md5: hex(i).slice(0, 32), metadataJson: null })
          : record({ pdq: hex(i), quality: i % 101, metadataJson: i % 2 ? `{"i":${i}}` : null }),
      );
      const ids = await store.addEntries("x", EntryBatch.from(records));
      expect(ids).toHaveLength(601);
      const rows = await store.scanEntries("x", 0, 1000);
      expect(rows.map((r) => r.id)).toEqual(ids);
      expect(rows.map(({ id: _id, ...r }) => r)).toEqual(records);
      expect(await store.getEntry("x", ids[597])).toMatchObject({ pdq: hex(597), quality: 597 % 101, metadata: { i: 597 } });
      // hash-only rows (the bulk import's usual shape), then a mixed tail
      const plain = Array.from({ length: 515 }, (_, i): EntryRecord => record({ pdq: hex(i + 1000), quality: i % 7 ? i % 101 : null, metadataJson: null }));
      plain[514] = record({ pdq: null, quality: null, sha256: hex(7), metadataJson: null });
      const plainIds = await store.addEntries("x", EntryBatch.from(plain));
      expect((await store.scanEntries("x", ids[600], 1000)).map(({ id: _id, ...r }) => r)).toEqual(plain);
      expect(plainIds[0]).toBeGreaterThan(ids[600]);
      await store.close();
    });

    it("never reuses an id after a delete, and keeps banks apart", async () => {
      const store = await makeStore();
      await store.createBank(bank("x"));
      await store.createBank(bank("y"));
      const [a, b] = await store.addEntries("x", EntryBatch.from([record(), record()]));
      expect(await store.deleteEntry("y", b)).toBe(false); // wrong bank
      expect(await store.deleteEntry("x", b)).toBe(true);
      expect(await store.deleteEntry("x", b)).toBe(false);
      expect(await store.getEntry("x", b)).toBeNull();
      const [c] = await store.addEntries("x", EntryBatch.from([record()]));
      expect(c).toBeGreaterThan(b);
      expect((await store.scanEntries("x", 0, 10)).map((r) => r.id)).toEqual([a, c]);
      expect(await store.countEntries("y")).toBe(0);
      await store.close();
    });

    it("deleting a bank deletes its entries; unknown banks are bank_not_found", async () => {
      const store = await makeStore();
      await store.createBank(bank("x"));
      await store.addEntries("x", EntryBatch.from([record()]));
      await store.deleteBank("x");
      await store.createBank(bank("x"));
      expect(await store.countEntries("x")).toBe(0);
      await rejectsWith(store.addEntries("nope", EntryBatch.from([record()])), "bank_not_found");
      await rejectsWith(store.scanEntries("nope", 0, 1), "bank_not_found");
      await store.close();
    });
  });
}
