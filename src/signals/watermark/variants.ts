/**
 * The watermark messages image generators embed with the dwtDct method. Bits are MSB-first.
 * Thresholds (`minMatches`) are minimum bit matches for "detected", in the best of 2 channel orders × 2 polarities.
 * Chosen so that an unmarked image, whose bits behave like fair coin flips, reaches them with probability
 * ≲ 1e-4 per variant (binomial tail ≈ 2.5e-5 per combination, z ≈ 4.05), and checked by bench/watermark-rates.ts:
 * no clean image in ../shared/testdata reaches them (highest clean: sd1 78/136, sd2 22/32, sdxl 30/48,
 * flux 33/46). A flat image decodes to constant bits, which match at most 68/136, 19/32, 27/48, 28/46.
 */
export type WatermarkVariant = "sd1" | "sd2" | "sdxl" | "flux";

export interface WatermarkSpec {
  variant: WatermarkVariant;
  /** Who embeds it. */
  description: string;
  bits: readonly number[];
  /** Minimum matching bits (either polarity, either channel order) to report a detection. */
  minMatches: number;
}

const bitsOfBytes = (text: string) => [...Buffer.from(text, "latin1")].flatMap((byte) => [7, 6, 5, 4, 3, 2, 1, 0].map((s) => (byte >> s) & 1));
/** Python `[int(b) for b in bin(N)[2:]]`: leading zero bits dropped. */
const bitsOfBinary = (binary: string) => [...binary.replace(/^0+/, "")].map(Number);

export const WATERMARK_SPECS: readonly WatermarkSpec[] = Object.freeze([
  {
    variant: "sd1",
    description: 'Stable Diffusion 1.x scripts (CompVis): bytes "StableDiffusionV1" (136 bits)',
    bits: bitsOfBytes("StableDiffusionV1"),
    minMatches: 92,
  },
  {
    variant: "sd2",
    description: 'Stable Diffusion 2.x scripts (Stability-AI/stablediffusion): bytes "SDV2" (32 bits)',
    bits: bitsOfBytes("SDV2"),
    minMatches: 28,
  },
  {
    variant: "sdxl",
    description: "SDXL (Stability generative-models, diffusers StableDiffusionXLWatermarker): 0xB3EC907BB19E (48 bits)",
    bits: bitsOfBinary((0xb3ec907bb19en).toString(2)),
    minMatches: 38,
  },
  {
    variant: "flux",
    description: "FLUX reference code: 0b001010101111111010000111100111001111010100101110 with leading zeros dropped (46 bits)",
    bits: bitsOfBinary("001010101111111010000111100111001111010100101110"),
    minMatches: 37,
  },
] satisfies WatermarkSpec[]);
