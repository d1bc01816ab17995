import {
  isChineseIdValid, isCpfValid, isFrenchNirValid, isKazakhIinValid, isKoreanRrnChecksumValid, isRussianInn12Valid,
  isSnilsValid, isThaiIdValid, isValidDate, isVerhoeffValid,
} from "./checksums.js";
import { foldDigits, onlyDigits } from "./digits.js";
import type { PiiDetector, PiiEvidence, PiiSpan } from "./types.js";

/**
 * National identifier shapes for the locales we serve. Each scheme has a shape (regex over digit-folded
 * text), a validator (check digits where the scheme has them, otherwise embedded dates / region codes) and,
 * for shapes too generic to stand alone (7-8 digit Kenyan IDs, Nepali citizenship numbers), a context cue
 * that must appear shortly before the number.
 */
interface IdScheme {
  kind: string;
  pattern: RegExp;
  /** Returns the strongest evidence the value supports, or null when it is not a valid id of this kind. */
  validate(value: string): PiiEvidence | null;
  /** Cue words (any language) that name the document; when `requiresContext`, one must precede the value. */
  context?: RegExp;
  requiresContext?: boolean;
}

/** Confidence by evidence; a preceding cue word adds CONTEXT_BONUS (capped at 0.99). */
const CONFIDENCE: Record<PiiEvidence, number> = { checksum: 0.93, structure: 0.7, context: 0.6 };
const CONTEXT_BONUS = 0.15;
/** How far before the value (UTF-16 units) a cue word may end. */
const CONTEXT_WINDOW = 48;

/** No digit or Latin/Cyrillic letter touching the value; Han, Hangul, Thai etc. may touch ("身份证号1101..."). */
const B = "(?<![\\p{N}\\p{Script=Latin}\\p{Script=Cyrillic}])";
const E = "(?![\\p{N}\\p{Script=Latin}\\p{Script=Cyrillic}])";
const rx = (body: string, flags = "gu"): RegExp => new RegExp(`${B}(?:${body})${E}`, flags);

const yymmdd = (s: string, centuries: number[]): boolean =>
  centuries.some((c) => isValidDate(c + Number(s.slice(0, 2)), Number(s.slice(2, 4)), Number(s.slice(4, 6))));

/** Indonesian province codes (first two digits of a NIK). */
const ID_PROVINCES = new Set([
  11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76,
  81, 82, 91, 92, 93, 94, 95, 96, 97,
]);

const KR_CONTEXT = /주민(?:등록)?번호|주민번호|RRN|resident registration/iu;
const IN_CONTEXT = /aadhaa?r|आधार|আধার|ஆதார்|UIDAI|UID/iu;
const ID_CONTEXT = /\bNIK\b|\bKTP\b|nomor induk/iu;
const BD_CONTEXT = /\bNID\b|এনআইডি|জাতীয় পরিচয়|national id|jatiyo porichoy/iu;
const NP_CONTEXT = /नागरिकता|nagarikta|citizenship|ना\.?\s?प्र\.?\s?प(?:\.|त्र)?\s?नं/iu;
const PK_CONTEXT = /\bCNIC\b|شناختی|shanakhti|\bNIC\b|identity card/iu;
const BR_CONTEXT = /\bCPF\b/iu;
const CN_CONTEXT = /身份证|身份證|公民身份|ID\s*card/iu;
const VN_CONTEXT = /CCCD|căn cước|CMND|chứng minh nhân dân/iu;
const TH_CONTEXT = /บัตรประชาชน|เลขประจำตัวประชาชน|thai id/iu;
const PH_CONTEXT = /PhilSys|\bPSN\b|\bPCN\b|\bSSS\b|\bTIN\b|\bUMID\b|national id|philid/iu;
const KE_CONTEXT = /\bID\s*(?:no|number|num|#)|kitambulisho|national id|\bKRA\b/iu;
const RU_CONTEXT = /паспорт|пасп\.|СНИЛС|ИНН|passport/iu;
const KZ_CONTEXT = /(?<!\p{L})(?:ИИН|ЖСН|IIN|ПИН|INN|жеке сәйкестендіру)(?!\p{L})/iu;
const FR_CONTEXT = /s[ée]curit[ée] sociale|\bNIR\b|\bINSEE\b|num[ée]ro de s[ée]cu|carte vitale/iu;

export const ID_SCHEMES: readonly IdScheme[] = Object.freeze([
  {
    // YYMMDD-GNNNNNN; G (1-8) encodes century and sex. Check digit only on numbers issued before Oct 2020.
    kind: "kr_rrn",
    pattern: rx("\\d{6}\\s?[-–]\\s?[1-8]\\d{6}|\\d{6}[1-8]\\d{6}"),
    validate: (v) => {
      const s = onlyDigits(v);
      const century = { 1: 1900, 2: 1900, 5: 1900, 6: 1900, 3: 2000, 4: 2000, 7: 2000, 8: 2000 }[Number(s[6])] ?? 0;
      if (!century || !yymmdd(s, [century])) return null;
      if (isKoreanRrnChecksumValid(s)) return "checksum";
      return /[-–]/.test(v) ? "structure" : "context";
    },
    context: KR_CONTEXT,
  },
  {
    // 12 digits, first 2-9, Verhoeff check digit; usually written 4-4-4.
    kind: "in_aadhaar",
    pattern: rx("[2-9]\\d{3}[ -]?\\d{4}[ -]?\\d{4}"),
    validate: (v) => (isVerhoeffValid(onlyDigits(v)) ? "checksum" : null),
    context: IN_CONTEXT,
  },
  {
    // AAAPL1234C: 4th letter is the holder type (P = person). No check digit.
    kind: "in_pan",
    pattern: new RegExp(`${B}[A-Z]{3}[PCHFATBLJG][A-Z]\\d{4}[A-Z]${E}`, "gu"),
    validate: () => "structure",
    context: /\bPAN\b|पैन/iu,
  },
  {
    // PP KK CC DDMMYY SSSS; women add 40 to DD.
    kind: "id_nik",
    pattern: rx("\\d{16}|\\d{6}[ .]\\d{6}[ .]\\d{4}"),
    validate: (v) => {
      const s = onlyDigits(v);
      const dd = Number(s.slice(6, 8));
      const day = dd > 40 ? dd - 40 : dd;
      if (!ID_PROVINCES.has(Number(s.slice(0, 2)))) return null;
      const ok = [1900, 2000].some((c) => isValidDate(c + Number(s.slice(10, 12)), Number(s.slice(8, 10)), day));
      return ok ? "structure" : null;
    },
    context: ID_CONTEXT,
  },
  {
    // 10 (smart card), 13 (old) or 17 (birth year + 13) digits. No public check digit: context only.
    kind: "bd_nid",
    pattern: rx("\\d{17}|\\d{13}|\\d{10}"),
    validate: (v) => {
      const s = onlyDigits(v);
      if (s.length === 17 && !/^(19|20)\d\d/.test(s)) return null;
      return "context";
    },
    context: BD_CONTEXT,
    requiresContext: true,
  },
  {
    // District-issued numbers such as 27-01-71-01234 or 123/456; only with a cue word.
    kind: "np_citizenship",
    pattern: rx("\\d{1,3}(?:\\s?[-/]\\s?\\d{1,6}){1,4}|\\d{5,11}"),
    validate: () => "context",
    context: NP_CONTEXT,
    requiresContext: true,
  },
  {
    // 12345-1234567-1; first digit is the province (1-7).
    kind: "pk_cnic",
    pattern: rx("[1-7]\\d{4}-\\d{7}-\\d|[1-7]\\d{12}"),
    validate: (v) => (v.includes("-") ? "structure" : "context"),
    context: PK_CONTEXT,
  },
  {
    kind: "br_cpf",
    pattern: rx("\\d{3}\\.\\d{3}\\.\\d{3}-\\d{2}|\\d{11}"),
    validate: (v) => (isCpfValid(onlyDigits(v)) ? "checksum" : null),
    context: BR_CONTEXT,
  },
  {
    // 6-digit region, YYYYMMDD, 3-digit sequence, ISO 7064 check char (digit or X).
    kind: "cn_resident_id",
    pattern: rx("[1-8]\\d{16}[0-9Xx]"),
    validate: (v) => {
      const ok = isValidDate(Number(v.slice(6, 10)), Number(v.slice(10, 12)), Number(v.slice(12, 14)));
      return ok && /^(19|20)/.test(v.slice(6, 10)) && isChineseIdValid(v) ? "checksum" : null;
    },
    context: CN_CONTEXT,
  },
  {
    // 0PP G YY NNNNNN: province 001-096, G = century/sex (0-3 for 1900-2099). No check digit.
    kind: "vn_cccd",
    pattern: rx("0\\d{11}"),
    validate: (v) => (Number(v.slice(0, 3)) >= 1 && Number(v.slice(0, 3)) <= 96 && /[0-3]/.test(v[3]) ? "structure" : null),
    context: VN_CONTEXT,
  },
  {
    // 1-2345-67890-12-3, first digit 1-8, mod-11 check digit.
    kind: "th_citizen_id",
    pattern: rx("[1-8][ -]?\\d{4}[ -]?\\d{5}[ -]?\\d{2}[ -]?\\d"),
    validate: (v) => (isThaiIdValid(onlyDigits(v)) ? "checksum" : null),
    context: TH_CONTEXT,
  },
  {
    // PhilSys card number (16 digits 4-4-4-4), SSS (2-7-1), TIN (3-3-3[-3]); only with a cue word.
    kind: "ph_id",
    pattern: rx("\\d{4}-\\d{4}-\\d{4}-\\d{4}|\\d{2}-\\d{7}-\\d|\\d{3}-\\d{3}-\\d{3}(?:-\\d{3,5})?"),
    validate: () => "context",
    context: PH_CONTEXT,
    requiresContext: true,
  },
  {
    // Kenyan national ID: 7-8 digits; far too generic without a cue word.
    kind: "ke_national_id",
    pattern: rx("\\d{7,8}"),
    validate: () => "context",
    context: KE_CONTEXT,
    requiresContext: true,
  },
  {
    // Kenya Revenue Authority PIN: A/P + 9 digits + letter.
    kind: "ke_kra_pin",
    pattern: new RegExp(`${B}[AP]\\d{9}[A-Z]${E}`, "gu"),
    validate: () => "structure",
    context: KE_CONTEXT,
  },
  {
    // Internal passport: series (4 digits, often 2+2) and number (6 digits); only with a cue word.
    kind: "ru_passport",
    pattern: rx("\\d{2}\\s?\\d{2}\\s?(?:№\\s?)?\\d{6}"),
    validate: () => "context",
    context: RU_CONTEXT,
    requiresContext: true,
  },
  {
    kind: "ru_snils",
    pattern: rx("\\d{3}-\\d{3}-\\d{3}[ -]\\d{2}|\\d{11}"),
    validate: (v) => (isSnilsValid(onlyDigits(v)) ? (v.includes("-") ? "checksum" : "context") : null),
    context: RU_CONTEXT,
  },
  {
    kind: "ru_inn",
    pattern: rx("\\d{12}"),
    validate: (v) => (isRussianInn12Valid(v) ? "context" : null),
    context: RU_CONTEXT,
    requiresContext: true,
  },
  {
    // Kazakh IIN: YYMMDD + century/sex digit (1-6) + 4 + check digit.
    kind: "kz_iin",
    pattern: rx("\\d{6}[1-6]\\d{5}"),
    validate: (v) => {
      const century = [0, 1800, 1800, 1900, 1900, 2000, 2000][Number(v[6])];
      return yymmdd(v, [century]) && isKazakhIinValid(v) ? "checksum" : null;
    },
    context: KZ_CONTEXT,
  },
  {
    // Kyrgyz personal number (PIN): sex digit (1/2) + DDMMYYYY + 5 digits.
    kind: "kg_pin",
    pattern: rx("[12]\\d{13}"),
    validate: (v) =>
      isValidDate(Number(v.slice(5, 9)), Number(v.slice(3, 5)), Number(v.slice(1, 3))) ? "structure" : null,
    context: KZ_CONTEXT,
  },
  {
    // NIR: sex, YY, MM, department (incl. 2A/2B), commune, order, 2-digit key; often spaced.
    kind: "fr_nir",
    pattern: rx("[1-478]\\s?\\d{2}\\s?\\d{2}\\s?(?:\\d{2}|2[AB])\\s?\\d{3}\\s?\\d{3}\\s?\\d{2}", "giu"),
    validate: (v) => (isFrenchNirValid(v.replace(/\s/g, "")) ? "checksum" : null),
    context: FR_CONTEXT,
  },
]);

const hasContextBefore = (text: string, start: number, cue: RegExp | undefined): boolean =>
  !!cue && cue.test(text.slice(Math.max(0, start - CONTEXT_WINDOW), start));

export const nationalIdDetector: PiiDetector = {
  type: "national_id",
  detect(text: string): PiiSpan[] {
    const folded = foldDigits(text);
    if (!/\d{5}|[A-Z]{5}\d{4}/.test(folded.replace(/[\s.\-–/]/g, ""))) return [];
    const spans: PiiSpan[] = [];
    for (const scheme of ID_SCHEMES) {
      scheme.pattern.lastIndex = 0;
      for (const m of folded.matchAll(scheme.pattern)) {
        const start = m.index!;
        const evidence = scheme.validate(m[0]);
        if (!evidence) continue;
        const cued = hasContextBefore(folded, start, scheme.context);
        if ((scheme.requiresContext || evidence === "context") && !cued) continue;
        const confidence = Math.min(0.99, CONFIDENCE[evidence] + (cued ? CONTEXT_BONUS : 0));
        spans.push({ start, end: start + m[0].length, type: "national_id", kind: scheme.kind, confidence, evidence });
      }
    }
    return spans;
  },
};
