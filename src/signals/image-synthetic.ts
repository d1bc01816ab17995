/**
 * The synthetic-media part of an image verdict in one call: provenance (file metadata) and invisible
 * watermarks (pixels), combined by assessSynthetic. Each component fails on its own: its error is listed and
 * the other still contributes. Shapes follow src/scoring/verdict.ts (ComponentError) and issue 6.
 *
 * Example:
 *   const img = await decodeImage(bytes);
 *   const { synthetic, errors } = await assessImageSynthetic(img);
 *   verdict.synthetic = synthetic; verdict.errors.push(...errors);
 */
import type { RgbImage } from "./rgb-image.js";
import { readProvenance, type ProvenanceOptions, type ProvenanceReport } from "./provenance/read-provenance.js";
import { detectWatermarks, type WatermarkResult } from "./watermark/detect.js";
import { assessSynthetic, watermarkEvidence, type SyntheticAssessment } from "./synthetic.js";

export interface ImageSyntheticResult {
  synthetic: SyntheticAssessment;
  provenance: ProvenanceReport | null;
  watermarks: WatermarkResult[] | null;
  errors: { component: string; code: string; message: string }[];
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err)).slice(0, 300);

export async function assessImageSynthetic(
  img: RgbImage & { bytes: Uint8Array },
  options: { provenance?: ProvenanceOptions } = {},
): Promise<ImageSyntheticResult> {
  const errors: ImageSyntheticResult["errors"] = [];
  let provenance: ProvenanceReport | null = null;
  let watermarks: WatermarkResult[] | null = null;
  try {
    provenance = await readProvenance(img.bytes, options.provenance);
    for (const e of provenance.errors) errors.push({ component: `provenance:${e.component}`, code: "provenance_partial", message: e.message });
  } catch (err) {
    errors.push({ component: "provenance", code: "provenance_failed", message: message(err) });
  }
  try {
    watermarks = detectWatermarks(img);
  } catch (err) {
    errors.push({ component: "watermark", code: "watermark_failed", message: message(err) });
  }
  const synthetic = assessSynthetic([...(provenance?.evidence ?? []), ...watermarkEvidence(watermarks ?? [])]);
  return { synthetic, provenance, watermarks, errors };
}
