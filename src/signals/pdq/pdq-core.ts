/**
 * PDQ ("Perceptual hashing via Discrete cosine transform with Quality"), the 256-bit perceptual hash
 * of Meta's ThreatExchange (algorithm: pdqhash-2017-10-09.pdf, BSD reference in C++).
 *
 * From a luminance matrix: two passes of a Jarosz tent filter (box filter along rows then columns,
 * twice), decimation to 64×64 by sampling window centres, a 16×16 slice of the 2-D DCT (skipping the
 * DC row/column), and one bit per coefficient: above the median or not. Quality (0..100) counts
 * significant gradients of the 64×64 image; below 50 the hash is not trustworthy.
 *
 * Every arithmetic step is rounded to IEEE single precision (Math.fround / Float32Array) in the
 * same order as the C++ reference, so the same pixels give the same bits. Written here rather than
 * taken from a library because no maintained npm package implements PDQ in pure TypeScript with the
 * reference's float32 semantics (the WASM build needs its own image loader and cannot take our
 * decoded buffers without copying through the emscripten heap).
 */
import { PDQ_WORDS, formatPdqHex, setPdqBit } from "./hash256.js";

/** Images with a side shorter than this are not hashed (the reference returns a zero hash). */
export const PDQ_MIN_HASHABLE_DIM = 5;
/** Passes of the Jarosz tent filter (each pass = one box filter along rows + one along columns). */
const PDQ_NUM_JAROSZ_XY_PASSES = 2;
/** Side of the decimated image the DCT runs on. */
const PDQ_DOWNSAMPLE = 64;

/** The 8 dihedral transforms (rotations and flips), named as in the reference hasher's output. */
export const PDQ_DIHEDRALS = Object.freeze([
  "orig",
  "rot90",
  "rot180",
  "rot270",
  "flipx",
  "flipy",
  "flipplus1",
  "flipminus1",
] as const);
export type PdqDihedral = (typeof PDQ_DIHEDRALS)[number];

export interface PdqHashResult {
  /** 64 hex digits. */
  hash: string;
  /** 0..100; below 50 the hash should not be matched. */
  quality: number;
  /** Hash of each rotation/flip of the image, computed from the same DCT (no re-hashing). */
  dihedrals: Record<PdqDihedral, string>;
}

const f32 = Math.fround;
const LUMA_R = f32(0.299);
const LUMA_G = f32(0.587);
const LUMA_B = f32(0.114);

/** 16 × 64 DCT-II basis rows 1..16, float32 like the reference's table. */
const DCT_MATRIX: Float32Array = (() => {
  const m = new Float32Array(16 * 64);
  const scale = f32(Math.sqrt(2.0 / 64));
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 64; j++) m[i * 64 + j] = scale * Math.cos((Math.PI / 2.0 / 64) * (i + 1) * (2 * j + 1));
  }
  return m;
})();

/**
 * Luminance of interleaved RGB, float32 as the reference computes it. When every pixel is grey
 * (R = G = B) the value is taken as is: the reference's decoder hands such images over as one
 * grey channel and skips the weighted sum (which is off by one ulp for some values).
 */
export function lumaFromRgb(rgb: Uint8Array, pixels: number, out: Float32Array = new Float32Array(pixels)): Float32Array {
  let grey = true;
  for (let i = 0, p = 0; i < pixels; i++, p += 3) {
    if (rgb[p] !== rgb[p + 1] || rgb[p] !== rgb[p + 2]) {
      grey = false;
      break;
    }
  }
  if (grey) {
    for (let i = 0, p = 0; i < pixels; i++, p += 3) out[i] = rgb[p];
    return out;
  }
  for (let i = 0, p = 0; i < pixels; i++, p += 3) {
    out[i] = f32(f32(f32(LUMA_R * rgb[p]) + f32(LUMA_G * rgb[p + 1])) + f32(LUMA_B * rgb[p + 2]));
  }
  return out;
}

/** Box-filter window for one pass along a dimension: ceil(old / (2 * new)). */
function jaroszWindow(oldDim: number, newDim: number): number {
  return Math.floor((oldDim + 2 * newDim - 1) / (2 * newDim));
}

/** One 1-D box filter with shrinking windows at both ends, float32 running sum as in the reference. */
function box1d(input: Float32Array, output: Float32Array, start: number, length: number, stride: number, window: number): void {
  const half = Math.floor((window + 2) / 2);
  const phase1 = half - 1;
  const phase2 = window - half + 1;
  const phase3 = length - window;
  const phase4 = half - 1;
  let li = start;
  let ri = start;
  let oi = start;
  let sum = 0;
  let size = 0;
  for (let i = 0; i < phase1; i++) {
    sum = f32(sum + input[ri]);
    size++;
    ri += stride;
  }
  for (let i = 0; i < phase2; i++) {
    sum = f32(sum + input[ri]);
    size++;
    output[oi] = sum / size;
    ri += stride;
    oi += stride;
  }
  for (let i = 0; i < phase3; i++) {
    sum = f32(sum + input[ri]);
    sum = f32(sum - input[li]);
    output[oi] = sum / size;
    li += stride;
    ri += stride;
    oi += stride;
  }
  for (let i = 0; i < phase4; i++) {
    sum = f32(sum - input[li]);
    size--;
    output[oi] = sum / size;
    li += stride;
    oi += stride;
  }
}

/**
 * The same 1-D box filter down every column at once, walking rows in memory order (one running sum
 * per column). Each column sees exactly the operations `box1d` would do, so results are identical;
 * only the memory access pattern differs (strided column walks thrash the cache on large images).
 */
function boxColumns(input: Float32Array, output: Float32Array, rows: number, cols: number, window: number, sums: Float32Array): void {
  const half = Math.floor((window + 2) / 2);
  const phase1 = half - 1;
  const phase2 = window - half + 1;
  const phase3 = rows - window;
  const phase4 = half - 1;
  sums.fill(0);
  let li = 0;
  let ri = 0;
  let oi = 0;
  let size = 0;
  for (let i = 0; i < phase1; i++, ri++) {
    const r = ri * cols;
    for (let j = 0; j < cols; j++) sums[j] += input[r + j];
    size++;
  }
  for (let i = 0; i < phase2; i++, ri++, oi++) {
    const r = ri * cols;
    const o = oi * cols;
    size++;
    for (let j = 0; j < cols; j++) {
      sums[j] += input[r + j];
      output[o + j] = sums[j] / size;
    }
  }
  for (let i = 0; i < phase3; i++, ri++, li++, oi++) {
    const r = ri * cols;
    const l = li * cols;
    const o = oi * cols;
    for (let j = 0; j < cols; j++) {
      sums[j] += input[r + j];
      sums[j] -= input[l + j];
      output[o + j] = sums[j] / size;
    }
  }
  for (let i = 0; i < phase4; i++, li++, oi++) {
    const l = li * cols;
    const o = oi * cols;
    size--;
    for (let j = 0; j < cols; j++) {
      sums[j] -= input[l + j];
      output[o + j] = sums[j] / size;
    }
  }
}

function jaroszFilter(buf1: Float32Array, buf2: Float32Array, rows: number, cols: number): void {
  const windowAlongRows = jaroszWindow(cols, PDQ_DOWNSAMPLE);
  const windowAlongCols = jaroszWindow(rows, PDQ_DOWNSAMPLE);
  const sums = new Float32Array(cols); // Float32Array stores round every running sum to float32
  for (let pass = 0; pass < PDQ_NUM_JAROSZ_XY_PASSES; pass++) {
    for (let i = 0; i < rows; i++) box1d(buf1, buf2, i * cols, cols, 1, windowAlongRows);
    boxColumns(buf2, buf1, rows, cols, windowAlongCols, sums);
  }
}

/** Samples the centre of each of 64 × 64 windows. */
function decimate(input: Float32Array, rows: number, cols: number, out: Float32Array): void {
  for (let oi = 0; oi < PDQ_DOWNSAMPLE; oi++) {
    const ii = Math.trunc(((oi + 0.5) * rows) / PDQ_DOWNSAMPLE);
    for (let oj = 0; oj < PDQ_DOWNSAMPLE; oj++) {
      const ij = Math.trunc(((oj + 0.5) * cols) / PDQ_DOWNSAMPLE);
      out[oi * PDQ_DOWNSAMPLE + oj] = input[ii * cols + ij];
    }
  }
}

/** Gradient-based quality: sum of quantised neighbour differences, scaled to 0..100. */
function qualityOf(b: Float32Array): number {
  let gradientSum = 0;
  for (let i = 0; i < 63; i++) {
    for (let j = 0; j < 64; j++) {
      const d = Math.trunc(f32(f32(f32(b[i * 64 + j] - b[(i + 1) * 64 + j]) * 100) / 255));
      gradientSum += Math.abs(d);
    }
  }
  for (let i = 0; i < 64; i++) {
    for (let j = 0; j < 63; j++) {
      const d = Math.trunc(f32(f32(f32(b[i * 64 + j] - b[i * 64 + j + 1]) * 100) / 255));
      gradientSum += Math.abs(d);
    }
  }
  return Math.min(100, Math.trunc(gradientSum / 90));
}

/** B = D A Dᵀ for the 16 × 64 basis D, accumulated in float32 in the reference's order. */
function dct64To16(a: Float32Array, t: Float32Array, b: Float32Array): void {
  const d = DCT_MATRIX;
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 64; j++) {
      let sum = 0;
      for (let k = 0; k < 64; k++) sum = f32(sum + f32(d[i * 64 + k] * a[k * 64 + j]));
      t[i * 64 + j] = sum;
    }
  }
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 16; j++) {
      let sum = 0;
      for (let k = 0; k < 64; k++) sum = f32(sum + f32(t[i * 64 + k] * d[j * 64 + k]));
      b[i * 16 + j] = sum;
    }
  }
}

/**
 * Sign/transpose of the DCT coefficients for each dihedral transform of the image
 * (a flip negates odd-frequency coefficients along its axis; a transpose swaps axes).
 */
function dihedralCoefficient(dct: Float32Array, which: PdqDihedral, i: number, j: number): number {
  // Output coefficient (i, j) of the transformed image, read from the original's coefficients.
  switch (which) {
    case "orig":
      return dct[i * 16 + j];
    case "rot90": // B[j][i] = (j odd ? A[i][j] : -A[i][j])  →  B[i][j] from A[j][i], sign by i
      return i & 1 ? dct[j * 16 + i] : -dct[j * 16 + i];
    case "rot180":
      return (i + j) & 1 ? -dct[i * 16 + j] : dct[i * 16 + j];
    case "rot270": // B[j][i] = (i odd ? A[i][j] : -A[i][j])  →  sign by j
      return j & 1 ? dct[j * 16 + i] : -dct[j * 16 + i];
    case "flipx":
      return i & 1 ? dct[i * 16 + j] : -dct[i * 16 + j];
    case "flipy":
      return j & 1 ? dct[i * 16 + j] : -dct[i * 16 + j];
    case "flipplus1":
      return dct[j * 16 + i];
    case "flipminus1":
      return (i + j) & 1 ? -dct[j * 16 + i] : dct[j * 16 + i];
  }
}

/** One bit per coefficient: strictly above the median (the 128th smallest of 256), as the reference. */
function bitsFromCoefficients(coeffs: Float32Array, sorted: Float32Array): string {
  sorted.set(coeffs);
  sorted.sort();
  const median = sorted[127];
  const words = new Uint32Array(PDQ_WORDS);
  for (let k = 0; k < 256; k++) if (coeffs[k] > median) setPdqBit(words, k);
  return formatPdqHex(words);
}

/**
 * PDQ hash, quality and the 8 dihedral hashes of a luminance matrix (row-major, rows × cols).
 * `luma` is used as scratch space and overwritten. Returns null when a side is shorter than
 * PDQ_MIN_HASHABLE_DIM (the reference would print a zero hash there, which is not a hash).
 */
export function pdqHashLuma(luma: Float32Array, rows: number, cols: number): PdqHashResult | null {
  if (rows < PDQ_MIN_HASHABLE_DIM || cols < PDQ_MIN_HASHABLE_DIM) return null;
  if (luma.length < rows * cols) throw new RangeError(`luma has ${luma.length} values; ${rows}×${cols} needs ${rows * cols}`);
  const scratch = new Float32Array(rows * cols);
  jaroszFilter(luma, scratch, rows, cols);
  const small = new Float32Array(64 * 64);
  decimate(luma, rows, cols, small);
  const quality = qualityOf(small);
  const t = new Float32Array(16 * 64);
  const dct = new Float32Array(16 * 16);
  dct64To16(small, t, dct);

  const coeffs = new Float32Array(256);
  const sorted = new Float32Array(256);
  const dihedrals = {} as Record<PdqDihedral, string>;
  for (const which of PDQ_DIHEDRALS) {
    for (let i = 0; i < 16; i++) for (let j = 0; j < 16; j++) coeffs[i * 16 + j] = dihedralCoefficient(dct, which, i, j);
    dihedrals[which] = bitsFromCoefficients(coeffs, sorted);
  }
  return { hash: dihedrals.orig, quality, dihedrals };
}
