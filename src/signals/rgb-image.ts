/**
 * The part of a decoded image (`DecodedImage` from src/content/image/decode.ts) that pixel-based image
 * components read: RGB interleaved 8-bit, alpha dropped, EXIF orientation not applied. Any `DecodedImage`
 * is an `RgbImage`, so these components do not depend on the decoder module.
 */
export interface RgbImage {
  width: number;
  height: number;
  /** length width * height * 3 */
  rgb: Uint8Array;
}

/** Throws a clear error when the pixel buffer does not match the dimensions (never reads out of bounds). */
export function assertRgbImage(img: RgbImage): void {
  const { width, height, rgb } = img;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    throw new RangeError(`invalid image dimensions ${width}x${height}`);
  }
  if (rgb.length !== width * height * 3) {
    throw new RangeError(`rgb buffer has ${rgb.length} bytes, expected ${width * height * 3} for ${width}x${height}`);
  }
}
