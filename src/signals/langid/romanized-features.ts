/**
 * Input line for the romanised South Asian detector: normalised text with URLs, mentions, digits and
 * punctuation removed (only the letters say which language a Latin-script text is).
 * Shared by training (models/train/fasttext/prepare-romanized.ts) and serving.
 */
export function romanizedFeatures(normalised: string): string {
  return normalised
    .replace(/\b(?:https?:\/\/|www\.)\S+|@[\p{L}\p{N}_]+|\[(?:url|user)\]/gu, " ")
    .replace(/[^\p{L}\p{M}\s]+/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
}
