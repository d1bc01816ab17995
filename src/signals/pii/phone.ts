import { findPhoneNumbersInText, type CountryCode } from "libphonenumber-js/max";
import { foldDigits } from "./digits.js";
import type { PiiDetector, PiiOptions, PiiSpan } from "./types.js";

/**
 * Phone numbers via libphonenumber-js (MIT, a maintained port of Google's libphonenumber metadata):
 * per-country numbering plans for ~240 regions are far more precise than hand-written digit regexes,
 * and the "max" metadata validates full number patterns, not just lengths.
 *
 * National-format numbers ("010-1234-5678") are only meaningful relative to a region, so we try the
 * regions where each served language is spoken; international ("+62 812 ...") numbers need none.
 */
export const PHONE_REGIONS_BY_LANGUAGE: Readonly<Record<string, readonly CountryCode[]>> = Object.freeze({
  ko: ["KR"],
  id: ["ID"],
  bn: ["BD", "IN"],
  ar: ["SA", "EG", "AE", "JO", "MA", "DZ", "IQ", "LB", "TN", "KW", "QA"],
  fr: ["FR", "CI", "SN", "CM", "MA", "BE", "CA"],
  ru: ["RU", "KZ", "KG"],
  kk: ["KZ"],
  ky: ["KG"],
  ne: ["NP"],
  hi: ["IN"],
  ur: ["PK", "IN"],
  si: ["LK"],
  ta: ["IN", "LK", "MY", "SG"],
  vi: ["VN"],
  th: ["TH"],
  km: ["KH"],
  tl: ["PH"],
  ms: ["MY", "SG", "BN"],
  sw: ["KE", "TZ", "UG"],
  es: ["MX", "ES", "CO", "AR", "PE", "CL", "GT", "EC"],
  pt: ["BR", "PT", "MZ", "AO"],
  zh: ["CN", "TW", "HK", "SG"],
  en: ["US", "GB", "IN", "NG", "KE", "PH", "AU"],
});

/** Regions tried when the language is unknown or not served, in addition to the language's own. */
const FALLBACK_REGIONS: readonly CountryCode[] = ["IN", "ID", "KR", "BD", "PK", "BR", "RU", "FR", "CN", "US"];

/** A number written with its country code is unambiguous. */
const CONFIDENCE_INTERNATIONAL = 0.9;
/** A national-format number valid in a region where the text's language is spoken. */
const CONFIDENCE_NATIONAL_LANGUAGE_REGION = 0.8;
/** A national-format number valid only in some other region (language unknown or mismatched). */
const CONFIDENCE_NATIONAL_OTHER_REGION = 0.55;

/** Dates that some numbering plans would accept as numbers ("2024-05-01", "01/05/2024"). */
const DATE_LIKE = /^\s*(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})\s*$/;

/** Fewer digits than this cannot be a subscriber number anywhere we serve; skip the library entirely. */
const MIN_DIGITS = 7;
const countDigits = (s: string): number => s.replace(/[^0-9]/g, "").length;

/**
 * Candidate stretches (digits with phone separators) handed to the library one by one: the library's own
 * text scan is slow on long inputs (seconds on 60k characters x ~10 regions), candidates keep it linear.
 * The library's cost grows faster than linearly with input length (~4 ms for 58 characters), so stretches
 * are at most 24 characters: longer than any formatted number we serve ("+7 (916) 123-45-67"), though two
 * numbers separated only by spaces may lose the second. Only the first MAX_CANDIDATES stretches are examined.
 */
const CANDIDATE = /(?:\+|00)?[\d(][\d \t().\-–/]{5,22}\d\)?/g;
export const MAX_CANDIDATES = 64;
const MAX_E164_DIGITS = 15;

const regionsFor = (language: string | undefined): { primary: readonly CountryCode[]; fallback: CountryCode[] } => {
  // "zh-Hant", "pt_BR", "hi-Latn" -> the primary subtag.
  const primary = (language && PHONE_REGIONS_BY_LANGUAGE[language.toLowerCase().split(/[-_]/)[0]]) || [];
  return { primary, fallback: FALLBACK_REGIONS.filter((r) => !primary.includes(r)) };
};

export const phoneDetector: PiiDetector = {
  type: "phone",
  detect(text: string, options: PiiOptions = {}): PiiSpan[] {
    const folded = foldDigits(text);
    if (countDigits(folded) < MIN_DIGITS) return [];
    const { primary, fallback } = regionsFor(options.language);
    const found: PiiSpan[] = [];
    let candidates = 0;
    for (const c of folded.matchAll(CANDIDATE)) {
      if (countDigits(c[0]) < MIN_DIGITS) continue;
      if (++candidates > MAX_CANDIDATES) break;
      // A "+" or "00" just before the stretch belongs to it; one preceding character decides "glued".
      const base = c.index!;
      const local: PiiSpan[] = [];
      const scan = (region: CountryCode): void => {
        for (const hit of findPhoneNumbersInText(c[0], { defaultCountry: region })) {
          const start = base + hit.startsAt;
          const end = base + hit.endsAt;
          const value = folded.slice(start, end);
          if (DATE_LIKE.test(value)) continue;
          // Digits glued to "@", "/", "#", a Latin/Cyrillic letter or a digit are a handle, URL path or code, not a phone number.
          if (/[@/#_\p{N}\p{Script=Latin}\p{Script=Cyrillic}]/u.test(folded[start - 1] ?? "")) continue;
          const international = /^\s*(\+|00)/.test(value);
          const confidence = international
            ? CONFIDENCE_INTERNATIONAL
            : primary.includes(region)
              ? CONFIDENCE_NATIONAL_LANGUAGE_REGION
              : CONFIDENCE_NATIONAL_OTHER_REGION;
          local.push({ start, end, type: "phone", kind: (hit.number.getType() ?? "unknown").toLowerCase(), confidence, evidence: "structure" });
        }
      };
      primary.forEach(scan);
      // Other regions only when the language's own regions left the stretch unexplained.
      const explained = (): number => local.reduce((acc, f) => acc + countDigits(folded.slice(f.start, f.end)), 0);
      // (E.164 numbers have at most 15 digits; a longer unexplained stretch is not one foreign number.)
      if (countDigits(c[0]) <= MAX_E164_DIGITS) for (const region of fallback) if (countDigits(c[0]) - explained() >= MIN_DIGITS) scan(region);
      found.push(...local);
    }
    // Regions disagree on where a number starts ("(11) 98765-4321" vs "98765-4321"): keep the most confident, then longest.
    found.sort((a, b) => b.confidence - a.confidence || b.end - b.start - (a.end - a.start));
    const kept: PiiSpan[] = [];
    for (const s of found) if (!kept.some((k) => k.start < s.end && s.start < k.end)) kept.push(s);
    return kept.sort((a, b) => a.start - b.start);
  },
};
