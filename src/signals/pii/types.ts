/**
 * Personal-information (PII) signals: spans of personal data found in text.
 * Spans use ORIGINAL text offsets (UTF-16 code units, end exclusive). Matched values are never logged.
 */

/** Stable snake_case ids of the PII types we detect. */
export const PII_TYPES = ["phone", "email", "address", "national_id", "geo", "social_handle", "plate"] as const;
export type PiiType = (typeof PII_TYPES)[number];

/**
 * How a span was established, strongest first:
 * - `checksum`: the value's own check digit(s) validate (CPF, Aadhaar, Thai ID, ...);
 * - `structure`: length plus embedded structure (valid date, region code, numbering plan) validate;
 * - `context`: only the shape plus a nearby cue word ("NID", "CNIC", "citizenship no.") support it.
 */
export type PiiEvidence = "checksum" | "structure" | "context";

export interface PiiSpan {
  start: number;
  end: number;
  type: PiiType;
  /** Probability-like confidence in [0,1] that the span really is personal data of this type. */
  confidence: number;
  /** Sub-type, e.g. "kr_rrn", "in_aadhaar", "mobile", "map_url". Never the value itself. */
  kind: string;
  evidence: PiiEvidence;
}

export interface PiiOptions {
  /** ISO 639-1/3 language of the text; orders locale-specific interpretations (phone default regions). */
  language?: string;
}

/** One detector per PII type, all with this shape (STYLE.md #2). */
export interface PiiDetector {
  readonly type: PiiType;
  detect(text: string, options?: PiiOptions): PiiSpan[];
}
