import { readFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import sharp, { type Sharp } from "sharp";
import { describe, expect, it } from "vitest";
import { decodeImage, DEFAULT_IMAGE_LIMITS, ImageError } from "./decode.js";

const RED = { r: 200, g: 10, b: 30 };

function solid(width: number, height: number, alpha?: number) {
  const channels = alpha === undefined ? 3 : 4;
  const background = alpha === undefined ? RED : { ...RED, alpha };
  return sharp({ create: { width, height, channels, background } });
}

async function expectImageError(p: Promise<unknown>, code: ImageError["code"]) {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ImageError);
  expect((err as ImageError).code).toBe(code);
}

/** A PNG whose header claims width × height but carries almost no data: a decompression-bomb shape. */
function pngHeaderOnly(width: number, height: number): Uint8Array {
  const crcTable = new Int32Array(256).map((_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c;
  });
  const crc32 = (buf: Buffer) => {
    let c = -1;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ -1) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(Buffer.alloc(1024))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

describe("decodeImage", () => {
  it.each([
    ["jpeg", (s: Sharp) => s.jpeg({ quality: 95 })],
    ["png", (s: Sharp) => s.png()],
    ["webp", (s: Sharp) => s.webp({ lossless: true })],
    ["gif", (s: Sharp) => s.gif()],
    ["avif", (s: Sharp) => s.avif({ lossless: true })],
    ["tiff", (s: Sharp) => s.tiff()],
  ] as const)("decodes %s to first-frame RGB", async (format, encode) => {
    const bytes = new Uint8Array(await encode(solid(40, 24)).toBuffer());
    const img = await decodeImage(bytes);
    expect(img.format).toBe(format);
    expect([img.width, img.height]).toEqual([40, 24]);
    expect(img.rgb.length).toBe(40 * 24 * 3);
    expect(img.pages).toBe(1);
    expect(img.firstFrameOnly).toBe(false);
    expect(img.bytes).toBe(bytes);
    const [r, g, b] = img.rgb.subarray(40 * 12 * 3 + 60, 40 * 12 * 3 + 63);
    // Lossy formats move the colour a little; lossless ones keep it.
    const tolerance = format === "jpeg" ? 6 : format === "gif" ? 16 : 1;
    expect(Math.abs(r - RED.r)).toBeLessThanOrEqual(tolerance);
    expect(Math.abs(g - RED.g)).toBeLessThanOrEqual(tolerance);
    expect(Math.abs(b - RED.b)).toBeLessThanOrEqual(tolerance);
  });

  it("gives 8-bit sRGB images (no conversion requested) the same bytes as the converting pipeline", async () => {
    const dir = new URL("../../../../shared/testdata/pdq/", import.meta.url);
    for (const path of ["bridge-mods/aaa-orig.jpg", "misc-images/small.jpg", "misc-images/modes/P.png", "misc-images/modes/F.webp"]) {
      const bytes = readFileSync(new URL(path, dir));
      const converted = await sharp(bytes, { ignoreIcc: true, pages: 1 }).removeAlpha().toColourspace("srgb").raw({ depth: "uchar" }).toBuffer();
      const img = await decodeImage(bytes);
      expect(Buffer.from(img.rgb.buffer, img.rgb.byteOffset, img.rgb.length).equals(converted), path).toBe(true);
    }
  });

  it("drops alpha without compositing", async () => {
    const bytes = await solid(8, 8, 0.2).png().toBuffer();
    const img = await decodeImage(bytes);
    expect(Array.from(img.rgb.subarray(0, 3))).toEqual([RED.r, RED.g, RED.b]);
  });

  it("expands greyscale to three equal channels", async () => {
    const bytes = await solid(8, 8).greyscale().png().toBuffer();
    const img = await decodeImage(bytes);
    expect(img.rgb.length).toBe(8 * 8 * 3);
    expect(img.rgb[0]).toBe(img.rgb[1]);
    expect(img.rgb[1]).toBe(img.rgb[2]);
  });

  it("decodes only the first frame of an animated GIF and says so", async () => {
    const frames = await Promise.all(
      [0, 120, 240].map((r) =>
        sharp({ create: { width: 16, height: 10, channels: 3, background: { r, g: 0, b: 0 } } }).png().toBuffer(),
      ),
    );
    const gif = await sharp(frames, { join: { animated: true } }).gif().toBuffer();
    const img = await decodeImage(gif);
    expect(img.format).toBe("gif");
    expect([img.width, img.height]).toEqual([16, 10]);
    expect(img.pages).toBe(3);
    expect(img.firstFrameOnly).toBe(true);
    expect(img.rgb[0]).toBeLessThan(20); // the first frame is black
  });

  it("does not apply EXIF orientation", async () => {
    const bytes = await solid(40, 20).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const img = await decodeImage(bytes);
    expect([img.width, img.height]).toEqual([40, 20]);
  });

  it("refuses files over maxBytes before decoding", async () => {
    const bytes = await solid(64, 64).png().toBuffer();
    await expectImageError(decodeImage(bytes, { maxBytes: bytes.length - 1, maxPixels: 1e9 }), "image_too_large");
  });

  it("refuses a header declaring too many pixels (decompression bomb) without decoding it", async () => {
    const bomb = pngHeaderOnly(100_000, 100_000);
    expect(bomb.length).toBeLessThan(2_000);
    await expectImageError(decodeImage(bomb), "image_too_many_pixels");
    await expectImageError(decodeImage(await solid(100, 100).png().toBuffer(), { maxBytes: 1e6, maxPixels: 9_999 }), "image_too_many_pixels");
    expect(DEFAULT_IMAGE_LIMITS.maxPixels).toBe(50_000_000);
    expect(DEFAULT_IMAGE_LIMITS.maxBytes).toBe(20 * 1024 * 1024);
  });

  it("reports unsupported and malformed input with stable codes", async () => {
    await expectImageError(decodeImage(new Uint8Array(0)), "malformed_image");
    await expectImageError(decodeImage(new TextEncoder().encode("definitely not an image")), "unsupported_image_format");
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    await expectImageError(decodeImage(svg), "unsupported_image_format");
    const jpeg = await solid(256, 256).jpeg().toBuffer();
    await expectImageError(decodeImage(jpeg.subarray(0, jpeg.length >> 1)), "malformed_image");
    await expectImageError(decodeImage(pngHeaderOnly(64, 64)), "malformed_image");
  });
});
