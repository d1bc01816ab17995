/**
 * PDQ hashing benchmark (`npm run bench:pdq [-- --json] [-- --quick]`): prints numbers, asserts nothing.
 * Run it through npm: the script sets GLIBC_TUNABLES as `npm start` does (src/allocator.ts); plain
 * `npx tsx bench/pdq-bench.ts` measures the untuned allocator and says so.
 *  - one 1-megapixel JPEG (made here from an upstream PDQ test photo, resized to 1155×866 ≈ 1.0 MP):
 *    decode → 512×512 resample → PDQ with 8 dihedrals, p50/p99 in one thread;
 *  - the same split into decode and hash;
 *  - throughput of the service's hashing pool (what POST /v1/hash uses: decode + PDQ + MD5/SHA-256 on
 *    worker threads, one per core, 2 here), with three images in flight per thread (two being hashed,
 *    one waiting, as on a loaded service), images/s, and the process RSS after it.
 */
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import sharp from "sharp";
import { decodeImage, DEFAULT_IMAGE_LIMITS } from "../src/content/image/decode.js";
import { allocatorStatus } from "../src/allocator.js";
import { createImageHasher } from "../src/content/image/hash-pool.js";
import { hashPdq } from "../src/signals/pdq/pdq.js";

const SOURCE = fileURLToPath(new URL("../../shared/testdata/pdq/bridge-mods/aaa-orig.jpg", import.meta.url));

async function makeJpeg(): Promise<Uint8Array> {
  return new Uint8Array(await sharp(readFileSync(SOURCE)).resize(1155, 866).jpeg({ quality: 90 }).toBuffer());
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Images hashed by the pool in about `seconds`, keeping `inFlight` submitted at any time; CPU of the whole process. */
async function poolThroughput(jpeg: Uint8Array, threads: number, seconds: number, inFlight: number) {
  const hasher = createImageHasher({ threads, maxQueue: inFlight });
  await hasher.warm();
  for (let i = 0; i < 4 * threads; i++) await hasher.hashImage(jpeg, DEFAULT_IMAGE_LIMITS); // JIT in every thread
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  const end = start + seconds * 1000;
  let done = 0;
  const lane = async () => {
    while (performance.now() < end) {
      await hasher.hashImage(jpeg, DEFAULT_IMAGE_LIMITS);
      done++;
    }
  };
  await Promise.all(Array.from({ length: inFlight }, lane));
  const wallMs = performance.now() - start;
  const cpu = process.cpuUsage(cpu0);
  const rssMiB = process.memoryUsage.rss() / 2 ** 20;
  await hasher.close();
  return { imagesPerSecond: (done * 1000) / wallMs, coresBusy: (cpu.user + cpu.system) / 1000 / wallMs, cpuMsPerImage: (cpu.user + cpu.system) / 1000 / done, rssMiB };
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  const quick = args.has("--quick");
  const iterations = quick ? 40 : 200;
  const jpeg = await makeJpeg();
  const meta = await sharp(jpeg).metadata();

  for (let i = 0; i < 10; i++) hashPdq(await decodeImage(jpeg)); // warm-up (JIT, libvips)
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  const total: number[] = [];
  const decode: number[] = [];
  const hash: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    const img = await decodeImage(jpeg);
    const t1 = performance.now();
    hashPdq(img);
    const t2 = performance.now();
    decode.push(t1 - t0);
    hash.push(t2 - t1);
    total.push(t2 - t0);
  }
  const cpuUsed = process.cpuUsage(cpu0);
  const cpuMsPerImage = (cpuUsed.user + cpuUsed.system) / 1000 / iterations;
  const wallMsPerImage = (performance.now() - wall0) / iterations;
  for (const a of [total, decode, hash]) a.sort((x, y) => x - y);

  const threads = Math.min(2, availableParallelism());
  const seconds = quick ? 3 : 8;
  const inFlight = 3 * threads;
  const pool = await poolThroughput(jpeg, threads, seconds, inFlight);
  const allocator = allocatorStatus();
  const round = (x: number) => Math.round(x * 100) / 100;
  const result = {
    image: { width: meta.width, height: meta.height, megapixels: round(((meta.width ?? 0) * (meta.height ?? 0)) / 1e6), bytes: jpeg.length },
    singleThread: {
      iterations,
      totalMs: { p50: round(percentile(total, 50)), p99: round(percentile(total, 99)) },
      decodeMs: { p50: round(percentile(decode, 50)), p99: round(percentile(decode, 99)) },
      hashMs: { p50: round(percentile(hash, 50)), p99: round(percentile(hash, 99)) },
      // Mean CPU time per image (user + system; includes libvips' own thread): what the work costs when
      // the machine is shared and wall-clock percentiles mostly measure waiting for a core.
      cpuMsPerImage: round(cpuMsPerImage),
      wallMsPerImage: round(wallMsPerImage),
    },
    throughput: { threads, inFlight, seconds, imagesPerSecond: round(pool.imagesPerSecond), coresBusy: round(pool.coresBusy), cpuMsPerImage: round(pool.cpuMsPerImage), rssMiB: Math.round(pool.rssMiB) },
    allocator,
  };
  if (args.has("--json")) {
    console.log(JSON.stringify(result));
    return;
  }
  console.log(`1 MP JPEG (${result.image.width}×${result.image.height}, ${result.image.bytes} bytes), ${iterations} runs, one thread:`);
  console.log(`  decode+resample+PDQ  p50 ${result.singleThread.totalMs.p50} ms  p99 ${result.singleThread.totalMs.p99} ms`);
  console.log(`  decode only          p50 ${result.singleThread.decodeMs.p50} ms  p99 ${result.singleThread.decodeMs.p99} ms`);
  console.log(`  PDQ (+8 dihedrals)   p50 ${result.singleThread.hashMs.p50} ms  p99 ${result.singleThread.hashMs.p99} ms`);
  console.log(`  mean CPU time per image ${result.singleThread.cpuMsPerImage} ms (mean wall ${result.singleThread.wallMsPerImage} ms)`);
  console.log(
    `throughput, hashing pool of ${threads} threads (${inFlight} images in flight) for ${seconds} s: ${result.throughput.imagesPerSecond} images/s ` +
      `(${result.throughput.coresBusy} cores busy, ${result.throughput.cpuMsPerImage} ms CPU per image incl. MD5/SHA-256; RSS ${result.throughput.rssMiB} MiB)`,
  );
  console.log(
    allocator.libc !== "glibc"
      ? "allocator: not glibc (GLIBC_TUNABLES does not apply)"
      : allocator.tuned
        ? `allocator: glibc with GLIBC_TUNABLES=${process.env.GLIBC_TUNABLES}`
        : "allocator: glibc UNTUNED (run `npm run bench:pdq` for the allocator settings the service starts with)",
  );
}

await main();
