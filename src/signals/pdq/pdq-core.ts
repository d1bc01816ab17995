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
 *
 * For speed the loops are reordered (independent running sums side by side, transposed writes, only
 * the sampled points of the last pass stored, no per-call buffers for 512 × 512 images), never the
 * sequence of float32 operations behind any one value: pdq-core.test.ts compares the luminance,
 * the decimated 64 × 64 image and the DCT value by value with a transcription of the reference.
 *
 * The luminance and the four box-filter passes (about 90 % of the time) run in a small WebAssembly
 * module when the runtime has WebAssembly SIMD (Node ≥ 16): wasm/pdq-filter.wat, the same float32
 * operations in the same order, four running sums per instruction. Both paths are tested value by
 * value against the reference transcription; `setPdqBackend("js")` selects the JavaScript one.
 */
import { PDQ_WORDS, formatPdqHex, setPdqBit } from "./hash256.js";
import { PDQ_FILTER_WASM_BASE64 } from "./wasm/pdq-filter.wasm.js";

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

export type PdqBackend = "wasm" | "js";

interface PdqFilterExports {
  memory: WebAssembly.Memory;
  luma(rgb: number, rowBytes: number, colTable: number, rows: number, cols: number, lumaT: number, ldT: number): number;
  box(input: number, n: number, m: number, inStride: number, window: number, sums: number, out: number, rowOffset: number, colStride: number): void;
}

/** The WebAssembly filter, or null where it cannot be instantiated (no SIMD): then the JavaScript path runs. */
const WASM_FILTER: PdqFilterExports | null = (() => {
  try {
    const module = new WebAssembly.Module(Buffer.from(PDQ_FILTER_WASM_BASE64, "base64"));
    return new WebAssembly.Instance(module, {}).exports as unknown as PdqFilterExports;
  } catch {
    return null;
  }
})();

let backend: PdqBackend = WASM_FILTER ? "wasm" : "js";

/** Which implementation of the luminance and filter passes runs ("wasm" unless unavailable). */
export function pdqBackend(): PdqBackend {
  return backend;
}

/** Selects the implementation (tests compare both); "wasm" throws where WebAssembly SIMD is unavailable. */
export function setPdqBackend(which: PdqBackend): void {
  if (which === "wasm" && !WASM_FILTER) throw new Error("the PDQ WebAssembly filter is unavailable here (no WebAssembly SIMD)");
  backend = which;
}

/** Box-filter window for one pass along a dimension: ceil(old / (2 * new)). */
function jaroszWindow(oldDim: number, newDim: number): number {
  return Math.floor((oldDim + 2 * newDim - 1) / (2 * newDim));
}

/** CImg's nearest-neighbour resize, as the reference squashes with: sample `i` of `to` reads source index floor(i · from / to). */
export function nearestSource(i: number, from: number, to: number): number {
  return Math.floor((i * from) / to);
}

/** Byte offset, within an interleaved RGB row, of the source pixel each of `cols` columns sampled from `width` reads. */
export function nearestColumnOffsets(width: number, cols: number): Int32Array {
  return Int32Array.from({ length: cols }, (_, x) => nearestSource(x, width, cols) * 3);
}

/** Index of the window centre that decimation samples: floor((k + 0.5) · dim / 64), as the reference. */
function decimationIndex(k: number, dim: number): number {
  return Math.trunc(((k + 0.5) * dim) / PDQ_DOWNSAMPLE);
}

/**
 * Scratch buffers, kept per thread (module state; `pdqHash*` are synchronous, so never shared by two
 * calls) up to the size of a 512 × 512 image so that hashing allocates nothing large per call.
 */
const RETAINED_SCRATCH = 512 * (512 + 16);
let scratchA = new Float32Array(0);
let scratchB = new Float32Array(0);

function scratch(which: "a" | "b", size: number): Float32Array {
  const current = which === "a" ? scratchA : scratchB;
  if (current.length >= size) return current;
  const fresh = new Float32Array(size);
  if (size <= RETAINED_SCRATCH) {
    if (which === "a") scratchA = fresh;
    else scratchB = fresh;
  }
  return fresh;
}

/**
 * One pass of the reference's 1-D box filter (running float32 sum, windows shrinking at both ends)
 * along the *outer* index of an n × m row-major matrix, for all m columns at once. Every column
 * sees exactly the adds and subtracts the reference's `box1DFloat` does along it, in the same
 * order, so results are bit-identical; walking rows in memory order keeps the m running sums
 * independent (no serial dependency chain) and the reads sequential.
 *
 * Input (i, j) is input[i * inStride + j]. Output (i, j) goes to out[rowOffset[i] + j * colStride];
 * rows with rowOffset[i] < 0 are not written (their sums are still carried). Writing with colStride = n transposes the result, so the
 * next pass filters along the other axis with the same memory-order walk.
 */
function boxAlongOuter(
  input: Float32Array,
  n: number,
  m: number,
  inStride: number,
  window: number,
  sums: Float32Array,
  out: Float32Array,
  rowOffset: Int32Array,
  colStride: number,
): void {
  const half = Math.floor((window + 2) / 2);
  const phase1 = half - 1;
  const phase2 = window - half + 1;
  const phase3 = n - window;
  const phase4 = half - 1;
  sums.fill(0, 0, m);
  let ri = 0;
  let li = 0;
  let oi = 0;
  let size = 0;
  for (let p = 0; p < phase1; p++, ri++) {
    const r = ri * inStride;
    for (let j = 0; j < m; j++) sums[j] += input[r + j];
    size++;
  }
  for (let p = 0; p < phase2; p++, ri++, oi++) {
    const r = ri * inStride;
    size++;
    const o = rowOffset[oi];
    if (o < 0) {
      for (let j = 0; j < m; j++) sums[j] += input[r + j];
    } else {
      for (let j = 0, q = o; j < m; j++, q += colStride) {
        const sum = f32(sums[j] + input[r + j]);
        sums[j] = sum;
        out[q] = sum / size;
      }
    }
  }
  // Full windows: multiply by the reciprocal instead of dividing (a fraction of the cost), with the
  // same float32 result. Scaled so that float32 values near s / n are consecutive integers, s / n is
  // k / n for an integer k, so it is either exactly representable, or at least 1 / (2n) from a rounding
  // midpoint (a relative gap ≥ 2^-25 / n), or exactly a midpoint, which would need s = n × (odd
  // 25-bit number), more significant bits than a float32 has. The double reciprocal and product err
  // by ≤ 2^-52 relative, so both round to the same float32 for any window under 2^26.
  const reciprocal = 1 / window;
  for (let p = 0; p < phase3; p++, ri++, li++, oi++) {
    const r = ri * inStride;
    const l = li * inStride;
    const o = rowOffset[oi];
    if (o < 0) {
      for (let j = 0; j < m; j++) sums[j] = f32(sums[j] + input[r + j]) - input[l + j]; // the store rounds
    } else {
      for (let j = 0, q = o; j < m; j++, q += colStride) {
        const sum = f32(f32(sums[j] + input[r + j]) - input[l + j]);
        sums[j] = sum;
        out[q] = sum * reciprocal;
      }
    }
  }
  for (let p = 0; p < phase4; p++, li++, oi++) {
    const l = li * inStride;
    size--;
    const o = rowOffset[oi];
    if (o < 0) {
      for (let j = 0; j < m; j++) sums[j] -= input[l + j];
    } else {
      for (let j = 0, q = o; j < m; j++, q += colStride) {
        const sum = f32(sums[j] - input[l + j]);
        sums[j] = sum;
        out[q] = sum / size;
      }
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

/** B = D A Dᵀ for the 16 × 64 basis D: each sum accumulated in float32 over k ascending, as the reference. */
function dct64To16(a: Float32Array, t: Float32Array, b: Float32Array): void {
  const d = DCT_MATRIX;
  // k is the middle loop so that the 64 (then 16) sums of a row advance together: same additions,
  // same order per sum, no serial dependency between consecutive operations. Float32Array stores round.
  t.fill(0);
  for (let i = 0; i < 16; i++) {
    for (let k = 0; k < 64; k++) {
      const dik = d[i * 64 + k];
      for (let j = 0; j < 64; j++) t[i * 64 + j] += f32(dik * a[k * 64 + j]);
    }
  }
  b.fill(0);
  for (let i = 0; i < 16; i++) {
    for (let k = 0; k < 64; k++) {
      const tik = t[i * 64 + k];
      for (let j = 0; j < 16; j++) b[i * 16 + j] += f32(tik * d[j * 64 + k]);
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

/**
 * Dihedrals whose coefficients are the same multiset (a transpose only permutes them), hence share
 * a median: orig/flipplus1, rot180/flipminus1, rot90/flipy (even columns negated), rot270/flipx
 * (even rows negated). Four sorts instead of eight; the bits are the same.
 */
const MEDIAN_GROUP: Readonly<Record<PdqDihedral, number>> = Object.freeze({
  orig: 0,
  flipplus1: 0,
  rot180: 1,
  flipminus1: 1,
  rot90: 2,
  flipy: 2,
  rot270: 3,
  flipx: 3,
});

/** One bit per coefficient: strictly above the median (the 128th smallest of 256), as the reference. */
function bitsAboveMedian(coeffs: Float32Array, median: number): string {
  const words = new Uint32Array(PDQ_WORDS);
  for (let k = 0; k < 256; k++) if (coeffs[k] > median) setPdqBit(words, k);
  return formatPdqHex(words);
}

function medianOf(coeffs: Float32Array, sorted: Float32Array): number {
  sorted.set(coeffs);
  sorted.sort();
  return sorted[127];
}

/**
 * Row length of a matrix stored with `length` values per row: padded so that rows are not a power of
 * two apart (a 512-float stride maps every value of a transposed write to the same few cache sets).
 */
function paddedStride(length: number): number {
  return length + 16;
}

/**
 * Jarosz filter (two passes of rows-then-columns box filters) and 64 × 64 decimation of luminance
 * stored column-major (`lumaT[x * paddedStride(rows) + y]`, overwritten), into `small` (row-major).
 *
 * Each pass filters along the outer index and writes its result transposed, so all four passes walk
 * memory in order with independent running sums. The last two passes carry every running sum (the
 * float32 rounding of each depends on all earlier values) but only divide and store where the
 * decimation samples: pass 3 at the 64 sampled columns, pass 4 at the 64 sampled rows.
 */
function filterAndDecimate(lumaT: Float32Array, rows: number, cols: number, small: Float32Array): void {
  const ldT = paddedStride(rows); // column-major: x * ldT + y
  const ld = paddedStride(cols); // row-major: y * ld + x
  const other = scratch("b", rows * ld);
  const sums = new Float32Array(Math.max(rows, cols));
  const plan = decimationPlan(rows, cols);
  const { nx } = plan;
  for (let pass = 0; pass < PDQ_NUM_JAROSZ_XY_PASSES; pass++) {
    const last = pass === PDQ_NUM_JAROSZ_XY_PASSES - 1;
    // along rows: column-major → row-major, or rows × nx at the sampled columns
    if (!last) boxAlongOuter(lumaT, cols, rows, ldT, plan.windowAlongRows, sums, other, plan.everyCol, ld);
    else boxAlongOuter(lumaT, cols, rows, ldT, plan.windowAlongRows, sums, other, plan.colSlot, nx);
    // along columns: row-major → column-major, or ny × nx at the sampled points
    if (!last) boxAlongOuter(other, rows, cols, ld, plan.windowAlongCols, sums, lumaT, plan.everyRow, ldT);
    else boxAlongOuter(other, rows, nx, nx, plan.windowAlongCols, sums, lumaT, plan.sampledRowOffsets, 1);
  }
  decimate(lumaT, plan, rows, cols, small);
}

interface DecimationPlan {
  windowAlongRows: number;
  windowAlongCols: number;
  /** Dense number of each sampled column (images under 64 px sample some twice), -1 if not sampled. */
  colSlot: Int32Array;
  rowSlot: Int32Array;
  nx: number;
  everyCol: Int32Array;
  everyRow: Int32Array;
  /** rowSlot[y] * nx, or -1: where pass 4 writes row y. */
  sampledRowOffsets: Int32Array;
}

function decimationPlan(rows: number, cols: number): DecimationPlan {
  const colSlot = new Int32Array(cols).fill(-1);
  const rowSlot = new Int32Array(rows).fill(-1);
  let nx = 0;
  let ny = 0;
  for (let k = 0; k < PDQ_DOWNSAMPLE; k++) {
    const x = decimationIndex(k, cols);
    if (colSlot[x] < 0) colSlot[x] = nx++;
    const y = decimationIndex(k, rows);
    if (rowSlot[y] < 0) rowSlot[y] = ny++;
  }
  return {
    windowAlongRows: jaroszWindow(cols, PDQ_DOWNSAMPLE),
    windowAlongCols: jaroszWindow(rows, PDQ_DOWNSAMPLE),
    colSlot,
    rowSlot,
    nx,
    everyCol: Int32Array.from({ length: cols }, (_, x) => x),
    everyRow: Int32Array.from({ length: rows }, (_, y) => y),
    sampledRowOffsets: rowSlot.map((slot) => (slot < 0 ? -1 : slot * nx)),
  };
}

/** The 64 × 64 samples (row-major into `small`) of the last pass's ny × nx output at the start of `filtered`. */
function decimate(filtered: Float32Array, plan: DecimationPlan, rows: number, cols: number, small: Float32Array): void {
  for (let ky = 0; ky < PDQ_DOWNSAMPLE; ky++) {
    const row = plan.rowSlot[decimationIndex(ky, rows)] * plan.nx;
    for (let kx = 0; kx < PDQ_DOWNSAMPLE; kx++) small[ky * PDQ_DOWNSAMPLE + kx] = filtered[row + plan.colSlot[decimationIndex(kx, cols)]];
  }
}

/** Byte offsets of the WebAssembly path's buffers in its memory (grown as needed, never shrunk). */
interface WasmLayout {
  w: PdqFilterExports;
  /** The sampled source rows, whole (rows × width × 3 bytes). */
  rgb: number;
  /** Byte offset of each sampled column within a row. */
  colTable: number;
  lumaT: number;
  other: number;
  sums: number;
  everyCol: number;
  colSlot: number;
  everyRow: number;
  rowOffsets: number;
}

/**
 * Larger inputs take the JavaScript path, so that a thread's WebAssembly memory stays under ~40 MB
 * (hashPdq samples at most 512 × 512 points, from rows of up to 10 000 px here).
 */
const WASM_MAX_PIXELS = 1024 * 1024;
const WASM_MAX_SOURCE_WIDTH = 10_000;

function useWasm(rows: number, cols: number, width = cols): boolean {
  return backend === "wasm" && WASM_FILTER !== null && rows * cols <= WASM_MAX_PIXELS && width <= WASM_MAX_SOURCE_WIDTH;
}

function wasmLayout(rows: number, cols: number, width = cols): WasmLayout {
  const w = WASM_FILTER!;
  let at = 0;
  const take = (bytes: number): number => {
    const offset = at;
    at = (at + bytes + 15) & ~15;
    return offset;
  };
  const layout: WasmLayout = {
    w,
    rgb: take(rows * width * 3),
    colTable: take(cols * 4),
    lumaT: take(cols * paddedStride(rows) * 4),
    other: take(rows * paddedStride(cols) * 4),
    sums: take(Math.max(rows, cols) * 4),
    everyCol: take(cols * 4),
    colSlot: take(cols * 4),
    everyRow: take(rows * 4),
    rowOffsets: take(rows * 4),
  };
  const missing = at - w.memory.buffer.byteLength;
  if (missing > 0) w.memory.grow(Math.ceil(missing / 65536));
  return layout;
}

/** The column-major luminance in WebAssembly memory, as a view (valid until the memory next grows). */
function wasmLumaT(layout: WasmLayout, rows: number, cols: number): Float32Array {
  return new Float32Array(layout.w.memory.buffer, layout.lumaT, cols * paddedStride(rows));
}

/** filterAndDecimate on the WebAssembly path, for luminance already at layout.lumaT. */
function filterAndDecimateWasm(layout: WasmLayout, rows: number, cols: number, small: Float32Array): void {
  const { w } = layout;
  const ldT = paddedStride(rows);
  const ld = paddedStride(cols);
  const plan = decimationPlan(rows, cols);
  const { nx } = plan;
  const ints = new Int32Array(w.memory.buffer);
  ints.set(plan.everyCol, layout.everyCol >> 2);
  ints.set(plan.colSlot, layout.colSlot >> 2);
  ints.set(plan.everyRow, layout.everyRow >> 2);
  ints.set(plan.sampledRowOffsets, layout.rowOffsets >> 2);
  for (let pass = 0; pass < PDQ_NUM_JAROSZ_XY_PASSES; pass++) {
    if (pass < PDQ_NUM_JAROSZ_XY_PASSES - 1) {
      w.box(layout.lumaT, cols, rows, ldT, plan.windowAlongRows, layout.sums, layout.other, layout.everyCol, ld);
      w.box(layout.other, rows, cols, ld, plan.windowAlongCols, layout.sums, layout.lumaT, layout.everyRow, ldT);
    } else {
      w.box(layout.lumaT, cols, rows, ldT, plan.windowAlongRows, layout.sums, layout.other, layout.colSlot, nx);
      w.box(layout.other, rows, nx, nx, plan.windowAlongCols, layout.sums, layout.lumaT, layout.rowOffsets, 1);
    }
  }
  decimate(wasmLumaT(layout, rows, cols), plan, rows, cols, small);
}

/**
 * sampleLumaT on the WebAssembly path: the source rows that the nearest-neighbour sample reads are
 * copied whole into its memory (one memcpy each), and the column sampling and luminance run there.
 * Null when every sampled pixel has the same colour.
 */
function sampleLumaWasm(rgb: Uint8Array, width: number, height: number, rows: number, cols: number): WasmLayout | null {
  const layout = wasmLayout(rows, cols, width);
  const { buffer } = layout.w.memory;
  const rowBytes = width * 3;
  const sample = new Uint8Array(buffer, layout.rgb, rows * rowBytes);
  for (let y = 0; y < rows; y++) {
    const from = nearestSource(y, height, rows) * rowBytes;
    sample.set(rgb.subarray(from, from + rowBytes), y * rowBytes);
  }
  new Int32Array(buffer, layout.colTable, cols).set(nearestColumnOffsets(width, cols));
  const flags = layout.w.luma(layout.rgb, rowBytes, layout.colTable, rows, cols, layout.lumaT, paddedStride(rows));
  return flags & 1 ? layout : null;
}

/** Row-major luminance copied, transposed, into WebAssembly memory (pdqHashLuma on the WebAssembly path). */
function lumaIntoWasm(luma: Float32Array, rows: number, cols: number): WasmLayout {
  const layout = wasmLayout(rows, cols);
  const ldT = paddedStride(rows);
  const lumaT = wasmLumaT(layout, rows, cols);
  for (let y = 0; y < rows; y++) for (let x = 0; x < cols; x++) lumaT[x * ldT + y] = luma[y * cols + x];
  return layout;
}

/** Quality, DCT and the 8 dihedral hashes of the 64 × 64 decimated image. */
function hashFromDecimated(small: Float32Array): PdqHashResult {
  const quality = qualityOf(small);
  const dct = new Float32Array(16 * 16);
  dct64To16(small, new Float32Array(16 * 64), dct);
  const coeffs = new Float32Array(256);
  const sorted = new Float32Array(256);
  const medians = new Array<number | undefined>(4);
  const dihedrals = {} as Record<PdqDihedral, string>;
  for (const which of PDQ_DIHEDRALS) {
    for (let i = 0; i < 16; i++) for (let j = 0; j < 16; j++) coeffs[i * 16 + j] = dihedralCoefficient(dct, which, i, j);
    const group = MEDIAN_GROUP[which];
    const median = (medians[group] ??= medianOf(coeffs, sorted));
    dihedrals[which] = bitsAboveMedian(coeffs, median);
  }
  return { hash: dihedrals.orig, quality, dihedrals };
}

/**
 * Luminance of interleaved 8-bit RGB, nearest-neighbour sampled to rows × cols, written column-major
 * into the scratch buffer; null when every sampled pixel has the same colour. See pdqHashRgb.
 */
function sampleLumaT(rgb: Uint8Array, width: number, height: number, rows: number, cols: number): Float32Array | null {
  const ldT = paddedStride(rows);
  const lumaT = scratch("a", cols * ldT);
  const srcCol = nearestColumnOffsets(width, cols);
  const r0 = rgb[0];
  const g0 = rgb[1];
  const b0 = rgb[2];
  let colour = 0; // non-zero once a sampled pixel has R ≠ G or G ≠ B
  let varied = 0; // non-zero once a sampled pixel differs from the first
  for (let y = 0; y < rows; y++) {
    const rowIn = nearestSource(y, height, rows) * width * 3;
    for (let x = 0, o = y; x < cols; x++, o += ldT) {
      const p = rowIn + srcCol[x];
      const r = rgb[p];
      const g = rgb[p + 1];
      const b = rgb[p + 2];
      colour |= (r ^ g) | (g ^ b);
      varied |= (r ^ r0) | (g ^ g0) | (b ^ b0);
      lumaT[o] = f32(f32(LUMA_R * r) + f32(LUMA_G * g)) + f32(LUMA_B * b); // the store rounds the last sum
    }
  }
  if (!varied) return null;
  if (!colour) {
    for (let y = 0; y < rows; y++) {
      const rowIn = nearestSource(y, height, rows) * width * 3;
      for (let x = 0, o = y; x < cols; x++, o += ldT) lumaT[o] = rgb[rowIn + srcCol[x]];
    }
  }
  return lumaT;
}

/** Throws RangeError when `rgb` is shorter than width × height × 3 bytes. */
export function checkRgb(rgb: Uint8Array, width: number, height: number): void {
  if (rgb.length < width * height * 3) throw new RangeError(`rgb has ${rgb.length} bytes; ${width}×${height} needs ${width * height * 3}`);
}

function checkLuma(luma: Float32Array, rows: number, cols: number): void {
  if (luma.length < rows * cols) throw new RangeError(`luma has ${luma.length} values; ${rows}×${cols} needs ${rows * cols}`);
}

function lumaTFromRowMajor(luma: Float32Array, rows: number, cols: number): Float32Array {
  const ldT = paddedStride(rows);
  const lumaT = scratch("a", cols * ldT);
  for (let y = 0; y < rows; y++) for (let x = 0; x < cols; x++) lumaT[x * ldT + y] = luma[y * cols + x];
  return lumaT;
}

/**
 * PDQ hash, quality and the 8 dihedral hashes of interleaved 8-bit RGB (`width` × `height`),
 * nearest-neighbour sampled to `rows` × `cols` first (row y reads source row floor(y · height / rows),
 * column x source column floor(x · width / cols), as CImg's resize in the reference; pass the image's
 * own size for no resampling). Luminance is float32 0.299 R + 0.587 G + 0.114 B, except that when
 * every sampled pixel is grey (R = G = B) the value is taken as is: the reference's decoder hands such
 * images over as one grey channel and skips the weighted sum (which is off by one ulp for some values).
 *
 * Returns null when the image cannot be hashed reliably: a side under PDQ_MIN_HASHABLE_DIM (the
 * reference would print a zero hash, which is not a hash), or every sampled pixel the same colour
 * (every DCT coefficient equal, so the bits would say nothing about the picture).
 */
export function pdqHashRgb(rgb: Uint8Array, width: number, height: number, rows = height, cols = width): PdqHashResult | null {
  checkRgb(rgb, width, height);
  if (rows < PDQ_MIN_HASHABLE_DIM || cols < PDQ_MIN_HASHABLE_DIM || width < 1 || height < 1) return null;
  const small = new Float32Array(PDQ_DOWNSAMPLE * PDQ_DOWNSAMPLE);
  if (useWasm(rows, cols, width)) {
    const layout = sampleLumaWasm(rgb, width, height, rows, cols);
    if (!layout) return null;
    filterAndDecimateWasm(layout, rows, cols, small);
  } else {
    const lumaT = sampleLumaT(rgb, width, height, rows, cols);
    if (!lumaT) return null;
    filterAndDecimate(lumaT, rows, cols, small);
  }
  return hashFromDecimated(small);
}

/**
 * PDQ hash, quality and the 8 dihedral hashes of a luminance matrix (row-major, rows × cols; not
 * modified). Returns null when a side is shorter than PDQ_MIN_HASHABLE_DIM.
 */
export function pdqHashLuma(luma: Float32Array, rows: number, cols: number): PdqHashResult | null {
  if (rows < PDQ_MIN_HASHABLE_DIM || cols < PDQ_MIN_HASHABLE_DIM) return null;
  checkLuma(luma, rows, cols);
  const small = new Float32Array(PDQ_DOWNSAMPLE * PDQ_DOWNSAMPLE);
  if (useWasm(rows, cols)) filterAndDecimateWasm(lumaIntoWasm(luma, rows, cols), rows, cols, small);
  else filterAndDecimate(lumaTFromRowMajor(luma, rows, cols), rows, cols, small);
  return hashFromDecimated(small);
}

/**
 * The float32 intermediates of the pipeline, for tests that compare them value by value with a
 * transcription of the reference (hash bits alone hide one-ulp differences: a coefficient rarely
 * crosses the median). `luminance`: row-major rows × cols (rgb input only); `decimated`: 64 × 64
 * after the Jarosz filter; `dct`: 16 × 16. Null where pdqHashRgb / pdqHashLuma return null.
 */
export function pdqIntermediates(
  input: { rgb: Uint8Array; width: number; height: number; rows: number; cols: number } | { luma: Float32Array; rows: number; cols: number },
): { luminance?: Float32Array; decimated: Float32Array; dct: Float32Array } | null {
  const { rows, cols } = input;
  if (rows < PDQ_MIN_HASHABLE_DIM || cols < PDQ_MIN_HASHABLE_DIM) return null;
  const ldT = paddedStride(rows);
  const rowMajor = (t: Float32Array) => Float32Array.from({ length: rows * cols }, (_, i) => t[(i % cols) * ldT + Math.floor(i / cols)]);
  const decimated = new Float32Array(PDQ_DOWNSAMPLE * PDQ_DOWNSAMPLE);
  let luminance: Float32Array | undefined;
  if ("rgb" in input) checkRgb(input.rgb, input.width, input.height);
  else checkLuma(input.luma, rows, cols);
  if (useWasm(rows, cols, "rgb" in input ? input.width : cols)) {
    let layout: WasmLayout | null;
    if ("rgb" in input) {
      layout = sampleLumaWasm(input.rgb, input.width, input.height, rows, cols);
      if (!layout) return null;
      luminance = rowMajor(wasmLumaT(layout, rows, cols));
    } else layout = lumaIntoWasm(input.luma, rows, cols);
    filterAndDecimateWasm(layout, rows, cols, decimated);
  } else {
    let lumaT: Float32Array | null;
    if ("rgb" in input) {
      lumaT = sampleLumaT(input.rgb, input.width, input.height, rows, cols);
      if (!lumaT) return null;
      luminance = rowMajor(lumaT);
    } else lumaT = lumaTFromRowMajor(input.luma, rows, cols);
    filterAndDecimate(lumaT, rows, cols, decimated);
  }
  const dct = new Float32Array(16 * 16);
  dct64To16(decimated, new Float32Array(16 * 64), dct);
  return { ...(luminance ? { luminance } : {}), decimated, dct };
}
