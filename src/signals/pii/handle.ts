import type { PiiDetector, PiiSpan } from "./types.js";

/**
 * Social-media handles and profile links. A profile URL on a known network identifies an account
 * (confidence high); a bare @handle is common in ordinary replies, so it is low-confidence evidence
 * that only matters next to exposure cues. wa.me links also carry a phone number (the phone detector sees it).
 */
const PROFILE_URL =
  /(?:https?:\/\/)?(?:www\.|m\.|mobile\.)?(?:facebook\.com|fb\.com|instagram\.com|instagr\.am|tiktok\.com|twitter\.com|x\.com|t\.me|telegram\.me|vk\.com|ok\.ru|youtube\.com|linkedin\.com\/in|snapchat\.com\/add|threads\.net|reddit\.com\/u(?:ser)?|line\.me|wa\.me|weibo\.com|douyin\.com|xiaohongshu\.com|bsky\.app\/profile|onlyfans\.com)\/[^\s<>"'，。]+/giu;
const HANDLE = /(?<![\p{L}\p{N}._@/])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,28}[A-Za-z0-9_])?(?![\p{L}\p{N}_@]|\.[A-Za-z])/gu;

const CONFIDENCE = { profile_url: 0.85, handle: 0.5 } as const;

export const socialHandleDetector: PiiDetector = {
  type: "social_handle",
  detect(text: string): PiiSpan[] {
    const spans: PiiSpan[] = [];
    for (const m of text.matchAll(PROFILE_URL)) {
      const end = m.index! + m[0].replace(/[.,;:!?)\]]+$/u, "").length;
      spans.push({ start: m.index!, end, type: "social_handle", kind: "profile_url", confidence: CONFIDENCE.profile_url, evidence: "structure" });
    }
    for (const m of text.matchAll(HANDLE)) {
      if (spans.some((s) => s.start <= m.index! && m.index! < s.end)) continue;
      spans.push({ start: m.index!, end: m.index! + m[0].length, type: "social_handle", kind: "handle", confidence: CONFIDENCE.handle, evidence: "structure" });
    }
    return spans;
  },
};
