import { describe, expect, it } from "vitest";
import { BankService } from "./bank-service.js";
import { MemoryBankStore } from "./memory-bank-store.js";
import { BankError } from "./types.js";

const A = "d8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22";
const A_ROT90 = "f0a10efd51c83d429053d48d0fffbc52e34e0e17ada956a9d29685211ea9e58f";
const DIHEDRALS = {
  orig: A,
  rot90: A_ROT90,
  rot180: "adad5a64b5a102e55b62a88052dacd5ae63b847fc337b4b766b399361bc93188",
  rot270: "a5f0b457248995e8c1065c275aaa56d8b61ba4bdf8fcfc0383c32f8b0bfc4f05",
  flipx: "d8f80f31e0f457b00637f5d5038f980fb36ed12a9662c1e233e64c634e9c64dd",
  flipy: "8dada49991a1bd1a5362577742da32a5e63b7b80c2364b4866b346c91bc9ce77",
  flipplus1: "f0a1e10271ccc0bd90530b720fff038de34ef1e8ada9a956d6967ade5ea91a50",
  flipminus1: "a5f44ba8a4996a17cd06a1d85aaaa927b61b5b42f8fc03fc83c3d0740bfcb0fa",
};

/** Flips the low `bits` bits of the last hex digits of a hash. */
function nudge(hex: string, bits: number): string {
  let out = hex;
  for (let i = 0; i < bits; i++) {
    const pos = 63 - Math.floor(i / 4);
    const digit = parseInt(out[pos], 16) ^ (1 << (i % 4));
    out = out.slice(0, pos) + digit.toString(16) + out.slice(pos + 1);
  }
  return out;
}

async function codeOf(p: Promise<unknown> | (() => unknown)): Promise<string> {
  try {
    await (typeof p === "function" ? p() : p);
  } catch (e) {
    expect(e).toBeInstanceOf(BankError);
    return (e as BankError).code;
  }
  return "no error";
}

async function serviceWithBank() {
  const service = await BankService.open({ store: new MemoryBankStore() });
  await service.createBank({ name: "ncii" });
  return service;
}

describe("BankService", () => {
  it("creates banks with defaults and refuses duplicates and bad names/settings", async () => {
    const s = await serviceWithBank();
    expect(s.getBank("ncii")).toMatchObject({ name: "ncii", enabled: true, matchDistance: 31, minQuality: 50, entryCount: 0 });
    expect(await codeOf(s.createBank({ name: "ncii" }))).toBe("bank_exists");
    expect(await codeOf(s.createBank({ name: "bad name!" }))).toBe("invalid_bank");
    expect(await codeOf(s.createBank({ name: "x", matchDistance: 200 }))).toBe("invalid_bank");
    expect(await codeOf(s.createBank({ name: "x", minQuality: -1 }))).toBe("invalid_bank");
    expect(await codeOf(() => s.getBank("missing"))).toBe("bank_not_found");
  });

  it("matches PDQ within the bank's distance with metadata; an add is visible to the next query", async () => {
    const s = await serviceWithBank();
    expect(s.match({ pdq: A, quality: 100 })).toEqual([]);
    const { ids } = await s.addEntries("ncii", [{ pdq: A, quality: 100, metadata: { source: "stopncii", caseId: "c-1" } }]);
    const m = s.match({ pdq: nudge(A, 10), quality: 100 });
    expect(m).toEqual([{ bank: "ncii", entryId: ids[0], signal: "pdq", distance: 10, metadata: { source: "stopncii", caseId: "c-1" } }]);
    expect(s.match({ pdq: nudge(A, 31) })).toHaveLength(1);
    expect(s.match({ pdq: nudge(A, 32) })).toHaveLength(0);
    await s.updateBank("ncii", { matchDistance: 8 });
    expect(s.match({ pdq: nudge(A, 10) })).toHaveLength(0);
  });

  it("deletes entries (visible immediately) and refuses unknown ids", async () => {
    const s = await serviceWithBank();
    const { ids } = await s.addEntries("ncii", [{ pdq: A }, { md5: "900150983cd24fb0d6963f7d28e17f72" }]);
    await s.deleteEntry("ncii", ids[0]);
    expect(s.match({ pdq: A })).toEqual([]);
    expect(s.match({ md5: "900150983CD24FB0D6963F7D28E17F72" })).toMatchObject([{ signal: "md5", entryId: ids[1], distance: 0 }]);
    expect(await codeOf(s.deleteEntry("ncii", ids[0]))).toBe("entry_not_found");
    expect(await codeOf(s.deleteEntry("ncii", "abc"))).toBe("entry_not_found");
    expect(await codeOf(s.deleteEntry("nope", ids[1]))).toBe("bank_not_found");
    expect(s.getBank("ncii").entryCount).toBe(1);
  });

  it("applies the minimum quality to the query and to entries", async () => {
    const s = await serviceWithBank();
    await s.addEntries("ncii", [{ pdq: A, quality: 30 }, { pdq: nudge(A, 3), quality: 90 }, { pdq: nudge(A, 5) }]);
    expect(s.match({ pdq: A, quality: 49 })).toEqual([]);
    expect(s.match({ pdq: A, quality: 50 }).map((m) => m.distance)).toEqual([3, 5]);
    await s.updateBank("ncii", { minQuality: 0 });
    expect(s.match({ pdq: A, quality: 10 }).map((m) => m.distance)).toEqual([0, 3, 5]);
  });

  it("skips disabled banks and honours the banks option", async () => {
    const s = await serviceWithBank();
    await s.createBank({ name: "deepfakes" });
    await s.addEntries("ncii", [{ pdq: A }]);
    await s.addEntries("deepfakes", [{ pdq: A }]);
    expect(s.match({ pdq: A }).map((m) => m.bank)).toEqual(["deepfakes", "ncii"]);
    expect(s.match({ pdq: A }, { banks: ["ncii"] }).map((m) => m.bank)).toEqual(["ncii"]);
    await s.disableBank("ncii");
    expect(s.match({ pdq: A }).map((m) => m.bank)).toEqual(["deepfakes"]);
    await s.enableBank("ncii");
    expect(s.match({ pdq: A })).toHaveLength(2);
    expect(await codeOf(() => s.match({ pdq: A }, { banks: ["nope"] }))).toBe("bank_not_found");
    await s.deleteBank("deepfakes");
    expect(s.listBanks().map((b) => b.name)).toEqual(["ncii"]);
  });

  it("matches rotations and flips only when asked, naming the dihedral", async () => {
    const s = await serviceWithBank();
    const { ids } = await s.addEntries("ncii", [{ pdq: A_ROT90 }]);
    expect(s.match({ pdq: A, dihedrals: DIHEDRALS })).toEqual([]);
    expect(s.match({ pdq: A, dihedrals: DIHEDRALS }, { dihedral: true })).toEqual([
      { bank: "ncii", entryId: ids[0], signal: "pdq", distance: 0, metadata: {}, dihedral: "rot90" },
    ]);
    expect(await codeOf(() => s.match({ pdq: A }, { dihedral: true }))).toBe("invalid_query");
  });

  it("refuses malformed entries, listing every problem and adding nothing", async () => {
    const s = await serviceWithBank();
    const err = await s.addEntries("ncii", [{ pdq: A }, { pdq: A.slice(2) }, { pdq: `${A.slice(1)}z` }, {}, { md5: "xyz" }, { pdq: A, quality: 101 }]).catch((e) => e);
    expect(err).toBeInstanceOf(BankError);
    expect(err.code).toBe("invalid_entry");
    expect(err.issues.map((i: { path: string }) => i.path)).toEqual(["entries.1.pdq", "entries.2.pdq", "entries.3", "entries.4.md5", "entries.5.quality"]);
    expect(err.issues[0].message).toMatch(/64 hex digits; got 62/);
    expect(s.getBank("ncii").entryCount).toBe(0);
    expect(await codeOf(() => s.match({ pdq: "abc" }))).toBe("invalid_query");
    expect(await codeOf(() => s.match({ md5: "abc" }))).toBe("invalid_query");
  });

  it("rebuilds identical indexes when reopened on the same store", async () => {
    const store = new MemoryBankStore();
    const s1 = await BankService.open({ store });
    await s1.createBank({ name: "ncii", matchDistance: 20 });
    const { ids } = await s1.addEntries("ncii", [{ pdq: A, metadata: { caseId: "7" } }, { pdq: nudge(A, 12) }]);
    await s1.deleteEntry("ncii", ids[1]);
    const s2 = await BankService.open({ store, batchSize: 1 });
    expect(s2.getBank("ncii")).toMatchObject({ matchDistance: 20, entryCount: 1 });
    expect(s2.match({ pdq: nudge(A, 12) })).toEqual(s1.match({ pdq: nudge(A, 12) }));
    expect(s2.match({ pdq: A })).toMatchObject([{ entryId: ids[0], metadata: { caseId: "7" } }]);
  });

  it("imports hash lists, reporting unreadable records and skipping withdrawn ones", async () => {
    const s = await serviceWithBank();
    const jsonl = [JSON.stringify({ pdq: A, quality: 90, caseId: "a" }), "not json", JSON.stringify({ pdq: "short" }), ""].join("\n");
    const r = await s.importEntries("ncii", jsonl);
    expect(r).toMatchObject({ format: "jsonl", added: 1, skipped: 0 });
    expect(r.errors.map((e) => e.record)).toEqual([2, 3]);
    expect(s.match({ pdq: A })[0].metadata).toEqual({ caseId: "a" });
  });
});

describe("BankService.importEntries in batches", () => {
  it("numbers records across JSONL batches and adds every valid line", async () => {
    const s = await BankService.open({ store: new MemoryBankStore(), batchSize: 3 });
    await s.createBank({ name: "b" });
    const lines = Array.from({ length: 10 }, (_, i) => (i === 4 || i === 8 ? "{bad" : JSON.stringify({ pdq: nudge(A, i), n: i })));
    const r = await s.importEntries("b", lines.join("\n"), "jsonl");
    expect(r.added).toBe(8);
    expect(r.errors.map((e) => e.record)).toEqual([5, 9]);
    expect(Number(r.lastId) - Number(r.firstId)).toBe(7);
    expect(s.match({ pdq: nudge(A, 9) }, { banks: ["b"] }).find((m) => m.distance === 0)?.metadata).toEqual({ n: 9 });
  });
});

describe("BankService.importEntries: indexing after the last batch", () => {
  it("splits a CSV into transactions of batchSize and finds every imported hash", async () => {
    const store = new MemoryBankStore();
    const s = await BankService.open({ store, batchSize: 4 });
    await s.createBank({ name: "b" });
    const hashes = Array.from({ length: 11 }, (_, i) => nudge(A, i * 3));
    const r = await s.importEntries("b", `pdq,case\n${hashes.map((h, i) => `${h.toUpperCase()},c${i}`).join("\n")}\n`, "csv");
    expect(r).toMatchObject({ format: "csv", added: 11, errors: [] });
    for (const [i, h] of hashes.entries()) {
      expect(s.match({ pdq: h }, { banks: ["b"] }).find((m) => m.distance === 0)?.metadata).toEqual({ case: `c${i}` });
    }
    expect((await s.getEntry("b", r.firstId!)).pdq).toBe(hashes[0]);
  });

  it("keeps the batches committed before a failing one matchable, and only those", async () => {
    const store = new MemoryBankStore();
    const s = await BankService.open({ store, batchSize: 2 });
    await s.createBank({ name: "b" });
    const add = store.addEntries.bind(store);
    let calls = 0;
    store.addEntries = (bank, batch) => (++calls === 3 ? Promise.reject(new Error("disk full")) : add(bank, batch));
    const lines = Array.from({ length: 6 }, (_, i) => JSON.stringify({ pdq: nudge(A, i * 4) }));
    await expect(s.importEntries("b", lines.join("\n"), "jsonl")).rejects.toThrow("disk full");
    expect(s.getBank("b").entryCount).toBe(4);
    const found = (i: number) => s.match({ pdq: nudge(A, i * 4) }, { banks: ["b"] }).some((m) => m.distance === 0);
    expect([0, 1, 2, 3, 4, 5].map(found)).toEqual([true, true, true, true, false, false]);
  });
});
