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
import { checkRgb, nearestColumnOffsets, nearestSource, pdqHashRgb, type PdqHashResult } from "./pdq-core.js";

/** Images with a side over this are resampled to exactly this square first (reference behaviour). */
export const PDQ_DOWNSAMPLE_DIMS = 512;

export interface RgbImage {
  width: number;
  height: number;
  /** 8-bit interleaved RGB, width * height * 3. */
  rgb: Uint8Array;
}

/**
 * PDQ hash, quality and the 8 dihedral hashes of an image. Returns null when the image cannot be
 * hashed reliably: a side under 5 px, or no variation at all (every DCT coefficient equal, so the
 * bits would say nothing about the picture).
 */
export function hashPdq(img: RgbImage | DecodedImage): PdqHashResult | null {
  const squash = img.width > PDQ_DOWNSAMPLE_DIMS || img.height > PDQ_DOWNSAMPLE_DIMS;
  // Nearest-neighbour sampling (row y reads floor(y · height / 512), as CImg's resize) is fused
  // with the luminance step in pdqHashRgb: no resampled copy of the image is made.
  return squash
    ? pdqHashRgb(img.rgb, img.width, img.height, PDQ_DOWNSAMPLE_DIMS, PDQ_DOWNSAMPLE_DIMS)
    : pdqHashRgb(img.rgb, img.width, img.height);
}

/**
 * The pixels PDQ reads: the image itself when no side is over 512 px, otherwise a new 512 × 512
 * nearest-neighbour sample of it (the reference's squash). hashPdq(squashForPdq(img)) equals
 * hashPdq(img); callers that ship pixels elsewhere (a hashing thread) send at most 768 kB this way.
 */
export function squashForPdq(img: RgbImage): RgbImage {
  if (img.width <= PDQ_DOWNSAMPLE_DIMS && img.height <= PDQ_DOWNSAMPLE_DIMS) return img;
  const size = PDQ_DOWNSAMPLE_DIMS;
  checkRgb(img.rgb, img.width, img.height);
  const rgb = new Uint8Array(size * size * 3);
  const srcCol = nearestColumnOffsets(img.width, size);
  for (let y = 0, o = 0; y < size; y++) {
    const rowIn = nearestSource(y, img.height, size) * img.width * 3;
    for (let x = 0; x < size; x++, o += 3) {
      const p = rowIn + srcCol[x];
      rgb[o] = img.rgb[p];
      rgb[o + 1] = img.rgb[p + 1];
      rgb[o + 2] = img.rgb[p + 2];
    }
  }
  return { width: size, height: size, rgb };
}

export type { PdqHashResult, PdqDihedral } from "./pdq-core.js";
export { PDQ_DIHEDRALS, PDQ_MIN_HASHABLE_DIM } from "./pdq-core.js";
export { pdqDistance, isPdqHex, parsePdqHex, formatPdqHex, PdqHexError } from "./hash256.js";
