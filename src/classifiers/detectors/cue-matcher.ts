import type { PreparedText } from "../types.js";

/**
 * Matches hand-written cue phrases (models/detectors/*.json) against a PreparedText and reports hits in
 * ORIGINAL offsets. Phrases of every language are matched on every text: code-mixing is the norm in
 * the communities we serve and language id is unreliable on short messages.
 *
 * Phrase syntax (see models/detectors/README.md):
 *   - lowercase words separated by spaces; a space matches any whitespace run (optional between
 *     Han / Hangul / Thai / Khmer characters, which are often written without spaces);
 *   - a leading `*` drops the word boundary before; a trailing `*` makes the phrase a stem that
 *     extends to the end of the word ("nude*" matches all of "nudes");
 *   - ` ~ ` is a gap of up to GAP_CHARS characters within one sentence ("send ~ to your family");
 *   - `-` matches a hyphen, a space or nothing; `'` matches ' or ’.
 * Word boundaries are enforced only at Latin, Cyrillic, Greek or digit edges; other scripts attach
 * particles and clitics to words, so their phrases match as substrings.
 *
 * Each phrase is compiled in two forms: as written, and folded the way normaliseText folds (NFKC,
 * lowercase, generic diacritics and Arabic harakat dropped, alif variants unified). Both forms are matched
 * against both views of the text: `normalised` (evasions folded) and the lowercased `original`.
 */
export interface CueHit {
  start: number;
  end: number;
  category: string;
}

export type CueLists = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

const GAP_CHARS = 40;
/** Hits kept per category and view; later ones add nothing to a score and would make pairing quadratic. */
export const MAX_HITS_PER_CATEGORY = 64;
const GAP = `[^.!?。！？\\n]{0,${GAP_CHARS}}?`;
const BOUNDED_EDGE = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Nd}]/u;
const UNSPACED = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Thai}\p{Script=Khmer}\p{Script=Lao}\p{Script=Myanmar}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const ARABIC_FOLD: Readonly<Record<string, string>> = { "آ": "ا", "أ": "ا", "إ": "ا", "ٱ": "ا", "ى": "ي" };

/** The folding normaliseText applies to words, reproduced for cue phrases (not for user text). */
export const foldPhrase = (phrase: string): string =>
  phrase
    .normalize("NFKC")
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u064b-\u065f\u0670\u0640]/g, "")
    .normalize("NFC")
    .replace(/[آأإٱى]/g, (ch) => ARABIC_FOLD[ch]);

const escapeChar = (ch: string): string => (/[.*+?^${}()|[\]\\/]/.test(ch) ? `\\${ch}` : ch);

const compileSegment = (segment: string): string => {
  const chars = [...segment];
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (/\s/.test(ch)) {
      if (/\s/.test(chars[i - 1] ?? "")) continue;
      const unspaced = UNSPACED.test(chars[i - 1] ?? "") && UNSPACED.test(chars[i + 1] ?? "");
      out += unspaced ? "\\s*" : "\\s+";
    } else if (ch === "-") out += "[-\\s]?";
    else if (ch === "'" || ch === "’") out += "['’]";
    else out += escapeChar(ch);
  }
  return out;
};

export interface CompiledPhrase {
  body: string;
  /** Word boundary required before. */
  pre: boolean;
  /** After: a word boundary, the rest of the word (open-ended Latin/Cyrillic stem "nude*"), or nothing. */
  post: "boundary" | "word" | "none";
}

const NOT_WORD_BEFORE = "(?<![\\p{L}\\p{M}\\p{N}])";
const POST: Record<CompiledPhrase["post"], string> = {
  boundary: "(?![\\p{L}\\p{M}\\p{N}])",
  word: "[\\p{L}\\p{M}]*",
  none: "",
};

/** One phrase (one spelling) as regex source, with its boundary needs as described above. */
export const compilePhrase = (raw: string): CompiledPhrase => {
  let phrase = raw.trim();
  const openStart = phrase.startsWith("*");
  const openEnd = phrase.endsWith("*");
  phrase = phrase.replace(/^\*|\*$/g, "").trim();
  const body = phrase.split(/\s+~\s+/).map(compileSegment).join(GAP);
  const first = [...phrase][0] ?? "";
  const last = [...phrase].at(-1) ?? "";
  const bounded = BOUNDED_EDGE.test(last);
  return { body, pre: !openStart && BOUNDED_EDGE.test(first), post: !bounded ? "none" : openEnd ? "word" : "boundary" };
};

/**
 * One sticky regex per boundary group of phrases (the group's Unicode-property lookarounds appear once; per-phrase
 * lookarounds made compilation take seconds). Longest body first, so a group prefers "send ~ to your family" over a
 * shorter overlapping phrase; across groups the scanner keeps the longest match.
 */
const buildPatterns = (phrases: Iterable<CompiledPhrase>): RegExp[] => {
  const groups = new Map<string, string[]>();
  for (const p of phrases) {
    const key = `${p.pre ? NOT_WORD_BEFORE : ""}\u0000${POST[p.post]}`;
    groups.set(key, [...(groups.get(key) ?? []), p.body]);
  }
  return [...groups].map(([key, bodies]) => {
    const [pre, post] = key.split("\u0000");
    const ordered = [...new Set(bodies)].sort((a, b) => b.length - a.length);
    return new RegExp(`${pre}(?:${ordered.join("|")})${post}`, "uy");
  });
};

/**
 * A category's phrases split by how they start, each part a sticky regex. One regex over thousands of phrases tries
 * every alternative at every position of the text (the misogyny lists made that ~2 ms a text); dispatching on the
 * characters at the position tries only the phrases that can start there: by their first two characters where both
 * are plain characters, else by the first. Phrases whose first character may match something else (`-`, `'`) or
 * nothing are tried everywhere. Where several parts match at a position, the longest match wins (the single regex
 * put longer phrases first).
 */
interface Scanner {
  byPrefix: Map<string, RegExp[]>;
  byFirst: Map<string, RegExp[]>;
  anywhere: RegExp[];
  /** Characters an `anywhere` phrase can start with (so they are not tried at every position). */
  anywhereStarts: Set<string>;
}

/** `key`: the one or two plain characters the phrase starts with, or null; `starts`: what a null-key phrase can start with. */
type KeyedPhrase = CompiledPhrase & { key: string | null; starts: string[] };

const buildScanner = (phrases: readonly KeyedPhrase[]): Scanner => {
  const parts = new Map<string | null, KeyedPhrase[]>();
  for (const p of phrases) parts.set(p.key, [...(parts.get(p.key) ?? []), p]);
  const byPrefix = new Map<string, RegExp[]>();
  const byFirst = new Map<string, RegExp[]>();
  for (const [key, ps] of parts) {
    if (key === null) continue;
    ([...key].length === 2 ? byPrefix : byFirst).set(key, buildPatterns(ps));
  }
  const anywhere = parts.get(null) ?? [];
  return { byPrefix, byFirst, anywhere: buildPatterns(anywhere), anywhereStarts: new Set(anywhere.flatMap((p) => p.starts)) };
};

const PLAIN = (ch: string | undefined): ch is string => ch !== undefined && !/[-'’~\s*]/.test(ch);
/** How a second character is looked up: any whitespace as " ", either apostrophe as "'" (what the phrase syntax matches). */
const keyChar = (ch: string): string =>
  ch === " " ? ch : ch === "’" ? "'" : ch.length === 1 && ch <= " " ? " " : ch === "\u00a0" || ch === "\u3000" ? " " : ch;

/** The characters a phrase form whose first unit is not plain can start with: `'` is ' or ’; `-` is -, a space or nothing. */
const startsOf = (form: string): string[] => {
  const out = new Set<string>();
  for (const ch of [...form.replace(/^\*/, "").trim()]) {
    if (ch === "'" || ch === "’") return [...out, "'", "’"];
    if (ch === "-") {
      for (const w of ["-", " ", "\t", "\n", "\r", "\u00a0"]) out.add(w);
      continue;
    }
    out.add(ch);
    return [...out];
  }
  return [...out];
};

/**
 * The one or two characters a phrase form must start with, or null when its first unit is not plain. The second may be
 * a space (any whitespace run) or an apostrophe, except after a character of a script written without spaces, where a
 * space in a phrase may match nothing.
 */
const keyOf = (form: string): string | null => {
  const [first, second] = [...form.replace(/^\*/, "").trim()];
  if (!PLAIN(first)) return null;
  if (PLAIN(second) || ((second === " " || second === "'" || second === "’") && !UNSPACED.test(first))) return first + keyChar(second);
  return first;
};

/** The longest match of any of `patterns` starting exactly at `i` (0 when none). */
const longestAt = (patterns: readonly RegExp[] | undefined, text: string, i: number, best: number): number => {
  if (!patterns) return best;
  for (const re of patterns) {
    re.lastIndex = i;
    const m = re.exec(text);
    if (m && m[0].length > best) best = m[0].length;
  }
  return best;
};

/** Leftmost, non-overlapping matches of a scanner in `text` (like String.matchAll over one combined regex). */
function* scan(scanner: Scanner, text: string): Generator<{ index: number; length: number }> {
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const ch = text.slice(i, i + width);
    let best = longestAt(scanner.byFirst.get(ch), text, i, 0);
    if (i + width < text.length) {
      const nextWidth = text.charCodeAt(i + width) >= 0xd800 && text.charCodeAt(i + width) <= 0xdbff ? 2 : 1;
      best = longestAt(scanner.byPrefix.get(ch + keyChar(text.slice(i + width, i + width + nextWidth))), text, i, best);
    }
    if (scanner.anywhereStarts.has(ch)) best = longestAt(scanner.anywhere, text, i, best);
    if (best > 0) {
      yield { index: i, length: best };
      i += best;
    } else i += width;
  }
}

/** Lowercase the original text code point by code point, remembering where each output unit came from. */
export const lowerWithOffsets = (original: string): { text: string; offsets: Int32Array } => {
  let text = "";
  const offsets: number[] = [];
  for (let i = 0; i < original.length; ) {
    const cp = original.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const lower = ch.toLowerCase();
    text += lower;
    for (let k = 0; k < lower.length; k++) offsets.push(i);
    i += ch.length;
  }
  offsets.push(original.length);
  return { text, offsets: Int32Array.from(offsets) };
};

/** Map a [start, end) range of a derived view back to the original (end just past the last source unit). */
const toOriginal = (offsets: Int32Array, original: string, start: number, end: number): { start: number; end: number } => {
  const last = offsets.length - 1;
  const s = offsets[Math.min(start, last)];
  if (end <= start) return { start: s, end: s };
  const lastSrc = offsets[Math.min(end - 1, last)];
  let k = Math.min(end, last);
  while (k < last && offsets[k] === lastSrc) k++;
  const unitLen = (original.codePointAt(lastSrc) ?? 0) > 0xffff ? 2 : 1;
  return { start: s, end: Math.max(s, offsets[k], lastSrc + unitLen) };
};

/**
 * The lowercased original of a text, computed once per PreparedText: every detector and the context cues match
 * against it (up to six CueMatcher.match calls per text).
 */
const lowered = new WeakMap<PreparedText, { original: string; text: string; offsets: Int32Array }>();
const loweredView = (prepared: PreparedText): { text: string; offsets: Int32Array } => {
  let view = lowered.get(prepared);
  if (view?.original !== prepared.original) {
    view = { original: prepared.original, ...lowerWithOffsets(prepared.original) };
    lowered.set(prepared, view);
  }
  return view;
};

export class CueMatcher {
  private readonly patterns: ReadonlyMap<string, Scanner>;

  /** `lists`: language -> category -> phrases. All languages are merged per category. */
  constructor(lists: CueLists) {
    const byCategory = new Map<string, Map<string, KeyedPhrase>>();
    for (const categories of Object.values(lists)) {
      for (const [category, phrases] of Object.entries(categories)) {
        const compiled = byCategory.get(category) ?? new Map<string, KeyedPhrase>();
        for (const phrase of phrases) {
          const written = phrase.normalize("NFKC").toLowerCase();
          for (const form of new Set([written, foldPhrase(written)])) {
            if (!form.replace(/[*~\s]/g, "")) continue;
            const c = compilePhrase(form);
            const key = keyOf(form);
            compiled.set(`${c.pre}${c.post}${c.body}`, { ...c, key, starts: key === null ? startsOf(form) : [] });
          }
        }
        byCategory.set(category, compiled);
      }
    }
    this.patterns = new Map([...byCategory].filter(([, c]) => c.size).map(([category, c]) => [category, buildScanner([...c.values()])]));
  }

  get categories(): string[] {
    return [...this.patterns.keys()];
  }

  /**
   * All hits per category, in ORIGINAL offsets, de-duplicated; a hit inside another of its category is dropped.
   * `only`: match just these categories (a detector that needs one cheap category before the costly ones).
   */
  match(prepared: PreparedText, only?: readonly string[]): Map<string, CueHit[]> {
    const lowered = loweredView(prepared);
    const views = [
      { text: prepared.normalised, offsets: prepared.offsets },
      { text: lowered.text, offsets: lowered.offsets },
    ];
    const result = new Map<string, CueHit[]>();
    for (const [category, scanner] of this.patterns) {
      if (only && !only.includes(category)) continue;
      const hits: CueHit[] = [];
      for (const view of views) {
        let n = 0;
        for (const m of scan(scanner, view.text)) {
          if (++n > MAX_HITS_PER_CATEGORY) break;
          const { start, end } = toOriginal(view.offsets, prepared.original, m.index, m.index + m.length);
          hits.push({ start, end, category });
        }
      }
      const kept = hits
        .sort((a, b) => a.start - b.start || b.end - a.end)
        .filter((h, i, all) => !all.some((o, j) => j !== i && o.start <= h.start && h.end <= o.end && (j < i || o.end - o.start > h.end - h.start)));
      if (kept.length) result.set(category, kept);
    }
    return result;
  }
}
