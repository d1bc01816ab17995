/**
 * assessSynthetic: one likelihood that an image was generated or edited by AI, from the evidence items of
 * provenance (C2PA, IPTC/XMP, EXIF, generator metadata) and invisible watermarks. Never says "real":
 * with no AI evidence the answer is "unknown" (or "low" only when a validated C2PA manifest records a
 * capture or non-AI edits).
 *
 * Rules, first match wins:
 *   high    a cryptographic (validated C2PA) item indicating ai_generated or ai_edited;
 *           or an invisible watermark with bit-match score ≥ 0.85 (a random image reaches that with
 *           probability < 1e-6 for the 46- and 48-bit marks, ~1e-17 for the 136-bit SD1 mark);
 *           or a watermark plus any declared AI item (two independent sources agree)
 *   medium  any other AI item: a watermark detected below 0.85, declared metadata (IPTC DigitalSourceType, generator
 *           text chunks, EXIF Software naming a generator, an unvalidated or failed C2PA manifest declaring AI)
 *   low     no AI item, and a cryptographic C2PA item indicating captured / edited (a signed history with no AI)
 *   unknown everything else, including camera EXIF alone (trivially copied) and no evidence at all
 * Weak items never raise the likelihood on their own; they are listed for the reviewer.
 */
import type { Evidence } from "./evidence.js";
import type { WatermarkResult } from "./watermark/detect.js";

export type SyntheticLikelihood = "unknown" | "low" | "medium" | "high";

export interface SyntheticAssessment {
  likelihood: SyntheticLikelihood;
  evidence: Evidence[];
}

/** Watermark score at or above which a detection alone counts as high likelihood. */
export const WATERMARK_HIGH_SCORE = 0.85;

const isAi = (e: Evidence) => e.indicates === "ai_generated" || e.indicates === "ai_edited";

export function assessSynthetic(evidence: readonly Evidence[]): SyntheticAssessment {
  const items = [...evidence];
  const ai = items.filter(isAi);
  const watermarks = ai.filter((e) => e.kind === "watermark");
  const declaredAi = ai.filter((e) => e.strength === "declared" || e.strength === "cryptographic");
  let likelihood: SyntheticLikelihood = "unknown";
  if (
    ai.some((e) => e.strength === "cryptographic") ||
    watermarks.some((e) => typeof e.value.score === "number" && e.value.score >= WATERMARK_HIGH_SCORE) ||
    (watermarks.length > 0 && declaredAi.length > 0)
  ) {
    likelihood = "high";
  } else if (ai.some((e) => e.strength !== "weak")) {
    likelihood = "medium";
  } else if (items.some((e) => e.strength === "cryptographic" && (e.indicates === "captured" || e.indicates === "edited"))) {
    likelihood = "low";
  }
  // strongest first, so a reviewer reads the deciding item first
  const order = { cryptographic: 0, watermark: 1, declared: 2, weak: 3 } as const;
  items.sort((a, b) => Number(isAi(b)) - Number(isAi(a)) || order[a.strength] - order[b.strength]);
  return { likelihood, evidence: items };
}

/** Evidence items for detected watermarks (undetected candidates are not evidence). */
export function watermarkEvidence(results: readonly WatermarkResult[]): Evidence[] {
  return results
    .filter((r) => r.detected)
    .map((r) => ({
      kind: "watermark" as const,
      strength: "watermark" as const,
      indicates: "ai_generated" as const,
      value: {
        variant: r.variant,
        matches: r.matches,
        length: r.length,
        score: Number(r.score.toFixed(4)),
        channelOrder: r.channelOrder,
        polarity: r.polarity,
      },
      summary: `invisible watermark of ${r.variant.toUpperCase()} (dwtDct): ${r.matches}/${r.length} bits match`,
    }));
}
