/**
 * Image signal evaluation on the shared fixtures (../shared/testdata):
 *  - PDQ robustness: Hamming distance of each named edit of the bridge photo to the original, and
 *    whether it still matches at the bank threshold;
 *  - invisible-watermark detection rate per generator variant and per degradation (PNG, JPEG q, resize),
 *    and false detections on unmarked carriers.
 * Runs the production decode → signal code; fixtures are referenced by path, never copied.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeImage } from "../../src/content/image/decode.js";
import { hashPdq, pdqDistance } from "../../src/signals/pdq/pdq.js";
import { detectWatermarks } from "../../src/signals/watermark/index.js";

/** Upstream PDQ guidance: a match at Hamming distance ≤ 31 of 256 bits. */
export const PDQ_MATCH_DISTANCE = 31;

export interface PdqRow {
  file: string;
  distance: number | null;
  quality: number | null;
  matches: boolean;
  error?: string;
}

export interface WatermarkRow {
  file: string;
  expected: string;
  condition: string;
  detected: string[];
  /** The expected variant was detected (or, for an unmarked file, nothing was). */
  correct: boolean;
}

export interface WatermarkSummary {
  condition: string;
  marked: number;
  detected: number;
  detectionRate: number | null;
  unmarked: number;
  falseDetections: number;
}

export interface ImageEvalResult {
  pdq: { reference: string; matchDistance: number; rows: PdqRow[] } | { skipped: string };
  watermark: { rows: WatermarkRow[]; byCondition: WatermarkSummary[]; byVariant: WatermarkSummary[] } | { skipped: string };
}

async function hashFile(path: string) {
  const img = await decodeImage(new Uint8Array(readFileSync(path)));
  return hashPdq(img);
}

export async function evaluatePdq(dir: string, reference = "aaa-orig.jpg"): Promise<ImageEvalResult["pdq"]> {
  if (!existsSync(join(dir, reference))) return { skipped: `no ${reference} in ${dir}` };
  const ref = await hashFile(join(dir, reference));
  if (!ref) return { skipped: `${reference} could not be hashed` };
  const rows: PdqRow[] = [];
  for (const file of readdirSync(dir).filter((f) => f !== reference && /\.(jpe?g|png|webp|gif|tiff?)$/i.test(f)).sort()) {
    try {
      const h = await hashFile(join(dir, file));
      const distance = h ? pdqDistance(ref.hash, h.hash) : null;
      rows.push({ file, distance, quality: h?.quality ?? null, matches: distance !== null && distance <= PDQ_MATCH_DISTANCE });
    } catch (e) {
      rows.push({ file, distance: null, quality: null, matches: false, error: (e as Error).message });
    }
  }
  return { reference, matchDistance: PDQ_MATCH_DISTANCE, rows };
}

/** "png" (as embedded), "half" (50% resize), "jpegNN" (re-encoded at quality NN). */
const conditionOf = (file: string) => /_(half|jpeg\d+)\.\w+$/.exec(file)?.[1] ?? "png";

function summarise(key: string, rows: readonly WatermarkRow[]): WatermarkSummary {
  const marked = rows.filter((r) => r.expected !== "none");
  const unmarked = rows.filter((r) => r.expected === "none");
  const detected = marked.filter((r) => r.correct).length;
  return {
    condition: key,
    marked: marked.length,
    detected,
    detectionRate: marked.length ? detected / marked.length : null,
    unmarked: unmarked.length,
    falseDetections: unmarked.filter((r) => r.detected.length > 0).length,
  };
}

export async function evaluateWatermarks(dir: string): Promise<ImageEvalResult["watermark"]> {
  const expectedPath = join(dir, "expected-message.json");
  if (!existsSync(expectedPath)) return { skipped: `no expected-message.json in ${dir}` };
  const expected = JSON.parse(readFileSync(expectedPath, "utf8")) as [string, string][];
  const rows: WatermarkRow[] = [];
  for (const [file, variant] of expected) {
    const img = await decodeImage(new Uint8Array(readFileSync(join(dir, file))));
    const detected = detectWatermarks(img)
      .filter((r) => r.detected)
      .map((r) => r.variant as string);
    const correct = variant === "none" ? detected.length === 0 : detected.includes(variant);
    rows.push({ file, expected: variant, condition: conditionOf(file), detected, correct });
  }
  const group = (key: (r: WatermarkRow) => string) =>
    [...new Set(rows.map(key))].sort().map((k) => summarise(k, rows.filter((r) => key(r) === k)));
  return { rows, byCondition: group((r) => r.condition), byVariant: group((r) => r.expected).filter((s) => s.condition !== "none") };
}

/** Runs every image evaluation whose fixtures exist under `testdataDir`. */
export async function evaluateImages(testdataDir: string): Promise<ImageEvalResult> {
  return {
    pdq: await evaluatePdq(join(testdataDir, "pdq", "bridge-mods")),
    watermark: await evaluateWatermarks(join(testdataDir, "watermark")),
  };
}
