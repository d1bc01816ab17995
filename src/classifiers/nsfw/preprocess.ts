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
/** v / 255 as float32, the value tfjs holds after `img.toFloat().div(255)`. */
const UNIT = Float32Array.from({ length: 256 }, (_, v) => v / 255);

export function preprocessForNsfw(img: RgbImage, out = new Float32Array(NSFW_INPUT_SIZE * NSFW_INPUT_SIZE * 3)): Float32Array {
  assertRgbImage(img);
  const { width: w, height: h, rgb } = img;
  const size = NSFW_INPUT_SIZE;
  if (w === size && h === size) {
    for (let i = 0; i < rgb.length; i++) out[i] = UNIT[rgb[i]!]!;
    return out;
  }
  const rowRatio = (h - 1) / (size - 1);
  const colRatio = (w - 1) / (size - 1);
  // per output column: the two source columns (as byte offsets) and the weight, computed once
  const xl = new Int32Array(size);
  const xr = new Int32Array(size);
  const xw = new Float64Array(size);
  for (let x = 0; x < size; x++) {
    const fx = colRatio * x;
    const x0 = Math.max(0, Math.floor(fx));
    xl[x] = x0 * 3;
    xr[x] = Math.min(w - 1, Math.ceil(fx)) * 3;
    xw[x] = fx - x0;
  }
  for (let y = 0; y < size; y++) {
    const fy = rowRatio * y;
    const y0 = Math.max(0, Math.floor(fy));
    const rowTop = y0 * w * 3;
    const rowBottom = Math.min(h - 1, Math.ceil(fy)) * w * 3;
    const dy = fy - y0;
    for (let x = 0; x < size; x++) {
      const dx = xw[x]!;
      const tl = rowTop + xl[x]!;
      const tr = rowTop + xr[x]!;
      const bl = rowBottom + xl[x]!;
      const br = rowBottom + xr[x]!;
      const o = (y * size + x) * 3;
      for (let c = 0; c < 3; c++) {
        const a = UNIT[rgb[tl + c]!]!;
        const b = UNIT[rgb[tr + c]!]!;
        const d = UNIT[rgb[bl + c]!]!;
        const e = UNIT[rgb[br + c]!]!;
        const top = a + (b - a) * dx;
        const bottom = d + (e - d) * dx;
        out[o + c] = top + (bottom - top) * dy;
      }
    }
  }
  return out;
}
