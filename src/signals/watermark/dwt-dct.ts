/**
 * Decoder for the "dwtDct" invisible watermark of ShieldMnt/invisible-watermark (imwatermark), the mark that
 * Stable Diffusion 1.x/2.x scripts, Stability's generative-models (SDXL), diffusers' SDXL pipelines and the
 * FLUX reference code put into generated images. Reimplemented from the algorithm (no OpenCV / PyWavelets):
 *
 *   1. OpenCV 8-bit BGR→YUV; only U is used (imwatermark's scales [0, 36, 36] skip Y; its decode loop
 *      `for channel in range(2)` never reaches V).
 *   2. Crop to a multiple of 4, one-level Haar DWT (pywt 'haar'), keep the low band cA (H/2 × W/2).
 *   3. cA in 4×4 blocks, row-major; block n carries bit n mod L (L = message length).
 *   4. Per block: the largest-magnitude coefficient excluding index 0 (flattened order); bit = (|v| mod 36) > 18.
 *   5. Per bit, the mean of its blocks' votes; bit = mean·255 > 127 (imwatermark's rule, a majority vote).
 */

/** imwatermark's quantisation step for the U channel. */
export const DWT_DCT_SCALE = 36;
const BLOCK = 4;
const YUV_SHIFT = 14;
// OpenCV RGB2YCrCb_i coefficients for COLOR_BGR2YUV (color_yuv.simd.hpp): 0.299, 0.587, 0.114, 0.492 (U)
const R2Y = 4899;
const G2Y = 9617;
const B2Y = 1868;
const B2U = 8061;
const DELTA = 128 << YUV_SHIFT;
const ROUND = 1 << (YUV_SHIFT - 1);
/** pywt haar decomposition low-pass tap, 1/√2 */
const HAAR = Math.SQRT1_2;

/** Which bytes the reference decoder sees as B, G, R: "bgr" = the image as cv2.imread gives it; "rgb" = R and B swapped. */
export type ChannelOrder = "bgr" | "rgb";

/** Per-block votes (0/1) in row-major block order, for one channel order. */
export interface BlockVotes {
  votes: Uint8Array;
  /** blocks per row of the low band (for diagnostics) */
  blocksPerRow: number;
}

/** Pixel rows per block row: 4 low-band rows × 2 (one Haar level). */
const STRIP = 2 * BLOCK;

/**
 * U channel of OpenCV's 8-bit BGR→YUV for one strip of STRIP pixel rows, for both channel orders.
 * "bgr" reads the true blue channel as B (what cv2.imread + decode does on the file); "rgb" swaps R and B.
 */
function computeUStrip(rgb: Uint8Array, width: number, y0: number, cols: number, uBgr: Uint8Array, uRgb: Uint8Array): void {
  for (let dy = 0; dy < STRIP; dy++) {
    let o = (y0 + dy) * width * 3;
    const row = dy * cols;
    for (let x = 0; x < cols; x++, o += 3) {
      const c0 = rgb[o]!;
      const g = rgb[o + 1]!;
      const c2 = rgb[o + 2]!;
      // true order: R = c0, B = c2
      const y1 = (c2 * B2Y + g * G2Y + c0 * R2Y + ROUND) >> YUV_SHIFT;
      const u1 = ((c2 - y1) * B2U + DELTA + ROUND) >> YUV_SHIFT;
      uBgr[row + x] = u1 < 0 ? 0 : u1 > 255 ? 255 : u1;
      // swapped: R = c2, B = c0
      const y2 = (c0 * B2Y + g * G2Y + c2 * R2Y + ROUND) >> YUV_SHIFT;
      const u2 = ((c0 - y2) * B2U + DELTA + ROUND) >> YUV_SHIFT;
      uRgb[row + x] = u2 < 0 ? 0 : u2 > 255 ? 255 : u2;
    }
  }
}

/** Votes for one row of blocks from a U strip (STRIP × cols): Haar low band, 4×4 blocks, largest non-DC coefficient. */
function votesFromStrip(u: Uint8Array, cols: number, blocksPerRow: number, votes: Uint8Array, first: number, block: Float64Array): void {
  for (let bj = 0; bj < blocksPerRow; bj++) {
    // Haar low band for this 4×4 block, with pywt's order of float operations (vertical pairs first):
    // exact ties at multiples of 18 must round the way the reference decoder's do
    for (let i = 0; i < BLOCK; i++) {
      const top = 2 * i * cols;
      const bottom = top + cols;
      for (let j = 0; j < BLOCK; j++) {
        const x = 2 * (bj * BLOCK + j);
        const left = u[top + x]! * HAAR + u[bottom + x]! * HAAR;
        const right = u[top + x + 1]! * HAAR + u[bottom + x + 1]! * HAAR;
        block[i * BLOCK + j] = left * HAAR + right * HAAR;
      }
    }
    // largest magnitude excluding index 0; first maximum wins (np.argmax)
    let pos = 1;
    let best = Math.abs(block[1]!);
    for (let k = 2; k < BLOCK * BLOCK; k++) {
      const a = Math.abs(block[k]!);
      if (a > best) {
        best = a;
        pos = k;
      }
    }
    const val = Math.abs(block[pos]!);
    votes[first + bj] = val % DWT_DCT_SCALE > 0.5 * DWT_DCT_SCALE ? 1 : 0;
  }
}

/**
 * Block votes of the dwtDct decoder for both channel orders, in row-major block order. Streams over strips of
 * 8 pixel rows, so memory is O(width) whatever the image height. Images smaller than 8×8 have no block.
 */
export function computeBlockVotesBoth(rgb: Uint8Array, width: number, height: number): Record<ChannelOrder, BlockVotes> {
  const rows = height - (height % BLOCK);
  const cols = width - (width % BLOCK);
  // the low band is rows/2 × cols/2; only whole 4×4 blocks of it carry bits
  const blockRows = Math.floor(rows / 2 / BLOCK);
  const blocksPerRow = Math.floor(cols / 2 / BLOCK);
  const bgr = new Uint8Array(blockRows * blocksPerRow);
  const swapped = new Uint8Array(blockRows * blocksPerRow);
  const uBgr = new Uint8Array(STRIP * cols);
  const uRgb = new Uint8Array(STRIP * cols);
  const block = new Float64Array(BLOCK * BLOCK);
  for (let bi = 0; bi < blockRows; bi++) {
    computeUStrip(rgb, width, bi * STRIP, cols, uBgr, uRgb);
    votesFromStrip(uBgr, cols, blocksPerRow, bgr, bi * blocksPerRow, block);
    votesFromStrip(uRgb, cols, blocksPerRow, swapped, bi * blocksPerRow, block);
  }
  return { bgr: { votes: bgr, blocksPerRow }, rgb: { votes: swapped, blocksPerRow } };
}

/** Block votes of the dwtDct decoder for one channel order. */
export function computeBlockVotes(rgb: Uint8Array, width: number, height: number, order: ChannelOrder): BlockVotes {
  return computeBlockVotesBoth(rgb, width, height)[order];
}

/** Majority-vote the block votes into `length` bits (imwatermark: mean·255 > 127). Null when there are fewer blocks than bits. */
export function decodeBits(votes: Uint8Array, length: number): Uint8Array | null {
  if (votes.length < length) return null;
  const ones = new Uint32Array(length);
  const counts = new Uint32Array(length);
  for (let n = 0; n < votes.length; n++) {
    const bit = n % length;
    ones[bit] += votes[n]!;
    counts[bit]++;
  }
  const bits = new Uint8Array(length);
  for (let i = 0; i < length; i++) bits[i] = (ones[i]! / counts[i]!) * 255 > 127 ? 1 : 0;
  return bits;
}

/** Number of positions where `bits` equals `message`. */
export function countMatches(bits: Uint8Array, message: readonly number[]): number {
  let m = 0;
  for (let i = 0; i < message.length; i++) if (bits[i] === message[i]) m++;
  return m;
}
