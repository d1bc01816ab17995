/**
 * Image decoding with limits, on sharp (libvips). Every image signal (PDQ, exact hashes, safety
 * classifier, provenance readers) starts from a `DecodedImage`.
 *
 * Limits are enforced twice: the header dimensions are checked against `maxPixels` before any pixel
 * is decoded (a 50 kB PNG can declare 100 000 × 100 000 pixels: a decompression bomb), and sharp's
 * own `limitInputPixels` guards the decoder itself.
 *
 * Example:
 *   const img = await decodeImage(bytes);            // throws ImageError on bad input
 *   img.width, img.height, img.rgb                   // first frame, 8-bit RGB, alpha dropped
 */
import sharp, { type Metadata, type OutputInfo, type SharpOptions } from "sharp";

export interface ImageLimits {
  /** Largest accepted file, in bytes. */
  maxBytes: number;
  /** Largest accepted first-frame width × height, read from the header before decoding. */
  maxPixels: number;
}

export const DEFAULT_IMAGE_LIMITS: ImageLimits = Object.freeze({
  maxBytes: 20 * 1024 * 1024,
  maxPixels: 50_000_000,
});

export type ImageFormat = "jpeg" | "png" | "webp" | "gif" | "avif" | "tiff" | "heif";

export interface DecodedImage {
  format: ImageFormat;
  /** Of the decoded first frame. */
  width: number;
  height: number;
  /** 8-bit RGB interleaved, width*height*3, alpha dropped (not composited), EXIF orientation NOT applied. */
  rgb: Uint8Array;
  /** Frames/pages in the file. */
  pages: number;
  /** True when pages > 1 and only the first was decoded. */
  firstFrameOnly: boolean;
  /** The original file bytes (for provenance readers and exact hashes). */
  bytes: Uint8Array;
}

export type ImageErrorCode =
  | "image_too_large"
  | "image_too_many_pixels"
  | "unsupported_image_format"
  | "malformed_image";

export class ImageError extends Error {
  constructor(
    readonly code: ImageErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ImageError";
  }
}

/** Formats we accept, by sharp's metadata `format` id. AVIF is reported by libvips as `heif` + av1. */
const SHARP_FORMATS: Readonly<Record<string, ImageFormat>> = Object.freeze({
  jpeg: "jpeg",
  png: "png",
  webp: "webp",
  gif: "gif",
  tiff: "tiff",
  heif: "heif",
});

export const SUPPORTED_IMAGE_FORMATS: readonly ImageFormat[] = Object.freeze([
  "jpeg",
  "png",
  "webp",
  "gif",
  "avif",
  "tiff",
  "heif",
]);

// One libvips thread per image and no operation cache: the service runs a worker pool sized to
// the CPU quota (2 cores here), so parallelism comes from concurrent requests, and caching decoded
// user images would only hold content in memory longer than needed.
sharp.concurrency(1);
sharp.cache(false);

/**
 * Decodes the first frame of an image to 8-bit RGB.
 * @throws ImageError with a stable code; nothing else escapes for bad input.
 */
export async function decodeImage(bytes: Uint8Array, limits: ImageLimits = DEFAULT_IMAGE_LIMITS): Promise<DecodedImage> {
  if (!(bytes instanceof Uint8Array)) throw new ImageError("malformed_image", "image must be bytes");
  if (bytes.byteLength === 0) throw new ImageError("malformed_image", "image is empty");
  if (bytes.byteLength > limits.maxBytes) {
    throw new ImageError("image_too_large", `image is ${bytes.byteLength} bytes; the limit is ${limits.maxBytes}`);
  }
  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sharpOptions: SharpOptions = {
    limitInputPixels: limits.maxPixels,
    failOn: "error",
    ignoreIcc: true,
    pages: 1,
    page: 0,
  };

  let meta: Metadata;
  try {
    meta = await sharp(input, { ...sharpOptions, limitInputPixels: false }).metadata();
  } catch (err) {
    throw classifySharpError(err, "header");
  }
  const format = formatOf(meta);
  const width = meta.width;
  const frameHeight = meta.pageHeight ?? meta.height;
  if (!width || !frameHeight) throw new ImageError("malformed_image", "image header has no dimensions");
  if (width * frameHeight > limits.maxPixels) {
    throw new ImageError(
      "image_too_many_pixels",
      `image is ${width}×${frameHeight} = ${width * frameHeight} pixels; the limit is ${limits.maxPixels}`,
    );
  }
  const pages = Math.max(1, meta.pages ?? 1);

  let data: Buffer;
  let info: OutputInfo;
  try {
    // 8-bit sRGB with three bands already (most JPEGs): ask libvips for no conversion at all, which
    // saves it a pass over the pixels; the output is byte-identical (checked on every reference image).
    // Sequential access: the decoder streams top to bottom instead of serving random tile reads.
    const plainRgb = meta.channels === 3 && meta.space === "srgb" && meta.depth === "uchar";
    const pipeline = sharp(input, { ...sharpOptions, sequentialRead: true });
    ({ data, info } = await (plainRgb ? pipeline : pipeline.removeAlpha().toColourspace("srgb"))
      .raw({ depth: "uchar" })
      .toBuffer({ resolveWithObject: true }));
  } catch (err) {
    throw classifySharpError(err, "pixels");
  }
  if (info.channels !== 3 || data.length !== info.width * info.height * 3) {
    throw new ImageError("malformed_image", `decoder returned ${info.channels} channels; expected RGB`);
  }
  return {
    format,
    width: info.width,
    height: info.height,
    rgb: new Uint8Array(data.buffer, data.byteOffset, data.length),
    pages,
    firstFrameOnly: pages > 1,
    bytes,
  };
}

function formatOf(meta: Metadata): ImageFormat {
  const id = meta.format as string | undefined;
  const format = id ? SHARP_FORMATS[id] : undefined;
  if (!format) {
    throw new ImageError(
      "unsupported_image_format",
      `image format ${id ?? "unknown"} is not supported; use one of ${SUPPORTED_IMAGE_FORMATS.join(", ")}`,
    );
  }
  if (format === "heif" && meta.compression === "av1") return "avif";
  return format;
}

function classifySharpError(err: unknown, stage: "header" | "pixels"): ImageError {
  const message = err instanceof Error ? err.message : String(err);
  if (/unsupported image format/i.test(message)) {
    return new ImageError(
      "unsupported_image_format",
      `image format is not recognised; use one of ${SUPPORTED_IMAGE_FORMATS.join(", ")}`,
    );
  }
  if (/pixel limit/i.test(message)) {
    return new ImageError("image_too_many_pixels", "image exceeds the pixel limit");
  }
  // The decoder's own message names the fault (truncated file, bad marker) and never carries pixels.
  return new ImageError("malformed_image", `image could not be decoded (${stage}): ${firstLine(message)}`);
}

function firstLine(text: string): string {
  const line = text.split("\n", 1)[0] ?? "";
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
