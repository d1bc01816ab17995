/**
 * PDQ for decoded images, with the reference hasher's pixel pipeline: an image with a side over
 * 512 px is squashed to exactly 512 × 512 by nearest-neighbour sampling (aspect ratio not kept; this
 * is what `pdq-photo-hasher` does and what StopNCII-style banks were hashed with), then luminance,
 * then the PDQ core. Alpha is already dropped and EXIF orientation ignored by `decodeImage`.
 *
 * Example:
 *   const img = await decodeImage(bytes);
 *   const pdq = hashPdq(img);        // { hash, quality, dihedrals } or null
 */
import type { DecodedImage } from "../../content/image/decode.js";
import { lumaFromRgb, pdqHashLuma, type PdqHashResult } from "./pdq-core.js";

/** Images with a side over this are resampled to exactly this square first (reference behaviour). */
export const PDQ_DOWNSAMPLE_DIMS = 512;

export interface RgbImage {
  width: number;
  height: number;
  /** 8-bit interleaved RGB, width * height * 3. */
  rgb: Uint8Array;
}

/**
 * Nearest-neighbour resample of interleaved RGB to `size` × `size`: output column x reads input
 * column floor(x * width / size), as CImg's `resize(…, interpolation = 1)` used by the reference.
 */
export function sampleSquare(img: RgbImage, size: number = PDQ_DOWNSAMPLE_DIMS): RgbImage {
  const out = new Uint8Array(size * size * 3);
  const xs = new Int32Array(size);
  for (let x = 0; x < size; x++) xs[x] = Math.floor((x * img.width) / size);
  for (let y = 0; y < size; y++) {
    const sy = Math.floor((y * img.height) / size);
    const rowIn = sy * img.width * 3;
    let o = y * size * 3;
    for (let x = 0; x < size; x++, o += 3) {
      const p = rowIn + xs[x] * 3;
      out[o] = img.rgb[p];
      out[o + 1] = img.rgb[p + 1];
      out[o + 2] = img.rgb[p + 2];
    }
  }
  return { width: size, height: size, rgb: out };
}

/**
 * PDQ hash, quality and the 8 dihedral hashes of an image. Returns null when the image cannot be
 * hashed reliably: a side under 5 px, or no variation at all (every DCT coefficient equal, so the
 * bits would say nothing about the picture).
 */
export function hashPdq(img: RgbImage | DecodedImage): PdqHashResult | null {
  const src = img.width > PDQ_DOWNSAMPLE_DIMS || img.height > PDQ_DOWNSAMPLE_DIMS ? sampleSquare(img) : img;
  const pixels = src.width * src.height;
  if (src.rgb.length < pixels * 3) throw new RangeError(`rgb has ${src.rgb.length} bytes; ${src.width}×${src.height} needs ${pixels * 3}`);
  if (isFlat(src.rgb, pixels)) return null;
  return pdqHashLuma(lumaFromRgb(src.rgb, pixels), src.height, src.width);
}

function isFlat(rgb: Uint8Array, pixels: number): boolean {
  const r = rgb[0];
  const g = rgb[1];
  const b = rgb[2];
  for (let i = 1, p = 3; i < pixels; i++, p += 3) if (rgb[p] !== r || rgb[p + 1] !== g || rgb[p + 2] !== b) return false;
  return true;
}

export type { PdqHashResult, PdqDihedral } from "./pdq-core.js";
export { PDQ_DIHEDRALS, PDQ_MIN_HASHABLE_DIM } from "./pdq-core.js";
export { pdqDistance, isPdqHex, parsePdqHex, formatPdqHex, PdqHexError } from "./hash256.js";
