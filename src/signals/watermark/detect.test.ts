import { existsSync, readFileSync } from "node:fs";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { computeBlockVotes, countMatches, decodeBits } from "./dwt-dct.js";
import { detectWatermarks } from "./detect.js";
import { WATERMARK_SPECS } from "./variants.js";

const DIR = new URL("../../../../shared/testdata/watermark/", import.meta.url).pathname;
const HAVE_FIXTURES = existsSync(DIR);

async function load(file: string) {
  const { data, info } = await sharp(DIR + file).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, rgb: new Uint8Array(data.buffer, data.byteOffset, data.length) };
}

describe("watermark messages", () => {
  it("have the published lengths and MSB-first bits", () => {
    const len = Object.fromEntries(WATERMARK_SPECS.map((s) => [s.variant, s.bits.length]));
    expect(len).toEqual({ sd1: 136, sd2: 32, sdxl: 48, flux: 46 });
    const sd1 = WATERMARK_SPECS.find((s) => s.variant === "sd1")!.bits;
    expect(sd1.slice(0, 8)).toEqual([0, 1, 0, 1, 0, 0, 1, 1]); // "S" = 0x53
    const sdxl = WATERMARK_SPECS.find((s) => s.variant === "sdxl")!.bits;
    expect(sdxl.slice(0, 8)).toEqual([1, 0, 1, 1, 0, 0, 1, 1]); // 0xB3
    const flux = WATERMARK_SPECS.find((s) => s.variant === "flux")!.bits;
    expect(flux.slice(0, 4)).toEqual([1, 0, 1, 0]); // leading "00" dropped
  });
});

describe("decodeBits", () => {
  it("majority-votes block n into bit n mod L, ties going to 1 (imwatermark's mean*255 > 127)", () => {
    const sd2 = WATERMARK_SPECS.find((s) => s.variant === "sd2")!.bits;
    const votes = new Uint8Array(32 * 5).map((_, n) => sd2[n % 32]!);
    votes[0] ^= 1; // one corrupted block out of five for bit 0
    expect(countMatches(decodeBits(votes, 32)!, sd2)).toBe(32);
    expect(decodeBits(new Uint8Array([1, 0]), 1)).toEqual(new Uint8Array([1]));
  });
  it("returns null when the image has fewer blocks than bits", () => {
    expect(decodeBits(new Uint8Array(10), 48)).toBeNull();
  });
});

describe.skipIf(!HAVE_FIXTURES)("dwtDct decoder vs the reference Python decoder", () => {
  const reference = HAVE_FIXTURES
    ? (JSON.parse(readFileSync(DIR + "reference-decoder-bit-matches.json", "utf8")) as Record<string, Record<string, number>>)
    : {};

  it.each(["bridge_sd1_uint8.png", "peppers_sdxl_genmodels_float.png", "bridge_sdxl_diffusers_oldRGB.png", "peppers_flux_genmodels_float_jpeg95.jpg", "peppers_clean.png"])(
    "recovers exactly the reference bit-match counts for %s (both channel orders)",
    async (file) => {
      const img = await load(file);
      for (const [order, suffix] of [["bgr", ""], ["rgb", "_swap"]] as const) {
        const votes = computeBlockVotes(img.rgb, img.width, img.height, order).votes;
        for (const spec of WATERMARK_SPECS.filter((s) => s.variant !== "sd2")) {
          expect(countMatches(decodeBits(votes, spec.bits.length)!, spec.bits), `${spec.variant}${suffix}`).toBe(reference[file]![spec.variant + suffix]);
        }
      }
    },
  );

  it.each([
    ["bridge_sd1_uint8.png", "sd1", "bgr", "normal"],
    ["bridge_sdxl_genmodels_float.png", "sdxl", "bgr", "normal"],
    ["peppers_sdxl_genmodels_float.png", "sdxl", "bgr", "inverted"],
    ["bridge_sdxl_diffusers_oldRGB.png", "sdxl", "rgb", "normal"],
    ["peppers_flux_genmodels_float.png", "flux", "bgr", "inverted"],
  ] as const)("detects %s as %s (%s, %s) and nothing else", async (file, variant, channelOrder, polarity) => {
    const results = detectWatermarks(await load(file));
    expect(results.filter((r) => r.detected).map((r) => r.variant)).toEqual([variant]);
    expect(results.find((r) => r.variant === variant)).toMatchObject({ channelOrder, polarity, detected: true });
  });

  it.each(["bridge_clean.png", "peppers_clean.png"])("flags nothing on the clean carrier %s, scores near 0.5", async (file) => {
    const results = detectWatermarks(await load(file));
    expect(results.some((r) => r.detected)).toBe(false);
    for (const r of results) expect(r.score).toBeLessThan(0.75);
  });
});

describe("detectWatermarks on edge cases", () => {
  it("handles images too small to carry any message", () => {
    const results = detectWatermarks({ width: 3, height: 3, rgb: new Uint8Array(27) });
    expect(results.every((r) => !r.detected && r.matches === 0)).toBe(true);
  });
  it("does not flag a flat image (constant bits)", () => {
    const results = detectWatermarks({ width: 256, height: 256, rgb: new Uint8Array(256 * 256 * 3).fill(128) });
    expect(results.some((r) => r.detected)).toBe(false);
  });
  it("rejects a pixel buffer of the wrong size", () => {
    expect(() => detectWatermarks({ width: 100, height: 100, rgb: new Uint8Array(10) })).toThrow(RangeError);
  });
});
