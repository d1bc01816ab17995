/**
 * An acknowledged write is never lost: a child process bulk-imports into a SQLite bank file and is
 * killed with SIGKILL mid-import; after reopening, every acknowledged entry is in the store and the
 * rebuilt index finds each one.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { BankService } from "../../src/banks/bank-service.js";
import { SqliteBankStore } from "../../src/storage/sqlite-bank-store.js";

const CHILD = fileURLToPath(new URL("./fixtures/bulk-import-child.ts", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "bank-crash-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the child until it has acknowledged `acks` batches, kills it with SIGKILL, returns every acknowledged id. */
function importThenKill(path: string, acks: number): Promise<{ acked: number[]; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", CHILD, path, "42"], { stdio: ["ignore", "pipe", "pipe"] });
    const acked: number[] = [];
    let batches = 0;
    let buffered = "";
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.stdout.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      let nl: number;
      while ((nl = buffered.indexOf("\n")) >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        if (!line.startsWith("ack ")) continue;
        acked.push(...line.slice(4).split(",").map(Number));
        if (++batches === acks) child.kill("SIGKILL"); // the child is already inside its next batch
      }
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (signal !== "SIGKILL") reject(new Error(`child exited ${code} before being killed: ${stderr.slice(0, 500)}`));
      else resolve({ acked, signal });
    });
  });
}

describe("bank crash safety (SIGKILL during a bulk import)", () => {
  it("keeps every acknowledged entry, and the rebuilt index agrees with the store", async () => {
    const path = join(dir, "banks.db");
    const { acked, signal } = await importThenKill(path, 6);
    expect(signal).toBe("SIGKILL");
    expect(acked.length).toBeGreaterThanOrEqual(6 * 2000);

    const store = new SqliteBankStore({ path });
    const service = await BankService.open({ store });
    const stored = await store.scanEntries("crash", 0, 1_000_000);
    const storedIds = new Set(stored.map((r) => r.id));
    for (const id of acked) expect(storedIds.has(id)).toBe(true);
    // Whole batches only: a batch is one transaction, so the store holds complete batches of 2000.
    expect(stored.length % 2000).toBe(0);
    expect(service.getBank("crash").entryCount).toBe(stored.length);

    // The index finds every stored entry by its own hash (sampled: every 7th, plus every acked boundary).
    const ackedSet = new Set(acked);
    for (let i = 0; i < stored.length; i++) {
      const row = stored[i];
      if (i % 7 !== 0 && !(ackedSet.has(row.id) && !ackedSet.has(row.id + 1))) continue;
      const hits = service.match({ pdq: row.pdq!, quality: 100 }, { banks: ["crash"] });
      expect(hits.some((h) => h.entryId === String(row.id) && h.distance === 0)).toBe(true);
    }
    await service.close();
  }, 180_000);
});
