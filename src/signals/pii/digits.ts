/**
 * Length-preserving digit folding: every BMP decimal digit (Bengali ০-৯, Devanagari ०-९, Arabic-Indic ٠-٩,
 * Thai ๐-๙, Khmer ០-៩, full-width ０-９, ...) becomes its ASCII digit in the same position. Because each such
 * digit is one UTF-16 code unit, offsets in the folded string are offsets in the original string.
 */
const DECIMAL_DIGIT = /\p{Nd}/gu;

/** Unicode decimal digits come in contiguous runs of ten starting at a code point ending in 0 (or ...6 for some). */
const digitValue = (ch: string): string => {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x80) return ch;
  // Find the zero of this digit block: walk back while the code point is still a decimal digit.
  let zero = cp;
  while (zero > cp - 9 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
  return String(cp - zero);
};

export const foldDigits = (text: string): string =>
  text.replace(DECIMAL_DIGIT, (ch) => (ch.length === 1 ? digitValue(ch) : ch));

/** The ASCII digits of a string, separators dropped ("123-45 6" -> "123456"). */
export const onlyDigits = (text: string): string => text.replace(/[^0-9]/g, "");
