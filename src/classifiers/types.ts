import type { Label, LabelScores } from "../taxonomy.js";

/**
 * Text as the classifiers see it: the normalised form used for inference plus the original,
 * with a map from normalised offsets back to original offsets for explanation spans.
 */
export interface PreparedText {
  /** Caller's text, untouched (never logged, never persisted). */
  original: string;
  /** Evasion-resistant normal form (NFKC, controls stripped, confusables/leet folded, ...). */
  normalised: string;
  /** offsets[i] = index in `original` of the code unit that produced normalised[i]; length normalised.length + 1. */
  offsets: Int32Array;
  /** ISO 639-1 (or 639-3) code chosen for the text (caller hint wins). */
  language: string;
}

/** A character range in the ORIGINAL text that drove a label. */
export interface Span {
  start: number;
  end: number;
  label: Label;
  weight: number;
  /** Which component produced it, e.g. "lexicon", "sextortion-detector", "occlusion:fasttext". */
  source: string;
}

export interface ClassifierResult {
  /** Raw (uncalibrated) scores in [0,1] for the labels this classifier covers. */
  scores: LabelScores;
  spans?: Span[];
  /**
   * Evidence against abuse, in ORIGINAL offsets: where the text speaks well of a group and the component found nothing
   * abusive ("women deserve respect", the misogyny detector). Fusion's `vetoes` say which components' counter-evidence
   * caps which labels; a component that never finds any leaves it out.
   */
  counter?: { start: number; end: number }[];
}

/**
 * A text classifier: one module per classifier, all with this narrow shape (STYLE.md #2).
 * Example:
 *   const out = await fasttext.classify([prepared]);  // [{ scores: { misogyny: 0.91, ... } }]
 */
export interface TextClassifier {
  readonly id: string;
  readonly version: string;
  /** Labels this classifier produces a score for. */
  readonly labels: readonly Label[];
  /** Batch inference; returns one result per input, in order. Throws on failure (the caller records an error entry). */
  classify(texts: readonly PreparedText[]): Promise<ClassifierResult[]>;
  /**
   * Optional, costly explanation (e.g. occlusion): spans in the original text that drive `labels`.
   * Called only for `explain: true` requests, for the labels that were flagged.
   */
  explain?(text: PreparedText, labels: readonly Label[]): Promise<{ spans: Span[] }>;
  /**
   * Optional: what a caller should know about this classifier's scores for texts in `language` (e.g.
   * that a model trained only on project-written templates scores some labels there), or null. The
   * verdict's `language.note` carries it, so a platform knows how far to trust those scores.
   */
  languageCaveat?(language: string): string | null;
}
