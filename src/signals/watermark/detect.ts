import { assertRgbImage, type RgbImage } from "../rgb-image.js";
import { computeBlockVotesBoth, countMatches, decodeBits, type ChannelOrder } from "./dwt-dct.js";
import { WATERMARK_SPECS, type WatermarkSpec, type WatermarkVariant } from "./variants.js";

/** "normal": decoded bits equal the message; "inverted": every bit flipped (seen on float-path SDXL/FLUX embeddings). */
export type Polarity = "normal" | "inverted";

/**
 * One candidate watermark, scored in its best channel order and polarity.
 * `matches / length` is the bit-match score: ~0.5 on unmarked images, ≥ minMatches/length when detected.
 */
export interface WatermarkResult {
  variant: WatermarkVariant;
  length: number;
  matches: number;
  score: number;
  channelOrder: ChannelOrder;
  polarity: Polarity;
  minMatches: number;
  detected: boolean;
}

/**
 * Decode the dwtDct invisible watermark for every known variant (SD1, SD2, SDXL, FLUX) in both channel
 * orders and both polarities; one result per variant (its best combination). Images too small to carry the
 * message yield results with matches 0 and detected false.
 * Example:
 *   detectWatermarks(decoded).filter((r) => r.detected) // [{ variant: "sdxl", matches: 46, length: 48, ... }]
 */
export function detectWatermarks(img: RgbImage, specs: readonly WatermarkSpec[] = WATERMARK_SPECS): WatermarkResult[] {
  assertRgbImage(img);
  const orders: ChannelOrder[] = ["bgr", "rgb"];
  const both = computeBlockVotesBoth(img.rgb, img.width, img.height);
  const votes = orders.map((order) => both[order].votes);
  return specs.map((spec) => {
    const length = spec.bits.length;
    let best: WatermarkResult = {
      variant: spec.variant,
      length,
      matches: 0,
      score: 0,
      channelOrder: "bgr",
      polarity: "normal",
      minMatches: spec.minMatches,
      detected: false,
    };
    orders.forEach((channelOrder, k) => {
      const bits = decodeBits(votes[k]!, length);
      if (!bits) return;
      const m = countMatches(bits, spec.bits);
      for (const [polarity, matches] of [["normal", m], ["inverted", length - m]] as const) {
        if (matches > best.matches) best = { ...best, matches, channelOrder, polarity };
      }
    });
    best.score = best.matches / length;
    best.detected = best.matches >= spec.minMatches;
    return best;
  });
}
