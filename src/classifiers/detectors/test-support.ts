import type { PreparedText } from "../types.js";
import { lowerWithOffsets } from "./cue-matcher.js";

/**
 * A PreparedText for unit tests that does not depend on the full normaliser: `normalised` is the
 * lowercased original with its offset map. Integration tests should use normaliseText instead.
 */
export const preparePlain = (original: string, language = "en"): PreparedText => {
  const { text, offsets } = lowerWithOffsets(original);
  return { original, normalised: text, offsets, language };
};
