/**
 * The optimised core against a line-by-line transcription of the C++ reference (the loops as
 * the reference's `pdqhashing.cpp` writes them: full-size float32 buffers, one box filter per row
 * then per column, decimation, full DCT product, one median sort per dihedral). The golden test
 * (pdq.test.ts) pins both to the reference's output on real photos; this one covers sizes and
 * content the photos do not: every window size from 1 to 8, sides under 64 (repeated decimation
 * samples), sides just over 512 (squash), grey images, tiny value ranges.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mulberry32 } from "../../seeded-random.js";
import { PDQ_WORDS, formatPdqHex, setPdqBit } from "./hash256.js";
import {
  PDQ_DIHEDRALS,
  pdqBackend,
  pdqHashLuma,
  pdqHashRgb,
  pdqIntermediates,
  setPdqBackend,
  type PdqBackend,
  type PdqDihedral,
  type PdqHashResult,
} from "./pdq-core.js";

const f32 = Math.fround;

function transcriptionLuma(rgb: Uint8Array, width: number, height: number, rows: number, cols: number): Float32Array {
  const pixel = (y: number, x: number) => (Math.floor((y * height) / rows) * width + Math.floor((x * width) / cols)) * 3;
  let grey = true;
  for (let y = 0; y < rows; y++) for (let x = 0; x < cols; x++) if (rgb[pixel(y, x)] !== rgb[pixel(y, x) + 1] || rgb[pixel(y, x)] !== rgb[pixel(y, x) + 2]) grey = false;
  const out = new Float32Array(rows * cols);
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < cols; x++) {
      const p = pixel(y, x);
      out[y * cols + x] = grey ? rgb[p] : f32(f32(f32(f32(0.299) * rgb[p]) + f32(f32(0.587) * rgb[p + 1])) + f32(f32(0.114) * rgb[p + 2]));
    }
  }
  return out;
}

function box1d(input: Float32Array, output: Float32Array, start: number, length: number, stride: number, window: number): void {
  const half = Math.floor((window + 2) / 2);
  let li = start;
  let ri = start;
  let oi = start;
  let sum = 0;
  let size = 0;
  for (let i = 0; i < half - 1; i++, ri += stride, size++) sum = f32(sum + input[ri]);
  for (let i = 0; i < window - half + 1; i++, ri += stride, oi += stride) {
    sum = f32(sum + input[ri]);
    size++;
    output[oi] = f32(sum / size);
  }
  for (let i = 0; i < length - window; i++, li += stride, ri += stride, oi += stride) {
    sum = f32(sum + input[ri]);
    sum = f32(sum - input[li]);
    output[oi] = f32(sum / size);
  }
  for (let i = 0; i < half - 1; i++, li += stride, oi += stride) {
    sum = f32(sum - input[li]);
    size--;
    output[oi] = f32(sum / size);
  }
}

function transcriptionIntermediates(luma: Float32Array, rows: number, cols: number): { decimated: Float32Array; dct: Float32Array } {
  const buf = new Float32Array(rows * cols);
  const wRows = Math.floor((cols + 127) / 128);
  const wCols = Math.floor((rows + 127) / 128);
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < rows; i++) box1d(luma, buf, i * cols, cols, 1, wRows);
    for (let j = 0; j < cols; j++) box1d(buf, luma, j, rows, cols, wCols);
  }
  const a = new Float32Array(64 * 64);
  for (let i = 0; i < 64; i++) {
    for (let j = 0; j < 64; j++) a[i * 64 + j] = luma[Math.trunc(((i + 0.5) * rows) / 64) * cols + Math.trunc(((j + 0.5) * cols) / 64)];
  }
  const d = new Float32Array(16 * 64);
  for (let i = 0; i < 16; i++) for (let j = 0; j < 64; j++) d[i * 64 + j] = f32(Math.sqrt(2 / 64)) * Math.cos((Math.PI / 128) * (i + 1) * (2 * j + 1));
  const t = new Float32Array(16 * 64);
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 64; j++) {
      let s = 0;
      for (let k = 0; k < 64; k++) s = f32(s + f32(d[i * 64 + k] * a[k * 64 + j]));
      t[i * 64 + j] = s;
    }
  }
  const dct = new Float32Array(256);
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 16; j++) {
      let s = 0;
      for (let k = 0; k < 64; k++) s = f32(s + f32(t[i * 64 + k] * d[j * 64 + k]));
      dct[i * 16 + j] = s;
    }
  }
  return { decimated: a, dct };
}

function transcriptionHash(luma: Float32Array, rows: number, cols: number): PdqHashResult {
  const { decimated: a, dct } = transcriptionIntermediates(luma, rows, cols);
  let gradientSum = 0;
  for (let i = 0; i < 63; i++) for (let j = 0; j < 64; j++) gradientSum += Math.abs(Math.trunc(f32(f32(f32(a[i * 64 + j] - a[(i + 1) * 64 + j]) * 100) / 255)));
  for (let i = 0; i < 64; i++) for (let j = 0; j < 63; j++) gradientSum += Math.abs(Math.trunc(f32(f32(f32(a[i * 64 + j] - a[i * 64 + j + 1]) * 100) / 255)));
  const quality = Math.min(100, Math.trunc(gradientSum / 90));
  // Dihedral coefficient (i, j): [read transposed?, negate when this parity is odd]
  const parity: Record<PdqDihedral, [boolean, (i: number, j: number) => number]> = {
    orig: [false, () => 0],
    rot90: [true, (i) => i + 1],
    rot180: [false, (i, j) => i + j],
    rot270: [true, (_, j) => j + 1],
    flipx: [false, (i) => i + 1],
    flipy: [false, (_, j) => j + 1],
    flipplus1: [true, () => 0],
    flipminus1: [true, (i, j) => i + j],
  };
  const dihedrals = {} as Record<PdqDihedral, string>;
  for (const which of PDQ_DIHEDRALS) {
    const [transposed, sign] = parity[which];
    const c = new Float32Array(256);
    for (let i = 0; i < 16; i++) for (let j = 0; j < 16; j++) c[i * 16 + j] = (sign(i, j) & 1 ? -1 : 1) * dct[transposed ? j * 16 + i : i * 16 + j];
    const median = Float32Array.from(c).sort()[127];
    const words = new Uint32Array(PDQ_WORDS);
    for (let k = 0; k < 256; k++) if (c[k] > median) setPdqBit(words, k);
    dihedrals[which] = formatPdqHex(words);
  }
  return { hash: dihedrals.orig, quality, dihedrals };
}

/**
 * First index where two float32 arrays differ (Object.is: -0 ≠ 0), or null. A toEqual failure on
 * 262 144 values would spend minutes building its diff.
 */
function firstDifference(actual: Float32Array | undefined, expected: Float32Array): string | null {
  if (!actual || actual.length !== expected.length) return `length ${actual?.length} ≠ ${expected.length}`;
  for (let i = 0; i < expected.length; i++) if (!Object.is(actual[i], expected[i])) return `[${i}]: ${actual[i]} ≠ ${expected[i]}`;
  return null;
}

/** Random image with smooth structure plus noise (pure noise hashes to near-random bits either way). */
function randomImage(rand: () => number, width: number, height: number, opts: { grey?: boolean; range?: number } = {}): Uint8Array {
  const rgb = new Uint8Array(width * height * 3);
  const fx = 1 + rand() * 6;
  const fy = 1 + rand() * 6;
  const range = opts.range ?? 255;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const base = (Math.sin((x / width) * fx * Math.PI) * Math.cos((y / height) * fy * Math.PI) + 1) / 2;
      for (let c = 0; c < 3; c++) {
        const v = Math.min(255, Math.max(0, Math.round((base * 0.8 + rand() * 0.2) * range)));
        rgb[(y * width + x) * 3 + c] = opts.grey && c > 0 ? rgb[(y * width + x) * 3] : v;
      }
    }
  }
  return rgb;
}

it("runs the WebAssembly filter by default (Node 20 has WebAssembly SIMD)", () => {
  expect(pdqBackend()).toBe("wasm");
});

describe.each(["wasm", "js"] as PdqBackend[])("PDQ core (%s path): optimised = transcription of the reference", (backend) => {
  const initial = pdqBackend();
  beforeAll(() => setPdqBackend(backend));
  afterAll(() => setPdqBackend(initial));
  const rand = mulberry32(20261128);
  const sizes: [number, number][] = [
    [5, 5],
    [7, 40],
    [33, 63],
    [64, 64],
    [100, 37],
    [129, 257], // windows 2 and 3
    [300, 511],
    [512, 512],
    [640, 897], // squashed: windows of the 512 grid, sampling every source row/column pattern
    [1030, 515],
  ];
  it.each(sizes)("%i × %i, colour and grey", (width, height) => {
    for (const grey of [false, true]) {
      const rgb = randomImage(rand, width, height, { grey });
      const rows = height > 512 || width > 512 ? 512 : height;
      const cols = height > 512 || width > 512 ? 512 : width;
      const luminance = transcriptionLuma(rgb, width, height, rows, cols);
      const stages = pdqIntermediates({ rgb, width, height, rows, cols })!;
      expect(firstDifference(stages.luminance, luminance), "luminance").toBeNull();
      const expected = transcriptionIntermediates(Float32Array.from(luminance), rows, cols);
      expect(firstDifference(stages.decimated, expected.decimated), "decimated").toBeNull();
      expect(firstDifference(stages.dct, expected.dct), "dct").toBeNull();
      expect(pdqHashRgb(rgb, width, height, rows, cols)).toEqual(transcriptionHash(luminance, rows, cols));
    }
  });

  it("every window size 1..8 along each axis, and a narrow value range", () => {
    for (let w = 1; w <= 8; w++) {
      const cols = 128 * w - Math.floor(rand() * 128); // window ceil(cols / 128) = w
      const rows = 5 + Math.floor(rand() * 1000);
      const luma = new Float32Array(rows * cols).map(() => f32(rand() * 3));
      const expected = transcriptionIntermediates(Float32Array.from(luma), rows, cols);
      const stages = pdqIntermediates({ luma, rows, cols })!;
      expect(firstDifference(stages.decimated, expected.decimated), `${rows}×${cols} decimated`).toBeNull();
      expect(firstDifference(stages.dct, expected.dct), `${rows}×${cols} dct`).toBeNull();
      expect(pdqHashLuma(luma, rows, cols), `${rows}×${cols}`).toEqual(transcriptionHash(Float32Array.from(luma), rows, cols));
    }
  });

  it("full windows multiply by the reciprocal: same float32 as dividing (spot check of the proof in boxAlongOuter)", () => {
    const bits = new Uint32Array(1);
    const asFloat = new Float32Array(bits.buffer);
    let mismatches = 0;
    for (let n = 1; n <= 64; n++) {
      const reciprocal = 1 / n;
      for (let i = 0; i < 50_000; i++) {
        bits[0] = (Math.floor(rand() * 2 ** 23) | ((100 + Math.floor(rand() * 40)) << 23)) >>> 0; // ~2^-27 .. 2^12
        const s = asFloat[0];
        if (!Object.is(f32(s * reciprocal), f32(s / n))) mismatches++;
      }
    }
    expect(mismatches).toBe(0);
  });

  it("returns null for sides under 5 px and for a flat image, and rejects a short buffer", () => {
    expect(pdqHashRgb(new Uint8Array(4 * 10 * 3).fill(9), 4, 10)).toBeNull();
    expect(pdqHashRgb(new Uint8Array(20 * 20 * 3).fill(9), 20, 20)).toBeNull();
    expect(() => pdqHashRgb(new Uint8Array(10), 20, 20)).toThrow(RangeError);
  });
});
