import { addressDetector } from "./address.js";
import { emailDetector } from "./email.js";
import { geoDetector } from "./geo.js";
import { socialHandleDetector } from "./handle.js";
import { nationalIdDetector } from "./national-id.js";
import { phoneDetector } from "./phone.js";
import type { PiiDetector, PiiOptions, PiiSpan, PiiType } from "./types.js";

export * from "./types.js";
export { foldDigits } from "./digits.js";

/** Registry of PII detectors, one per type (STYLE.md #2). Adding one = a module + one line here. */
export const PII_DETECTORS: Readonly<Partial<Record<PiiType, PiiDetector>>> = Object.freeze({
  phone: phoneDetector,
  email: emailDetector,
  address: addressDetector,
  national_id: nationalIdDetector,
  geo: geoDetector,
  social_handle: socialHandleDetector,
});

/**
 * Longest input the PII scan accepts (UTF-16 units). Longer text is scanned up to this length only;
 * callers bound request sizes anyway, this keeps regex work linear and predictable.
 */
export const PII_MAX_SCAN_CHARS = 100_000;

/**
 * Resolve overlaps: when spans overlap, keep the most confident (ties: the longer). A national id and a
 * phone number can share digits ("+91 98765 43210" vs a 10-digit BD NID), an address can contain a number.
 * Address spans may legitimately contain other spans, so they are kept alongside.
 */
const resolveOverlaps = (spans: PiiSpan[]): PiiSpan[] => {
  const ranked = [...spans].sort((a, b) => b.confidence - a.confidence || b.end - b.start - (a.end - a.start));
  const kept: PiiSpan[] = [];
  for (const s of ranked) {
    const clash = kept.some((k) => k.start < s.end && s.start < k.end && k.type !== "address" && s.type !== "address");
    if (!clash) kept.push(s);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
};

/**
 * Find personal information in text. Spans are in ORIGINAL offsets; values are never logged.
 * Example:
 *   detectPii("her number is 010-1234-5678", { language: "ko" })
 *   // [{ start: 14, end: 27, type: "phone", kind: "mobile", confidence: 0.8, evidence: "structure" }]
 */
export const detectPii = (text: string, options: PiiOptions & { types?: readonly PiiType[] } = {}): PiiSpan[] => {
  const scanned = text.length > PII_MAX_SCAN_CHARS ? text.slice(0, PII_MAX_SCAN_CHARS) : text;
  const spans: PiiSpan[] = [];
  for (const [type, detector] of Object.entries(PII_DETECTORS) as [PiiType, PiiDetector][]) {
    if (options.types && !options.types.includes(type)) continue;
    spans.push(...detector.detect(scanned, options));
  }
  return resolveOverlaps(spans);
};
