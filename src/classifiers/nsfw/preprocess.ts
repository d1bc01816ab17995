import { assertRgbImage, type RgbImage } from "../../signals/rgb-image.js";

/** Input side of the network (nsfwjs MobileNetV2). */
export const NSFW_INPUT_SIZE = 224;

/**
 * nsfwjs' preprocessing, reproduced exactly (nsfwjs 4.4.0 `NSFWJS.infer`):
 *   1. pixels as float32 divided by 255 (RGB order, alpha dropped, no mean/std normalisation);
 *   2. if the image is not already 224x224, `tf.image.resizeBilinear(x, [224, 224], alignCorners = true)`
 *      (halfPixelCenters = false: source = dst * (in - 1) / (out - 1), bilinear between floor and ceil);
 *   3. NHWC layout [1, 224, 224, 3].
 * Writes into `out` (length 224*224*3) so a caller can batch several images in one tensor.
 */
export function preprocessForNsfw(img: RgbImage, out = new Float32Array(NSFW_INPUT_SIZE * NSFW_INPUT_SIZE * 3)): Float32Array {
  assertRgbImage(img);
  const { width: w, height: h, rgb } = img;
  const size = NSFW_INPUT_SIZE;
  if (w === size && h === size) {
    for (let i = 0; i < rgb.length; i++) out[i] = rgb[i]! / 255;
    return out;
  }
  const rowRatio = (h - 1) / (size - 1);
  const colRatio = (w - 1) / (size - 1);
  for (let y = 0; y < size; y++) {
    const fy = rowRatio * y;
    const y0 = Math.max(0, Math.floor(fy));
    const y1 = Math.min(h - 1, Math.ceil(fy));
    const dy = fy - y0;
    for (let x = 0; x < size; x++) {
      const fx = colRatio * x;
      const x0 = Math.max(0, Math.floor(fx));
      const x1 = Math.min(w - 1, Math.ceil(fx));
      const dx = fx - x0;
      const tl = (y0 * w + x0) * 3;
      const tr = (y0 * w + x1) * 3;
      const bl = (y1 * w + x0) * 3;
      const br = (y1 * w + x1) * 3;
      const o = (y * size + x) * 3;
      for (let c = 0; c < 3; c++) {
        // float32 values as tfjs stores them after the division
        const a = Math.fround(rgb[tl + c]! / 255);
        const b = Math.fround(rgb[tr + c]! / 255);
        const d = Math.fround(rgb[bl + c]! / 255);
        const e = Math.fround(rgb[br + c]! / 255);
        const top = a + (b - a) * dx;
        const bottom = d + (e - d) * dx;
        out[o + c] = top + (bottom - top) * dy;
      }
    }
  }
  return out;
}
