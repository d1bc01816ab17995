import { foldDigits } from "./digits.js";
import type { PiiDetector, PiiSpan } from "./types.js";

/**
 * Geographic coordinates and map links. Decimal pairs need >= 3 decimals on both parts (~100 m) and
 * valid ranges, so prices or version numbers ("1.2, 3.4") do not match; DMS needs degree and minute marks.
 * Map links (Google/Apple/OSM/Naver/Kakao/Baidu/Yandex/2GIS) point at a place even without coordinates.
 */
const DECIMAL_PAIR = /(?<![\d.])(-?\d{1,2}\.\d{3,8})\s*[,;\s]\s*(-?\d{1,3}\.\d{3,8})(?![\d.])/gu;
const DMS = /\d{1,3}\s?°\s?\d{1,2}\s?['′]\s?(?:\d{1,2}(?:\.\d+)?\s?["″])?\s?[NSns]?[\s,]+\d{1,3}\s?°\s?\d{1,2}\s?['′]\s?(?:\d{1,2}(?:\.\d+)?\s?["″])?\s?[EWew]?/gu;
const MAP_URL =
  /(?:https?:\/\/)?(?:www\.)?(?:maps\.google\.[a-z.]{2,6}|google\.[a-z.]{2,6}\/maps|goo\.gl\/maps|maps\.app\.goo\.gl|maps\.apple\.com|(?:www\.)?openstreetmap\.org|osm\.org|map\.naver\.com|naver\.me|map\.kakao\.com|kko\.to|map\.baidu\.com|yandex\.[a-z]{2,3}\/maps|2gis\.[a-z]{2,3})[^\s<>"']*/giu;

const CONFIDENCE = { decimal: 0.8, dms: 0.85, map_url: 0.75 } as const;

export const geoDetector: PiiDetector = {
  type: "geo",
  detect(text: string): PiiSpan[] {
    const folded = foldDigits(text);
    const spans: PiiSpan[] = [];
    const push = (start: number, end: number, kind: keyof typeof CONFIDENCE) =>
      spans.push({ start, end, type: "geo", kind, confidence: CONFIDENCE[kind], evidence: "structure" });
    for (const m of folded.matchAll(DECIMAL_PAIR)) {
      const lat = Number(m[1]);
      const lon = Number(m[2]);
      if (Math.abs(lat) <= 90 && Math.abs(lon) <= 180) push(m.index!, m.index! + m[0].length, "decimal");
    }
    for (const m of folded.matchAll(DMS)) push(m.index!, m.index! + m[0].trimEnd().length, "dms");
    for (const m of folded.matchAll(MAP_URL)) push(m.index!, m.index! + m[0].length, "map_url");
    return spans;
  },
};
