import { FRAME_CATEGORIES, type LexiconCategory } from "./schema.js";

/**
 * Framing: is an abusive word *used* at someone, or *mentioned* — reported by a survivor, quoted to condemn it,
 * negated, in the news, on a helpline page? A bag-of-words model and a plain lexicon cannot tell; cue phrases can,
 * roughly. The cues are data (`cue_*` categories in models/framing/<lang>.tsv and models/lexicons/<lang>.tsv,
 * written from knowledge of each language, see models/framing/README.md); this module only combines them.
 *
 *   framed  = the text carries a frame cue (counter-speech, report, news, helpline)
 *             and no direct address / first-person intent outside quotation marks ("you are …", "I will …"),
 *             unless the frame is a helpline (helplines speak to "you").
 *   negated = a negation cue sits right next to the hit, on the side the language puts it
 *             ("she is not a …"; SOV languages after the word: "… नहीं है").
 *
 * Example: analyseFraming('He called me a "slut" and I reported it', cues) → { framed: true, kinds: ["report"], … }.
 */
export type FrameKind = "counter" | "report" | "news" | "helpline";

export interface Range {
  start: number;
  end: number;
}

/** A cue hit as the lexicon matcher reports it (ORIGINAL offsets). */
export interface CueHit extends Range {
  category: LexiconCategory;
  /** Which side of the hit this cue's language puts a negation on (only read for `cue_negation`). */
  negation?: "before" | "after";
}

export interface FramingAnalysis {
  /** Frame kinds present, in a fixed order. */
  kinds: FrameKind[];
  /** Direct address or first-person intent outside quotation marks. */
  direct: boolean;
  /** The whole text mentions abuse rather than directing it at someone: lexical hits are discounted. */
  framed: boolean;
  /** Quotation-mark ranges (content only). */
  quotes: Range[];
  negations: CueHit[];
}

/** How far (characters) a negation before the hit may sit from it ("is not really a …"). */
export const NEGATION_WINDOW_CHARS = 12;
/**
 * A negation after the hit (SOV languages) must follow it closely — at most a particle or copula between: in these
 * languages a negation further on usually negates another verb of the sentence, not the insult ("… शर्म नहीं आती").
 */
export const NEGATION_AFTER_WINDOW_CHARS = 6;

const KIND_OF: Partial<Record<LexiconCategory, FrameKind>> = {
  cue_counter: "counter",
  cue_report: "report",
  cue_news: "news",
  cue_helpline: "helpline",
};
const KIND_ORDER: readonly FrameKind[] = ["counter", "report", "news", "helpline"];

/** Quotation-mark pairs whose content is reported speech. */
const QUOTE_PAIRS: Readonly<Record<string, string>> = { '"': '"', "«": "»", "“": "”", "„": "“", "「": "」", "『": "』", "‹": "›" };

/**
 * Single quotation marks, which double as apostrophes ("don't", "girls' team", "don’t"). A single-quoted span counts only
 * when its opening mark starts a word (no letter or digit before it, none of whitespace after it) and its closing mark
 * ends one (no whitespace before it, no letter or digit after it). People quote with them as often as with double marks
 * ("he wrote 'women belong in the kitchen' under her post").
 */
const SINGLE_QUOTE_PAIRS: Readonly<Record<string, string>> = { "'": "'", "‘": "’" };
const WORD_CHAR_RE = /[\p{L}\p{N}]/u;
const SPACE_RE = /\s/u;

/** The positions where a single quotation can close: the mark ends a word (no whitespace before it, no letter or digit after it). */
function singleQuoteCloses(text: string, close: string): number[] {
  const at: number[] = [];
  for (let j = text.indexOf(close, 1); j !== -1; j = text.indexOf(close, j + 1)) {
    if (SPACE_RE.test(text[j - 1])) continue;
    if (j + 1 < text.length && WORD_CHAR_RE.test(text[j + 1])) continue; // an apostrophe inside a word
    at.push(j);
  }
  return at;
}

/** Ranges (original offsets) enclosed by matching quotation marks; unbalanced quotes are ignored. */
export function findQuotedRanges(text: string): Range[] {
  const out: Range[] = [];
  // Single quotation marks: the closing positions of each kind, found once, and a cursor into them that only moves
  // forward (openings are met in text order), so a text of many unmatched openings stays linear.
  const closes = new Map<string, { at: number[]; next: number }>();
  for (let i = 0; i < text.length; i++) {
    const double = QUOTE_PAIRS[text[i]];
    let j = -1;
    if (double !== undefined) j = text.indexOf(double, i + 1);
    else {
      const single = SINGLE_QUOTE_PAIRS[text[i]];
      // an opening mark starts a word: no letter or digit before it, no whitespace after it
      if (single === undefined || (i > 0 && WORD_CHAR_RE.test(text[i - 1])) || i + 1 >= text.length || SPACE_RE.test(text[i + 1])) continue;
      let c = closes.get(single);
      if (!c) closes.set(single, (c = { at: singleQuoteCloses(text, single), next: 0 }));
      while (c.next < c.at.length && c.at[c.next] < i + 2) c.next++;
      j = c.next < c.at.length ? c.at[c.next] : -1;
    }
    if (j === -1) continue;
    out.push({ start: i + 1, end: j });
    i = j;
  }
  return out;
}

const inside = (r: Range, ranges: readonly Range[]): boolean => ranges.some((q) => q.start <= r.start && r.end <= q.end);

export function analyseFraming(original: string, cues: readonly CueHit[]): FramingAnalysis {
  const quotes = findQuotedRanges(original);
  const kinds = new Set<FrameKind>();
  let direct = false;
  const negations: CueHit[] = [];
  for (const c of cues) {
    if (FRAME_CATEGORIES.has(c.category)) kinds.add(KIND_OF[c.category]!);
    else if (c.category === "cue_direct" && !inside(c, quotes)) direct = true;
    else if (c.category === "cue_negation") negations.push(c);
  }
  const ordered = KIND_ORDER.filter((k) => kinds.has(k));
  const framed = ordered.length > 0 && (!direct || kinds.has("helpline"));
  return { kinds: ordered, direct, framed, quotes, negations };
}

/** A negation cue right before the hit (or right after it, for languages that negate after the word) that does not overlap it. */
export function isNegated(hit: Range, negations: readonly CueHit[]): boolean {
  return negations.some((n) => {
    if (n.start < hit.end && hit.start < n.end) return false; // "not human" is itself the term
    return (n.negation ?? "before") === "before"
      ? n.end <= hit.start && hit.start - n.end <= NEGATION_WINDOW_CHARS
      : n.start >= hit.end && n.start - hit.end <= NEGATION_AFTER_WINDOW_CHARS;
  });
}
