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
 * One regex per group of phrases. Phrases are grouped by boundary needs so each Unicode-property lookaround
 * appears at most four times (per-phrase lookarounds made compilation take seconds).
 */
const buildPattern = (phrases: Iterable<CompiledPhrase>, flags: string): RegExp => {
  const groups = new Map<string, string[]>();
  for (const p of phrases) {
    const key = `${p.pre ? NOT_WORD_BEFORE : ""}\u0000${POST[p.post]}`;
    groups.set(key, [...(groups.get(key) ?? []), p.body]);
  }
  const alternatives = [...groups].map(([key, bodies]) => {
    const [pre, post] = key.split("\u0000");
    // Longest first so the alternation prefers "send ~ to your family" over a shorter overlapping phrase.
    const ordered = [...new Set(bodies)].sort((a, b) => b.length - a.length);
    return `${pre}(?:${ordered.join("|")})${post}`;
  });
  return new RegExp(alternatives.join("|"), flags);
};

/**
 * A category's phrases split by their first character, each part a sticky regex. One regex over thousands of
 * phrases tries every alternative at every position of the text (the misogyny lists made that ~2 ms a text);
 * dispatching on the character at the position tries only the phrases that can start there. Phrases whose first
 * character may match something else (`-`, `'`) or nothing are tried everywhere.
 */
interface Scanner {
  byFirst: Map<string, RegExp>;
  anywhere: RegExp | null;
}

const buildScanner = (phrases: Iterable<CompiledPhrase & { first: string | null }>): Scanner => {
  const parts = new Map<string | null, CompiledPhrase[]>();
  for (const p of phrases) parts.set(p.first, [...(parts.get(p.first) ?? []), p]);
  const byFirst = new Map<string, RegExp>();
  for (const [first, ps] of parts) if (first !== null) byFirst.set(first, buildPattern(ps, "uy"));
  const rest = parts.get(null);
  return { byFirst, anywhere: rest ? buildPattern(rest, "uy") : null };
};

/** The first character a phrase form must start with, or null when its first unit is not a plain character. */
const firstCharOf = (form: string): string | null => {
  const first = [...form.replace(/^\*/, "").trim()][0];
  return first === undefined || /[-'’~\s]/.test(first) ? null : first;
};

/** Leftmost, non-overlapping matches of a scanner in `text` (like String.matchAll over one combined regex). */
function* scan(scanner: Scanner, text: string): Generator<{ index: number; length: number }> {
  for (let i = 0; i < text.length; ) {
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    let m: RegExpExecArray | null = null;
    const re = scanner.byFirst.get(ch);
    if (re) {
      re.lastIndex = i;
      m = re.exec(text);
    }
    if (!m?.[0].length && scanner.anywhere) {
      scanner.anywhere.lastIndex = i;
      m = scanner.anywhere.exec(text);
    }
    if (m?.[0].length) {
      yield { index: i, length: m[0].length };
      i += m[0].length;
    } else i += ch.length;
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

export class CueMatcher {
  private readonly patterns: ReadonlyMap<string, Scanner>;

  /** `lists`: language -> category -> phrases. All languages are merged per category. */
  constructor(lists: CueLists) {
    const byCategory = new Map<string, Map<string, CompiledPhrase & { first: string | null }>>();
    for (const categories of Object.values(lists)) {
      for (const [category, phrases] of Object.entries(categories)) {
        const compiled = byCategory.get(category) ?? new Map<string, CompiledPhrase & { first: string | null }>();
        for (const phrase of phrases) {
          const written = phrase.normalize("NFKC").toLowerCase();
          for (const form of new Set([written, foldPhrase(written)])) {
            if (!form.replace(/[*~\s]/g, "")) continue;
            const c = compilePhrase(form);
            compiled.set(`${c.pre}${c.post}${c.body}`, { ...c, first: firstCharOf(form) });
          }
        }
        byCategory.set(category, compiled);
      }
    }
    this.patterns = new Map([...byCategory].filter(([, c]) => c.size).map(([category, c]) => [category, buildScanner(c.values())]));
  }

  get categories(): string[] {
    return [...this.patterns.keys()];
  }

  /**
   * All hits per category, in ORIGINAL offsets, de-duplicated; a hit inside another of its category is dropped.
   * `only`: match just these categories (a detector that needs one cheap category before the costly ones).
   */
  match(prepared: PreparedText, only?: readonly string[]): Map<string, CueHit[]> {
    const lowered = lowerWithOffsets(prepared.original);
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
