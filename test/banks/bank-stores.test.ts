import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { MemoryBankStore } from "../../src/banks/memory-bank-store.js";
import { SqliteBankStore } from "../../src/storage/sqlite-bank-store.js";
import { describeBankStoreContract } from "../contracts/bank-store.contract.js";

const dir = mkdtempSync(join(tmpdir(), "bank-store-"));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeBankStoreContract("MemoryBankStore", () => new MemoryBankStore());
describeBankStoreContract("SqliteBankStore (file, WAL)", () => new SqliteBankStore({ path: join(dir, `banks-${n++}.db`) }));
