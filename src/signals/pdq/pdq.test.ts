/**
 * Golden tests against the C++ reference hasher's output for the upstream PDQ test images
 * (../shared/testdata/pdq, read by path, never copied).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { decodeImage } from "../../content/image/decode.js";
import { PDQ_DIHEDRALS, pdqBackend, setPdqBackend, type PdqDihedral } from "./pdq-core.js";
import { hashPdq, pdqDistance, squashForPdq } from "./pdq.js";

const PDQ_DATA = fileURLToPath(new URL("../../../../shared/testdata/pdq", import.meta.url));
const LIMITS = { maxBytes: 50 * 1024 * 1024, maxPixels: 50_000_000 };

interface ReferenceRow {
  path: string;
  hash: string;
  quality: number;
  dihedrals: Record<PdqDihedral, string>;
}

function readReference(): ReferenceRow[] {
  const lines = readFileSync(join(PDQ_DATA, "expected/cpp-reference-imagemagick6.csv"), "utf8").trim().split("\n");
  const header = lines[0].split(",");
  expect(header.slice(3)).toEqual(PDQ_DIHEDRALS.map((d) => `dih_${d}`));
  return lines.slice(1).map((line) => {
    const [path, hash, quality, ...dih] = line.split(",");
    const dihedrals = Object.fromEntries(PDQ_DIHEDRALS.map((d, i) => [d, dih[i]])) as Record<PdqDihedral, string>;
    return { path, hash, quality: Number(quality), dihedrals };
  });
}

const REFERENCE = readReference();

/**
 * Images whose decoded pixels differ from the reference's ImageMagick 6 decoder, so the hashing
 * core cannot be fed "the same pixels": libvips converts CMYK JPEG to RGB with a colour profile,
 * ImageMagick 6 with its own formula. Covered by the tolerance test below instead.
 */
const DECODER_DIFFERS = new Set(["misc-images/modes/CMYK.jpg"]);

async function hashFile(path: string) {
  return hashPdq(await decodeImage(readFileSync(join(PDQ_DATA, path)), LIMITS));
}

describe("PDQ against the C++ reference (same pixels → same bits)", () => {
  it("covers every image of the reference CSV", () => {
    expect(REFERENCE.length).toBe(49);
  });

  it.each(REFERENCE.filter((r) => !DECODER_DIFFERS.has(r.path)).map((r) => [r.path, r] as const))(
    "%s: hash, quality and 8 dihedrals exact",
    async (_path, ref) => {
      const img = await decodeImage(readFileSync(join(PDQ_DATA, ref.path)), LIMITS);
      const initial = pdqBackend();
      try {
        for (const backend of ["wasm", "js"] as const) {
          setPdqBackend(backend);
          const got = hashPdq(img);
          expect(got, backend).not.toBeNull();
          expect(got!.hash, backend).toBe(ref.hash);
          expect(got!.quality, backend).toBe(ref.quality);
          expect(got!.dihedrals, backend).toEqual(ref.dihedrals);
        }
      } finally {
        setPdqBackend(initial);
      }
    },
  );
});

describe("PDQ decode + hash pipeline within decoder tolerance", () => {
  it.each(REFERENCE.map((r) => [r.path, r] as const))("%s", async (_path, ref) => {
    const got = await hashFile(ref.path);
    expect(got).not.toBeNull();
    if (ref.quality >= 80) {
      expect(pdqDistance(got!.hash, ref.hash)).toBeLessThanOrEqual(10);
      for (const d of PDQ_DIHEDRALS) expect(pdqDistance(got!.dihedrals[d], ref.dihedrals[d])).toBeLessThanOrEqual(10);
    }
    expect(Math.abs(got!.quality - ref.quality)).toBeLessThanOrEqual(ref.quality >= 80 ? 5 : 10);
  });
});

describe("PDQ robustness", () => {
  it("keeps every bridge-mods edit within 31 bits of the original", async () => {
    const original = await hashFile("bridge-mods/aaa-orig.jpg");
    const edits = REFERENCE.filter((r) => r.path.startsWith("bridge-mods/") && !r.path.endsWith("aaa-orig.jpg"));
    expect(edits.length).toBe(11);
    for (const edit of edits) {
      const got = await hashFile(edit.path);
      expect(pdqDistance(got!.hash, original!.hash), edit.path).toBeLessThanOrEqual(31);
    }
  });

  it("each rotated/flipped file is nearest to the matching dihedral of the original", async () => {
    const files = [
      "bridge-1-original.jpg",
      "bridge-2-rotate-90.jpg",
      "bridge-3-rotate-180.jpg",
      "bridge-4-rotate-270.jpg",
      "bridge-5-flipx.jpg",
      "bridge-6-flipy.jpg",
      "bridge-7-flip-plus-1.jpg",
      "bridge-8-flip-minus-1.jpg",
    ];
    const original = (await hashFile(`reg-test-input/dih/${files[0]}`))!;
    for (let i = 0; i < files.length; i++) {
      const transformed = (await hashFile(`reg-test-input/dih/${files[i]}`))!;
      const distances = PDQ_DIHEDRALS.map((d) => pdqDistance(transformed.hash, original.dihedrals[d]));
      expect(distances[i], files[i]).toBeLessThanOrEqual(31);
      expect(Math.min(...distances.filter((_, j) => j !== i)), files[i]).toBeGreaterThan(64);
    }
  });
});

describe("hashPdq edge cases", () => {
  it("returns null for images too small or without any variation", () => {
    expect(hashPdq({ width: 4, height: 100, rgb: new Uint8Array(4 * 100 * 3).fill(7).map((_, i) => i % 251) })).toBeNull();
    expect(hashPdq({ width: 64, height: 64, rgb: new Uint8Array(64 * 64 * 3).fill(128) })).toBeNull();
  });

  it("hashes a gradient with 128 bits set and a valid quality", () => {
    const w = 100;
    const h = 80;
    const rgb = new Uint8Array(w * h * 3);
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) rgb.fill(((x * 7 + y * 3) ^ (x * y)) & 255, (y * w + x) * 3, (y * w + x) * 3 + 3);
    const got = hashPdq({ width: w, height: h, rgb })!;
    expect(got.hash).toMatch(/^[0-9a-f]{64}$/);
    const ones = [...got.hash].reduce((n, c) => n + [...parseInt(c, 16).toString(2)].filter((b) => b === "1").length, 0);
    expect(ones).toBe(128);
    expect(got.quality).toBeGreaterThanOrEqual(0);
    expect(got.quality).toBeLessThanOrEqual(100);
  });

  it("rejects an RGB buffer shorter than width × height × 3", () => {
    expect(() => hashPdq({ width: 10, height: 10, rgb: new Uint8Array(299) })).toThrow(RangeError);
  });

  it("squashes large images to exactly 512 × 512 by nearest neighbour (floor(x·w/512)) before hashing", () => {
    const w = 1024;
    const h = 600;
    const rgb = new Uint8Array(w * h * 3);
    for (let i = 0; i < w * h * 3; i++) rgb[i] = Math.imul(i, 2654435761) >>> 24;
    const square = new Uint8Array(512 * 512 * 3);
    for (let y = 0; y < 512; y++) {
      for (let x = 0; x < 512; x++) {
        const p = (Math.floor((y * h) / 512) * w + Math.floor((x * w) / 512)) * 3;
        square.set(rgb.subarray(p, p + 3), (y * 512 + x) * 3);
      }
    }
    expect(hashPdq({ width: w, height: h, rgb })).toEqual(hashPdq({ width: 512, height: 512, rgb: square }));
    const squashed = squashForPdq({ width: w, height: h, rgb });
    expect([squashed.width, squashed.height]).toEqual([512, 512]);
    expect(Buffer.from(squashed.rgb).equals(Buffer.from(square))).toBe(true);
    const small = { width: 300, height: 200, rgb: rgb.subarray(0, 300 * 200 * 3) };
    expect(squashForPdq(small)).toBe(small);
  });
});
