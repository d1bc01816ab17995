/**
 * The hashes of an uploaded image — PDQ (+ quality and 8 dihedrals), MD5, SHA-256 — and the task
 * handler that runs them in a hashing worker thread (see hash-pool.ts). No piscina import here: a
 * worker loads only this module and what hashing needs.
 *
 * Example:
 *   const hashes = await hashImageBytes(bytes, limits);   // throws ImageError on bad input
 *   hashes.pdq?.hash, hashes.md5, hashes.image.width
 */
import { cryptoHashes } from "../../signals/crypto-hashes.js";
import type { PdqHashResult } from "../../signals/pdq/pdq-core.js";
import { hashPdq, type RgbImage } from "../../signals/pdq/pdq.js";
import { decodeImage, ImageError, type ImageErrorCode, type ImageFormat, type ImageLimits } from "./decode.js";

export interface ImageHashes {
  /** Null when the image cannot be hashed reliably (a side under 5 px, or a flat image). */
  pdq: PdqHashResult | null;
  md5: string;
  sha256: string;
  image: { format: ImageFormat; width: number; height: number; pages: number; firstFrameOnly: boolean };
}

/** Decodes an image and hashes it: the domain call behind POST /v1/hash. @throws ImageError */
export async function hashImageBytes(bytes: Uint8Array, limits: ImageLimits): Promise<ImageHashes> {
  const img = await decodeImage(bytes, limits);
  return {
    pdq: hashPdq(img),
    ...cryptoHashes(bytes),
    image: { format: img.format, width: img.width, height: img.height, pages: img.pages, firstFrameOnly: img.firstFrameOnly },
  };
}

/** Work sent to a hashing thread: a whole upload, or the decoded pixels of one (image scoring). */
export type HashTask = { kind: "image"; bytes: Uint8Array; limits: ImageLimits } | { kind: "pdq"; image: RgbImage };

/**
 * What a hashing thread sends back. ImageError travels as data: an Error crossing threads loses its
 * class and `code`, and the HTTP layer maps the code to a 4xx exactly as for in-thread hashing.
 */
export type HashTaskResult =
  | { ok: true; hashes: ImageHashes }
  | { ok: true; pdq: PdqHashResult | null }
  | { ok: false; error: { code: ImageErrorCode; message: string } };

/** Runs one task; the default export is what piscina calls in a worker. */
export async function runHashTask(task: HashTask): Promise<HashTaskResult> {
  try {
    if (task.kind === "pdq") return { ok: true, pdq: hashPdq(task.image) };
    return { ok: true, hashes: await hashImageBytes(task.bytes, task.limits) };
  } catch (err) {
    if (err instanceof ImageError) return { ok: false, error: { code: err.code, message: err.message } };
    throw err;
  }
}

export default runHashTask;
