import type { PiiDetector, PiiSpan } from "./types.js";

/**
 * E-mail addresses. A pragmatic pattern (not RFC 5322): dot-atom local part, a domain with at least one
 * dot and a 2-24 letter TLD. Obfuscated forms ("name [at] mail [dot] com", "name(at)mail.com") are
 * common when doxxers dodge filters; they get a lower confidence.
 */
const PLAIN = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@(?:[\p{L}\p{N}-]{1,63}\.)+\p{L}{2,24}(?![\p{L}\p{N}])/gu;
const OBFUSCATED =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}\s*[[({<]\s*(?:at|@)\s*[\])}>]\s*(?:[\p{L}\p{N}-]{1,63}\s*(?:[[({<]\s*(?:dot|\.)\s*[\])}>]|\.)\s*)+\p{L}{2,24}(?![\p{L}\p{N}])/giu;

const CONFIDENCE_PLAIN = 0.95;
const CONFIDENCE_OBFUSCATED = 0.8;

export const emailDetector: PiiDetector = {
  type: "email",
  detect(text: string): PiiSpan[] {
    const spans: PiiSpan[] = [];
    for (const m of text.matchAll(PLAIN)) {
      spans.push({ start: m.index!, end: m.index! + m[0].length, type: "email", kind: "email", confidence: CONFIDENCE_PLAIN, evidence: "structure" });
    }
    for (const m of text.matchAll(OBFUSCATED)) {
      const start = m.index!;
      if (spans.some((s) => s.start <= start && start < s.end)) continue;
      spans.push({ start, end: start + m[0].length, type: "email", kind: "email_obfuscated", confidence: CONFIDENCE_OBFUSCATED, evidence: "structure" });
    }
    return spans;
  },
};
