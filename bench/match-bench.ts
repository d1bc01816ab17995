/**
 * Bank matching benchmark (`npx tsx bench/match-bench.ts [--json] [--quick] [--sizes=100000,1000000,10000000] [--import-size=1000000]`):
 * prints numbers, asserts nothing.
 *  - scaling: a multi-index over N uniformly random PDQ hashes plus planted near-duplicates
 *    (for each query one entry at a random distance 0..31 and one at 40), radius 31:
 *    the tables' layout, build seconds, match p50/p99 (wall and CPU), recall of the planted matches (must be 1), RSS;
 *  - bulk import: 1 M JSONL lines (`--import-size`; 200 k with --quick) through BankService.importEntries
 *    into a SQLite file (WAL, synchronous=FULL), timed from the text to the last hash matchable;
 *  - time to ready: BankService.open on that file (reads every row, builds the index).
 * `--sizes=` (empty) skips the scaling part.
 * Uniform random hashes are the friendliest case for multi-index hashing (even buckets); real PDQ
 * banks have skewed substrings and somewhat bigger buckets.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BankService } from "../src/banks/bank-service.js";
import { MihPdqIndex } from "../src/banks/mih-index.js";
import { SqliteBankStore } from "../src/storage/sqlite-bank-store.js";
import { PDQ_WORDS, formatPdqHex } from "../src/signals/pdq/hash256.js";

const args = process.argv.slice(2);
const JSON_OUT = args.includes("--json");
const QUICK = args.includes("--quick");
const sizesArg = args.find((a) => a.startsWith("--sizes="));
const SIZES = sizesArg ? sizesArg.slice(8).split(",").filter(Boolean).map(Number) : QUICK ? [100_000, 1_000_000] : [100_000, 1_000_000, 10_000_000];
const importArg = args.find((a) => a.startsWith("--import-size="));
const IMPORT_SIZE = importArg ? Number(importArg.slice(14)) : QUICK ? 200_000 : 1_000_000;
const QUERIES = 2000;

let seed = 12345;
function rand32(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return (t ^ (t >>> 14)) >>> 0;
}

function fillRandom(out: Uint32Array): void {
  for (let i = 0; i < out.length; i++) out[i] = rand32();
}

function flipDistinct(h: Uint32Array, bits: number): Uint32Array {
  const out = Uint32Array.from(h);
  const chosen = new Set<number>();
  while (chosen.size < bits) chosen.add(rand32() & 255);
  for (const b of chosen) out[b >> 5] ^= 1 << (b & 31);
  return out;
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const r2 = (x: number) => Math.round(x * 1000) / 1000;
/** CPU seconds (user + system) of this process since `from`: on a shared, overloaded machine this is
 * closer to what the work costs than wall time. */
const cpuSeconds = (from: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1e6;
};
const rssMb = () => Math.round(process.memoryUsage().rss / 2 ** 20);

function scaling(n: number) {
  const index = new MihPdqIndex();
  index.reserve(n + 2 * QUERIES);
  const queries: Uint32Array[] = [];
  const plantedIds: number[] = [];
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const chunk = 1 << 20;
  const buf = new Uint32Array(chunk * PDQ_WORDS);
  let id = 1;
  // Random entries in chunks; planted pairs spread through the id range.
  const plantEvery = Math.floor(n / QUERIES);
  for (let done = 0; done < n; ) {
    const k = Math.min(chunk, n - done);
    fillRandom(buf.subarray(0, k * PDQ_WORDS));
    const ids = new Uint32Array(k);
    for (let i = 0; i < k; i++) ids[i] = id++;
    index.addMany(ids, buf.subarray(0, k * PDQ_WORDS));
    done += k;
    while (queries.length < QUERIES && queries.length * plantEvery < done) {
      const q = new Uint32Array(PDQ_WORDS);
      fillRandom(q);
      queries.push(q);
      index.add(id, flipDistinct(q, rand32() % 32));
      plantedIds.push(id++);
      index.add(id++, flipDistinct(q, 40));
    }
  }
  index.rebuildAll();
  const buildS = (performance.now() - t0) / 1000;
  const buildCpuS = cpuSeconds(c0);
  for (let i = 0; i < 200; i++) index.search(queries[i % QUERIES], 31); // warm-up
  const times: number[] = [];
  // CPU time per query too: on a shared machine wall-clock tails are mostly time spent preempted.
  const cpuTimes: number[] = [];
  let found = 0;
  let hits = 0;
  for (let i = 0; i < QUERIES; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    const res = index.search(queries[i], 31);
    times.push(performance.now() - t);
    cpuTimes.push(cpuSeconds(c) * 1000);
    hits += res.length;
    if (res.some((h) => h.id === plantedIds[i])) found++;
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  return {
    entries: index.size,
    tables: index.layouts.map((l) => `${l.substrings}×${l.bits} bits`).join(" + "),
    buildSeconds: r2(buildS),
    buildCpuSeconds: r2(buildCpuS),
    matchMs: { p50: r2(pct(times, 50)), p99: r2(pct(times, 99)), max: r2(times[times.length - 1]) },
    matchCpuMs: { p50: r2(pct(cpuTimes, 50)), p99: r2(pct(cpuTimes, 99)) },
    plantedRecall: found / QUERIES,
    meanHitsPerQuery: r2(hits / QUERIES),
    rssMb: rssMb(),
  };
}

async function importAndReady(n: number) {
  const dir = mkdtempSync(join(tmpdir(), "match-bench-"));
  try {
    const path = join(dir, "banks.db");
    const lines: string[] = new Array(n);
    const h = new Uint32Array(PDQ_WORDS);
    for (let i = 0; i < n; i++) {
      fillRandom(h);
      lines[i] = `{"pdq":"${formatPdqHex(h)}","quality":100}`;
    }
    const text = lines.join("\n");
    const lastHex = lines[n - 1].slice(8, 72);
    // Only the text goes in, as an HTTP body would: a million live line strings beside it would make
    // the garbage collector's old-generation work part of what is timed.
    lines.length = 0;
    const service = await BankService.open({ store: new SqliteBankStore({ path }) });
    await service.createBank({ name: "bench" });
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const result = await service.importEntries("bench", text, "jsonl");
    const importS = (performance.now() - t0) / 1000;
    const importCpuS = cpuSeconds(c0);
    // sanity: the last imported hash is matchable as soon as the import returns
    const lastMatched = service.match({ pdq: lastHex }, { banks: ["bench"] }).some((m) => m.entryId === result.lastId && m.distance === 0);
    await service.close();
    const t1 = performance.now();
    const c1 = process.cpuUsage();
    const reopened = await BankService.open({ store: new SqliteBankStore({ path }) });
    const readyS = (performance.now() - t1) / 1000;
    const readyCpuS = cpuSeconds(c1);
    const entries = reopened.getBank("bench").entryCount;
    await reopened.close();
    return {
      entries: result.added,
      importSeconds: r2(importS),
      hashesPerSecond: Math.round(result.added / importS),
      importCpuSeconds: r2(importCpuS),
      hashesPerCpuSecond: Math.round(result.added / importCpuS),
      timeToReadySeconds: r2(readyS),
      timeToReadyCpuSeconds: r2(readyCpuS),
      entriesAfterReopen: entries,
      lastMatched,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const report: Record<string, unknown> = { queries: QUERIES, radius: 31, scaling: [] as unknown[] };
const bulk = await importAndReady(IMPORT_SIZE);
report.bulkImport = bulk;
if (!JSON_OUT) {
  console.log(
    `bulk import ${bulk.entries} JSONL hashes into SQLite: ${bulk.importSeconds} s wall = ${bulk.hashesPerSecond} hashes/s; ${bulk.importCpuSeconds} CPU s = ${bulk.hashesPerCpuSecond} hashes per CPU-second; last hash matchable: ${bulk.lastMatched}`,
  );
  console.log(`time to ready (reopen + build index) for ${bulk.entriesAfterReopen} entries: ${bulk.timeToReadySeconds} s wall, ${bulk.timeToReadyCpuSeconds} CPU s`);
}
for (const n of SIZES) {
  const r = scaling(n);
  (report.scaling as unknown[]).push(r);
  if (!JSON_OUT) {
    console.log(
      `${String(r.entries).padStart(9)} entries (${r.tables}): build ${r.buildSeconds} s (${r.buildCpuSeconds} CPU s), match p50 ${r.matchMs.p50} ms p99 ${r.matchMs.p99} ms (max ${r.matchMs.max}; CPU p50 ${r.matchCpuMs.p50} p99 ${r.matchCpuMs.p99} ms), planted recall ${r.plantedRecall}, hits/query ${r.meanHitsPerQuery}, RSS ${r.rssMb} MB`,
    );
  }
}
if (JSON_OUT) console.log(JSON.stringify(report));
