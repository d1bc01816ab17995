/**
 * Image signal evaluation on the shared fixtures (../shared/testdata):
 *  - PDQ robustness: Hamming distance of each named edit of the bridge photo to the original, and
 *    whether it still matches at the bank threshold;
 *  - invisible-watermark detection rate per generator variant and per degradation (PNG, JPEG q, resize),
 *    and false detections on unmarked carriers;
 *  - C2PA: manifest detection, validation outcome and AI-generation indication against the facts
 *    testdata/c2pa/SOURCES.md documents, plus an inventory of what every fixture yields.
 * Runs the production decode → signal code; fixtures are referenced by path, never copied.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeImage } from "../../src/content/image/decode.js";
import { hashPdq, pdqDistance } from "../../src/signals/pdq/pdq.js";
import { readProvenance } from "../../src/signals/provenance/index.js";
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

/** What testdata/c2pa/SOURCES.md states about a fixture (the ground truth for the detection rates). */
export interface C2paExpectation {
  manifest: boolean;
  /** "valid" | "invalid" where SOURCES.md says so. */
  validation?: "valid" | "invalid";
  /** The manifest declares AI generation or AI editing. */
  ai?: boolean;
}

/** Facts documented in ../shared/testdata/c2pa/SOURCES.md (only those it states explicitly). */
export const C2PA_EXPECTATIONS: Readonly<Record<string, C2paExpectation>> = Object.freeze({
  "C.jpg": { manifest: true, ai: true },
  "CA.jpg": { manifest: true, validation: "valid" },
  "XCA.jpg": { manifest: true, validation: "invalid" },
  "E-sig-CA.jpg": { manifest: true, validation: "invalid" },
  "ocsp.jpg": { manifest: true, ai: true },
  "no_manifest.jpg": { manifest: false },
  "cloud.jpg": { manifest: false },
  "IMG_0003.jpg": { manifest: false },
  "P1000827.jpg": { manifest: false },
  "c2pats-amazon-titan-g1.png": { manifest: true, ai: true },
});

export interface C2paRow {
  file: string;
  format: string;
  manifest: boolean;
  validation: string | null;
  ai: boolean;
  evidence: string[];
  expected: C2paExpectation | null;
  /** Every stated expectation holds (null when the fixture has none). */
  agrees: boolean | null;
}

export interface ImageEvalResult {
  pdq: { reference: string; matchDistance: number; rows: PdqRow[] } | { skipped: string };
  watermark: { rows: WatermarkRow[]; byCondition: WatermarkSummary[]; byVariant: WatermarkSummary[] } | { skipped: string };
  c2pa?:
    | {
        rows: C2paRow[];
        manifestDetection: { expected: number; detected: number; falseManifests: number; expectedNone: number };
        validationAgreement: { checked: number; agree: number };
        aiAgreement: { checked: number; agree: number };
      }
    | { skipped: string };
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

const AI_INDICATIONS = new Set(["ai_generated", "ai_edited"]);

export async function evaluateC2pa(dir: string): Promise<NonNullable<ImageEvalResult["c2pa"]>> {
  if (!existsSync(dir)) return { skipped: `no ${dir}` };
  const rows: C2paRow[] = [];
  for (const file of readdirSync(dir).filter((f) => !/\.md$/i.test(f)).sort()) {
    const r = await readProvenance(new Uint8Array(readFileSync(join(dir, file))));
    const c2paEvidence = r.evidence.filter((e) => e.kind === "c2pa" && e.strength !== "weak");
    const row: C2paRow = {
      file,
      format: r.format,
      manifest: r.c2pa !== null,
      validation: r.c2pa?.validation.state ?? null,
      ai: c2paEvidence.some((e) => AI_INDICATIONS.has(String(e.indicates))),
      evidence: r.evidence.map((e) => `${e.kind}:${String(e.indicates)}:${e.strength}`),
      expected: C2PA_EXPECTATIONS[file] ?? null,
      agrees: null,
    };
    const x = row.expected;
    if (x) {
      const validOk = x.validation === undefined || (x.validation === "valid" ? row.validation === "valid" || row.validation === "trusted" : row.validation === "invalid");
      row.agrees = row.manifest === x.manifest && validOk && (x.ai === undefined || row.ai === x.ai);
    }
    rows.push(row);
  }
  const withX = rows.filter((r) => r.expected);
  const count = (xs: C2paRow[], ok: (r: C2paRow) => boolean) => xs.filter(ok).length;
  const validation = withX.filter((r) => r.expected!.validation);
  const ai = withX.filter((r) => r.expected!.ai !== undefined);
  return {
    rows,
    manifestDetection: {
      expected: count(withX, (r) => r.expected!.manifest),
      detected: count(withX, (r) => r.expected!.manifest && r.manifest),
      expectedNone: count(withX, (r) => !r.expected!.manifest),
      falseManifests: count(withX, (r) => !r.expected!.manifest && r.manifest),
    },
    validationAgreement: {
      checked: validation.length,
      agree: count(validation, (r) => (r.expected!.validation === "valid" ? r.validation === "valid" || r.validation === "trusted" : r.validation === "invalid")),
    },
    aiAgreement: { checked: ai.length, agree: count(ai, (r) => r.ai === r.expected!.ai) },
  };
}

/** Runs every image evaluation whose fixtures exist under `testdataDir`. */
export async function evaluateImages(testdataDir: string): Promise<ImageEvalResult> {
  return {
    pdq: await evaluatePdq(join(testdataDir, "pdq", "bridge-mods")),
    watermark: await evaluateWatermarks(join(testdataDir, "watermark")),
    c2pa: await evaluateC2pa(join(testdataDir, "c2pa")),
  };
}
