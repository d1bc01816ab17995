/**
 * Image hashing off the request thread. PDQ is ~5 ms of JavaScript per image and decoding a 1 MP JPEG
 * several more in libvips; run in the request thread, the first blocks the event loop and one
 * request at a time gets a core. A pool of worker threads decodes and hashes uploads (POST /v1/hash)
 * and computes PDQ for image scoring on every core, with a bounded queue: when `maxQueue` images are
 * already waiting, the next is refused at once (HashQueueFullError → 503) rather than queued without
 * limit. `threads: 0` hashes in the calling thread (same results, same errors).
 *
 * The pool is piscina (widely used, pure JavaScript; its one optional dependency only sets thread
 * priority): bounded queue, replacement of a worker that dies, idle workers unreferenced so they never
 * keep a process alive — all of which a hand-written pool would have to redo. Threads start as work
 * arrives (or on warm()), so a context that never hashes starts none.
 *
 * Example:
 *   const hasher = createImageHasher({ threads: 2, maxQueue: 64 });
 *   const h = await hasher.hashImage(bytes, limits);   // ImageError on bad input, HashQueueFullError when full
 *   await hasher.close();
 */
import { Piscina } from "piscina";
import type { PdqHashResult } from "../../signals/pdq/pdq-core.js";
import { hashPdq, squashForPdq, type RgbImage } from "../../signals/pdq/pdq.js";
import { ImageError, type ImageLimits } from "./decode.js";
import { hashImageBytes, type HashTask, type HashTaskResult, type ImageHashes } from "./image-hashes.js";

export interface ImageHasherOptions {
  /** Worker threads; 0 hashes in the calling thread. */
  threads: number;
  /** Images allowed to wait for a thread; one more is refused with HashQueueFullError. */
  maxQueue: number;
}

export interface ImageHasher {
  /** Threads hashing (0: the calling thread). */
  readonly threads: number;
  /** Decode + PDQ (8 dihedrals) + MD5/SHA-256 of an upload. @throws ImageError, HashQueueFullError */
  hashImage(bytes: Uint8Array, limits: ImageLimits): Promise<ImageHashes>;
  /** PDQ of decoded pixels (image scoring, which decodes once for every signal). @throws HashQueueFullError */
  hashPdq(image: RgbImage): Promise<PdqHashResult | null>;
  /** Starts every thread now; otherwise the first image waits for them (about a second each under tsx). */
  warm(): Promise<void>;
  /** Lets running tasks finish, then stops every thread. */
  close(): Promise<void>;
}

export class HashQueueFullError extends Error {
  constructor(readonly maxQueue: number) {
    super(`image hashing is at capacity (${maxQueue} images already waiting); retry later`);
    this.name = "HashQueueFullError";
  }
}

/** Worker entry: plain JavaScript that registers tsx in the worker before loading image-hashes.ts. */
const WORKER_ENTRY = new URL("./hash-worker.mjs", import.meta.url).href;
/**
 * Images a hashing thread holds at once. The JPEG/PNG decode runs in libvips on libuv's thread pool
 * while the hashing thread waits, so with one task per thread a core idles whenever both threads are
 * decoding or both are between tasks; with two, a thread computes PDQ of one image while the next
 * decodes. Measured on 2 cores (bench/pdq-bench.ts): cores busy 1.81 → 1.92, 112–119 → 118–127
 * images/s. Each task in flight holds one decoded image (3 MB for 1 MP), so memory grows by
 * threads × 2 images at most.
 */
const TASKS_PER_THREAD = 2;
/** piscina's rejection when its queue is full (it has no error class or code for it). */
const PISCINA_QUEUE_FULL = "Task queue is at limit";

export function createImageHasher(options: ImageHasherOptions): ImageHasher {
  return options.threads > 0 ? new PooledImageHasher(options) : IN_THREAD_HASHER;
}

const IN_THREAD_HASHER: ImageHasher = Object.freeze({
  threads: 0,
  hashImage: hashImageBytes,
  hashPdq: async (image: RgbImage) => hashPdq(image),
  warm: async () => {},
  close: async () => {},
});

class PooledImageHasher implements ImageHasher {
  private pool: Piscina<HashTask, HashTaskResult> | null = null;
  private closed = false;
  /** Tasks accepted and not yet settled: close() waits for them (piscina's close stops threads still starting). */
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(private readonly options: ImageHasherOptions) {}

  get threads(): number {
    return this.options.threads;
  }

  async hashImage(bytes: Uint8Array, limits: ImageLimits): Promise<ImageHashes> {
    // The bytes are copied to the worker (not transferred): the caller's buffer may share memory.
    const result = await this.run({ kind: "image", bytes, limits: { maxBytes: limits.maxBytes, maxPixels: limits.maxPixels } });
    if (!("hashes" in result)) throw new Error("hashing thread answered an image task with a PDQ result");
    return result.hashes;
  }

  async hashPdq(image: RgbImage): Promise<PdqHashResult | null> {
    // Images over 512 px are sampled down here (the same pixels PDQ would sample) so that at most
    // 512 × 512 × 3 bytes cross to the worker; a fresh buffer is transferred rather than copied.
    const small = squashForPdq(image);
    const task: HashTask = { kind: "pdq", image: { width: small.width, height: small.height, rgb: small.rgb } };
    const result = await this.run(task, small === image ? [] : [small.rgb.buffer as ArrayBuffer]);
    if (!("pdq" in result)) throw new Error("hashing thread answered a PDQ task with an image result");
    return result.pdq;
  }

  async warm(): Promise<void> {
    const blank: RgbImage = { width: 1, height: 1, rgb: new Uint8Array(3) };
    await Promise.all(Array.from({ length: this.options.threads }, () => this.hashPdq(blank)));
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.allSettled([...this.inFlight]);
    const pool = this.pool;
    this.pool = null;
    await pool?.close();
  }

  private async run(task: HashTask, transferList: ArrayBuffer[] = []): Promise<Exclude<HashTaskResult, { ok: false }>> {
    if (this.closed) throw new Error("the image hashing pool is closed");
    // Threads start as work arrives (one request at a time starts one thread) and then stay: starting
    // one costs about a second. Idle ones are unreferenced by piscina and never hold the process open.
    this.pool ??= new Piscina<HashTask, HashTaskResult>({
      filename: WORKER_ENTRY,
      minThreads: 0,
      maxThreads: this.options.threads,
      idleTimeout: Infinity,
      maxQueue: this.options.maxQueue,
      concurrentTasksPerWorker: TASKS_PER_THREAD,
    });
    let result: HashTaskResult;
    const pending = this.pool.run(task, { transferList });
    this.inFlight.add(pending);
    try {
      result = await pending;
    } catch (err) {
      if (err instanceof Error && err.message === PISCINA_QUEUE_FULL) throw new HashQueueFullError(this.options.maxQueue);
      throw err;
    } finally {
      this.inFlight.delete(pending);
    }
    if (!result.ok) throw new ImageError(result.error.code, result.error.message);
    return result;
  }
}
