import { foldDigits } from "./digits.js";
import type { PiiDetector, PiiSpan } from "./types.js";

/**
 * Street addresses: a cue word for a street / building / unit in one of the languages we serve, plus a
 * house or unit number close to it. A cue without a number ("the road was closed") is not an address.
 *
 * - UNIT cues name a numbered dwelling ("house no.", "flat", "বাড়ি নং", "บ้านเลขที่", "مکان نمبر"):
 *   the number must follow within UNIT_GAP characters.
 * - STREET cues name a thoroughfare ("rue", "calle", "jalan", "ул.", "đường", "ถนน", "شارع"): a number
 *   may sit before ("12 rue ...", "221 Baker Street") or after ("Jl. Melati No. 5") within STREET_WINDOW.
 * - WEAK cues ("no.", "room", "дом", "رقم") are too generic alone; they only extend a street/unit span.
 * - Korean road-name and Chinese street/number addresses are matched by whole patterns.
 * Cue words are written for this project; extend a list by adding alternatives (regex source).
 */
const UNIT_CUES = [
  "house\\s?(?:no|number|#)\\.?", "h\\.\\s?no\\.?", "flat(?:\\s?no\\.?)?", "apt\\.?", "apartment", "rumah\\s?(?:no|nomor)\\.?",
  "nyumba\\s?(?:namba|na\\.)", "purok", "appartement", "appt\\.?", "b[âa]timent", "[îi]lot", "depto\\.?", "departamento",
  "apto\\.?", "кв\\.", "квартира", "пәтер", "батир",
  "मकान\\s?(?:नं|नंबर|नम्बर)\\.?", "घर\\s?(?:नं|नंबर|नम्बर)\\.?", "वार्ड\\s?(?:नं|नंबर)\\.?", "वडा\\s?(?:नं|नम्बर)\\.?",
  "مکان\\s?نمبر", "گھر\\s?نمبر", "فلیٹ", "বাড়ি\\s?(?:নং|নম্বর)", "বাসা\\s?(?:নং|নম্বর)", "হোল্ডিং\\s?(?:নং)?", "ফ্ল্যাট",
  "නිවස\\s?අංක", "கதவு\\s?எண்", "வீட்டு\\s?எண்", "شقة(?:\\s?رقم)?", "عمارة(?:\\s?رقم)?", "منزل\\s?رقم",
  "số\\s?nhà", "บ้านเลขที่", "หมู่(?:ที่)?", "ផ្ទះលេខ", "号楼", "單元|单元",
];
const WEAK_CUES = [
  "no\\.", "nomor", "número", "n[º°o]\\.?", "unit", "block", "blk\\.?", "lot", "room", "porte", "casa", "piso", "дом", "д\\.", "үй",
  "رقم", "số", "phòng", "เลขที่", "ផ្ទះ", "室", "rt", "rw", "gang", "taman", "අංක",
];
const STREET_CUES = [
  "street", "st\\.", "road", "rd\\.", "avenue", "ave\\.", "boulevard", "blvd\\.?", "crescent",
  "colony", "nagar", "sector", "mohalla", "gali", "marg", "chowk", "barangay", "brgy\\.?", "sitio", "subdivision",
  "jalan", "jl\\.?", "jln\\.?", "gg\\.", "lorong", "lrg\\.?", "kampung", "komplek", "perumahan",
  "mtaa\\s?wa", "barabara\\s?ya", "rue", "bd\\.", "allée", "impasse", "chemin", "quai", "cité", "quartier",
  "calle", "c/", "avenida", "av\\.", "avda\\.?", "carrera", "cra\\.?", "colonia", "col\\.", "paseo", "jirón", "jr\\.",
  "rua", "travessa", "alameda", "estrada", "praça", "bairro",
  "ул\\.", "улица", "пр\\.", "проспект", "пер\\.", "переулок", "мкр\\.?", "микрорайон", "шоссе", "көшесі", "даңғылы",
  "шағынауданы", "көчөсү", "проспектиси",
  "गली", "मार्ग", "रोड", "सड़क", "टोल", "नगर", "گلی", "سڑک", "روڈ", "محلہ", "سیکٹر", "রোড", "সড়ক", "লেন", "পাড়া", "মহল্লা",
  "පාර", "මාවත", "පටුමඟ", "தெரு", "சாலை", "வீதி", "நகர்",
  "شارع", "طريق", "حي", "زنقة", "đường", "phố", "ngõ", "ngách", "hẻm", "phường", "ถนน", "ซอย", "ផ្លូវ", "ភូមិ", "សង្កាត់",
];

/**
 * Latin / Cyrillic cues need word boundaries ("rt" must not match inside "start"); Arabic-script cues too,
 * allowing the attached clitics و ب ل ف and the article ال ("بشارع" = "in the street").
 */
const BOUNDED = /^(?:[\p{Script=Latin}\p{Script=Cyrillic}[]|c\/)/u;
const ARABIC = /^\p{Script=Arabic}/u;
const compile = (cues: string[]): RegExp => {
  // Grouped so each Unicode-property lookaround appears once (per-alternative lookarounds are slow).
  const bounded = cues.filter((c) => BOUNDED.test(c));
  const arabic = cues.filter((c) => !BOUNDED.test(c) && ARABIC.test(c));
  const other = cues.filter((c) => !BOUNDED.test(c) && !ARABIC.test(c));
  const parts = [
    bounded.length ? `(?<![\\p{L}\\p{M}])(?:${bounded.join("|")})(?![\\p{L}\\p{M}])` : "",
    arabic.length ? `(?<![\\p{L}\\p{M}])[وبلف]?(?:ال)?(?:${arabic.join("|")})(?![\\p{L}\\p{M}])` : "",
    other.length ? `(?:${other.join("|")})` : "",
  ];
  return new RegExp(parts.filter(Boolean).join("|"), "giu");
};
const UNIT_RX = compile(UNIT_CUES);
const WEAK_RX = compile(WEAK_CUES);
const STREET_RX = compile(STREET_CUES);
/** A house / unit number: 1-5 digits, optional "-12" / "/3" / letter suffix; never part of a longer number. */
const NUMBER_RX = /(?<![\d])\d{1,5}(?:\s?[-/]\s?\d{1,5})?(?:[A-Za-z](?![\p{L}]))?(?![\d])/gu;

/** Road-name addresses ("테헤란로 123", "동일로12길 34"); a number followed by Hangul is a counter ("학교로 2시"), not a house. */
const KOREAN_ROAD =
  /[가-힣][가-힣\d]{0,11}(?:로|길)\s?\d{1,4}(?:\s?-\s?\d{1,4})?(?:번?길\s?\d{1,4})?(?![\d가-힣])|\d{1,4}동\s?\d{1,4}호|[가-힣]{1,8}(?:아파트|빌라)\s?\d{1,4}동/gu;
const CHINESE_STREET = /[\p{Script=Han}\d]{1,6}(?:路|街|道|巷|弄|大道)\d{1,5}(?:号|號)(?:\d{1,4}(?:号楼|栋|棟|单元|單元|室))*/gu;

const UNIT_GAP = 8;
const STREET_WINDOW = 30;
const CONFIDENCE = { unit: 0.7, street: 0.6, pattern: 0.8, combined: 0.85 } as const;

interface Candidate { start: number; end: number; confidence: number }

const numbersNear = (folded: string, from: number, to: number): { start: number; end: number }[] => {
  const lo = Math.max(0, from);
  return [...folded.slice(lo, Math.min(folded.length, to)).matchAll(NUMBER_RX)].map((m) => ({
    start: lo + m.index!,
    end: lo + m.index! + m[0].length,
  }));
};

const collect = (folded: string): Candidate[] => {
  const out: Candidate[] = [];
  for (const [rx, confidence] of [[UNIT_RX, CONFIDENCE.unit], [WEAK_RX, 0]] as const) {
    for (const m of folded.matchAll(rx)) {
      const end = m.index! + m[0].length;
      const num = numbersNear(folded, end, end + UNIT_GAP)[0];
      if (num && /^[\s:#.,-]*$/.test(folded.slice(end, num.start))) out.push({ start: m.index!, end: num.end, confidence });
    }
  }
  for (const m of folded.matchAll(STREET_RX)) {
    const start = m.index!;
    const end = start + m[0].length;
    // "221 Baker Street": a number before, separated only by the street's name; "Jl. Melati No. 5": one after.
    const before = numbersNear(folded, start - STREET_WINDOW, start).at(-1);
    const after = numbersNear(folded, end, end + STREET_WINDOW)[0];
    const okBefore = before && /^[\p{L}\p{M}\s'.,-]*$/u.test(folded.slice(before.end, start));
    const okAfter = after && !/[!?\n]/.test(folded.slice(end, after.start));
    if (!okBefore && !okAfter) continue;
    // Street names sit after the cue ("12 rue de la Paix") or, in Kazakh/Kyrgyz/English, before it ("Абай даңғылы 10").
    const nameAfter = okAfter ? 0 : (/^(?:[ \t]+[\p{L}\p{M}'’-]+){0,4}/u.exec(folded.slice(end, end + STREET_WINDOW))?.[0].length ?? 0);
    const nameBefore = okBefore ? 0 : (/\p{Lu}[\p{L}\p{M}'’-]*[ \t]+$/u.exec(folded.slice(Math.max(0, start - STREET_WINDOW), start))?.[0].length ?? 0);
    out.push({
      start: okBefore ? before.start : start - nameBefore,
      end: okAfter ? after.end : end + nameAfter,
      confidence: CONFIDENCE.street,
    });
  }
  for (const rx of [KOREAN_ROAD, CHINESE_STREET]) {
    for (const m of folded.matchAll(rx)) out.push({ start: m.index!, end: m.index! + m[0].length, confidence: CONFIDENCE.pattern });
  }
  return out;
};

/** Merge overlapping or nearly adjacent candidates; two independent cues agreeing raise confidence. */
const merge = (cands: Candidate[]): Candidate[] => {
  const out: Candidate[] = [];
  for (const c of [...cands].sort((a, b) => a.start - b.start)) {
    const last = out.at(-1);
    if (last && c.start <= last.end + 3) {
      last.end = Math.max(last.end, c.end);
      const both = last.confidence > 0 && c.confidence > 0;
      last.confidence = both ? Math.max(CONFIDENCE.combined, last.confidence, c.confidence) : Math.max(last.confidence, c.confidence);
    } else out.push({ ...c });
  }
  return out.filter((c) => c.confidence > 0);
};

export const addressDetector: PiiDetector = {
  type: "address",
  detect(text: string): PiiSpan[] {
    const folded = foldDigits(text);
    if (!/\d/.test(folded)) return [];
    return merge(collect(folded)).map((c) => ({
      start: c.start,
      end: c.end,
      type: "address",
      kind: "street_address",
      confidence: c.confidence,
      evidence: "context",
    }));
  },
};
