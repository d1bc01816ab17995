import type { Span } from "../classifiers/types.js";
import type { Decision } from "../policy/policy.js";

/** Per-label outcome. `score` is a calibrated probability, or null when no component covers the label. */
export interface LabelVerdict {
  score: number | null;
  threshold: number;
  flagged: boolean;
  /**
   * Why a score is null or how to read it (e.g. "no component covers this label yet"), or that a framing gate's
   * mention reading is what kept the label below its threshold (with the score without that reading).
   */
  note?: string;
}

export interface ComponentError {
  /** Classifier or signal id, e.g. "fasttext-tfgbv", "langid", "pdq". */
  component: string;
  code: string;
  message: string;
}

export interface ModelRef {
  id: string;
  version: string;
  kind: string;
}

export interface LanguageVerdict {
  code: string;
  confidence: number;
  /** "hint" when the caller gave the language, "detected" otherwise. */
  source: "hint" | "detected";
  /** False when our evaluation has no measured number for this language: treat scores with caution. */
  measured: boolean;
  romanized?: boolean;
  note?: string;
}

export interface Timing {
  totalMs: number;
  stages: Record<string, number>;
}

/**
 * What a score request returns. Content is never echoed: `content.sha256` identifies it.
 * Text verdicts key `labels` by the text taxonomy; image verdicts by image safety classes.
 */
export interface Verdict {
  id: string;
  kind: "text" | "image";
  content: { sha256: string; length: number };
  labels: Record<string, LabelVerdict>;
  decision: Decision;
  /** Human-readable reasons for the decision, e.g. "misogyny 0.93 ≥ 0.60 → review". */
  reasons: string[];
  language?: LanguageVerdict;
  spans?: Span[];
  /** Per-model raw scores (explain: true). */
  modelScores?: Record<string, Record<string, number>>;
  /**
   * Counter-evidence (explain: true, when a component found some): ranges of the ORIGINAL text that read as speaking
   * well of a group ("women deserve respect"), by component. Fusion `vetoes` may cap labels on them; the label's `note`
   * says when that changed a decision.
   */
  counterSpans?: { start: number; end: number; source: string }[];
  models: ModelRef[];
  policy: { id: string; version: string };
  timing: Timing;
  errors: ComponentError[];
  cached: boolean;
  // image verdicts
  image?: Record<string, unknown>;
  hashes?: Record<string, unknown> | null;
  matches?: Record<string, unknown>[];
  synthetic?: { likelihood: "unknown" | "low" | "medium" | "high"; evidence: Record<string, unknown>[] };
  text?: Verdict | null;
}
