import { foldLikeText, nfkcKeepingJamo } from "../../content/text/normalise.js";
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
 *   - `-` matches a hyphen, a space or nothing; `'` matches ' or ’;
 *   - `{a|b}` groups are expanded into every combination when the data is loaded (cue-data.ts `expandAlternatives`).
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
 * One sticky regex per boundary group of phrases (the group's boundary-after lookahead appears once; per-phrase
 * lookarounds made compilation take seconds; the boundary before is the scanner's, `Pattern.wordStart`). Longest body first, so
 * a group prefers "send ~ to your family" over a shorter overlapping phrase; across groups the scanner keeps the
 * longest match.
 */
const buildPatterns = (phrases: Iterable<CompiledPhrase>): Pattern[] => {
  const groups = new Map<string, string[]>();
  for (const p of phrases) {
    const key = `${p.pre ? "pre" : ""}\u0000${POST[p.post]}`;
    groups.set(key, [...(groups.get(key) ?? []), p.body]);
  }
  return [...groups].map(([key, bodies]) => {
    const [pre, post] = key.split("\u0000");
    const ordered = [...new Set(bodies)].sort((a, b) => b.length - a.length);
    return { re: new RegExp(`(?:${ordered.join("|")})${post}`, "uy"), wordStart: pre !== "" };
  });
};

/**
 * A sticky regex over a group of phrases, and whether they need a word boundary before them. That check (no letter,
 * mark or digit before) is made once per position by the scanner (`WORD_BEFORE`), not inside each pattern: it does not
 * depend on which alternative matches, and its Unicode classes were most of a pattern's compiled UTF-16 code (2,000
 * patterns of 7 alternatives: 10 MiB without either boundary lookaround, 23 MiB with the one before, 44 MiB with both).
 */
interface Pattern {
  re: RegExp;
  wordStart: boolean;
}
/** At lastIndex i: matches (empty) when the code point before i is a letter, mark or digit. */
const WORD_BEFORE = new RegExp(`(?<=[\\p{L}\\p{M}\\p{N}])`, "uy");

/**
 * The phrases of several categories split by how they start, each part a sticky regex, scanned in ONE pass over a text
 * (a pass per category made the per-position bookkeeping, not the regexes, the main cost: ~0.1 ms a category on a
 * post-length text). One regex over thousands of phrases tries every alternative at every position of the text;
 * dispatching on the characters at the position tries only the phrases that can start there: by their first two
 * characters where both are plain characters, else by the first. Phrases whose first character may match something
 * else (`-`, `'`) or nothing are tried where they can start. Within a category the longest match at a position wins (the
 * single regex put longer phrases first) and matches do not overlap (leftmost first, like String.matchAll); categories
 * are independent of each other.
 */
interface Part {
  /** Index of the category in `Scanner.categories`. */
  slot: number;
  patterns: Pattern[];
  /**
   * For a large two-character part: the patterns to try when the text's third character is the key, built from the
   * phrases whose third character is that literal plus those whose third unit is not a literal (a space, `-`, `'`, the
   * end of the phrase), in the part's order. Phrases with another literal third character cannot match there, so the
   * first alternative that matches, and the match, are the ones the whole part's patterns would give. `patterns` then
   * holds only the phrases without a literal third character, for any other third character.
   */
  byThird?: Map<number, Pattern[]>;
}

interface Scanner {
  categories: string[];
  /** Keyed by the first code point and the (whitespace- and apostrophe-folded) second: `pairKey`. */
  byPrefix: Map<number, Part[]>;
  byFirst: Map<number, Part[]>;
  /** Phrases without a plain first character, by each code point they can start with. */
  anywhere: Map<number, Part[]>;
}

/**
 * `key`: the one or two plain characters the phrase starts with, or null; `starts`: what a null-key phrase can start
 * with; `third`: the code point of its third character where the first three are plain literals, else null.
 */
type KeyedPhrase = CompiledPhrase & { key: string | null; starts: string[]; third: number | null };

/**
 * Two-character parts with at least this many phrases are dispatched on the third character too (`Part.byThird`):
 * pronoun × verb × object families fill single buckets with hundreds of phrases ("ak": 991 Indonesian and Malay
 * threats), each tried at every "ak" of every text ("make", "take").
 */
const THIRD_DISPATCH_MIN = 24;

/** A two-character part, dispatched on the third character when it is large. */
const twoCharPart = (slot: number, phrases: readonly KeyedPhrase[]): Part => {
  const withThird = phrases.filter((p) => p.third !== null);
  if (phrases.length < THIRD_DISPATCH_MIN || withThird.length < phrases.length * 0.9) return { slot, patterns: buildPatterns(phrases) };
  const byThird = new Map<number, Pattern[]>();
  for (const third of new Set(withThird.map((p) => p.third!)))
    byThird.set(third, buildPatterns(phrases.filter((p) => p.third === null || p.third === third)));
  return { slot, patterns: buildPatterns(phrases.filter((p) => p.third === null)), byThird };
};

/** Two code points as one Map key (exact in a double: 0x110000² < 2⁵³). */
const pairKey = (first: number, second: number): number => first * 0x110000 + second;

const buildScanner = (categories: ReadonlyMap<string, readonly KeyedPhrase[]>): Scanner => {
  const byPrefix = new Map<number, Part[]>();
  const byFirst = new Map<number, Part[]>();
  const anywhere = new Map<number, Part[]>();
  const add = (map: Map<number, Part[]>, key: number, part: Part) => map.set(key, [...(map.get(key) ?? []), part]);
  [...categories.values()].forEach((phrases, slot) => {
    const parts = new Map<string | null, KeyedPhrase[]>();
    for (const p of phrases) parts.set(p.key, [...(parts.get(p.key) ?? []), p]);
    for (const [key, ps] of parts) {
      if (key === null) continue;
      const [first, second] = [...key].map((ch) => ch.codePointAt(0)!);
      if (second === undefined) add(byFirst, first, { slot, patterns: buildPatterns(ps) });
      else add(byPrefix, pairKey(first, second), twoCharPart(slot, ps));
    }
    const open = parts.get(null) ?? [];
    if (open.length) {
      const part = { slot, patterns: buildPatterns(open) };
      for (const start of new Set(open.flatMap((p) => p.starts))) add(anywhere, start.codePointAt(0)!, part);
    }
  });
  return { categories: [...categories.keys()], byPrefix, byFirst, anywhere };
};

const PLAIN = (ch: string | undefined): ch is string => ch !== undefined && !/[-'’~\s*]/.test(ch);
/** How a second character is looked up: any whitespace as " ", either apostrophe as "'" (what the phrase syntax matches). */
const keyChar = (ch: string): string =>
  ch === " " ? ch : ch === "’" ? "'" : ch.length === 1 && ch <= " " ? " " : ch === "\u00a0" || ch === "\u3000" ? " " : ch;
/** keyChar on a code point. */
const keyCode = (cp: number): number => (cp === 0x2019 ? 0x27 : cp <= 0x20 || cp === 0xa0 || cp === 0x3000 ? 0x20 : cp);

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

/** The third character of a phrase form whose first three are plain literals (its match then has it at a fixed place). */
const thirdOf = (form: string): number | null => {
  const [first, second, third] = [...form.replace(/^\*/, "").trim()];
  return PLAIN(first) && PLAIN(second) && PLAIN(third) ? third.codePointAt(0)! : null;
};

/**
 * Appended to every view before its regexes run (never matched: a noncharacter, neither letter, mark nor digit, so
 * boundaries and stems at the end of a text read as before). V8 compiles a regex to native code once per subject
 * encoding, Latin-1 and UTF-16; a view of only Latin-1 characters would make it compile each pattern twice. The
 * detectors held ~23,000 patterns before session 17, and compiled for both encodings they filled V8's code space (about 490 MB of the
 * ~512 MB it may use; with session 17's additions a process that had met enough varied text crashed with "heap out of
 * memory"). With the sentinel every view is UTF-16 and each pattern is compiled once (test/cue-matcher-code-space.test.ts
 * measures it). UTF-16 made the boundary classes slower until the boundary before a phrase left the patterns (`Pattern.wordStart`).
 */
const UTF16_SENTINEL = "\uffff";

/** Per category: hits (index, length) of one view, leftmost and non-overlapping, at most MAX_HITS_PER_CATEGORY. */
function scan(scanner: Scanner, text: string): { index: number; length: number }[][] {
  const subject = text + UTF16_SENTINEL;
  const n = scanner.categories.length;
  const found: { index: number; length: number }[][] = Array.from({ length: n }, () => []);
  /** Per category: the first position a new match may start at (past its last match), or Infinity when full. */
  const next = new Float64Array(n);
  const best = new Int32Array(n);
  const touched: number[] = [];
  /** The code point after the two at i (for `Part.byThird`), or -1 at the end of the text. */
  let third = -1;
  /** Whether a letter, mark or digit stands before position `wordAt` (computed when a pattern first asks). */
  let wordAt = -1;
  let wordBefore = false;
  const tryParts = (parts: readonly Part[] | undefined, i: number) => {
    if (!parts) return;
    for (const { slot, patterns, byThird } of parts) {
      if (i < next[slot]) continue;
      if (best[slot] === 0) touched.push(slot);
      for (const { re, wordStart } of (byThird && byThird.get(third)) ?? patterns) {
        if (wordStart) {
          if (wordAt !== i) {
            wordAt = i;
            WORD_BEFORE.lastIndex = i;
            wordBefore = WORD_BEFORE.test(subject);
          }
          if (wordBefore) continue;
        }
        re.lastIndex = i;
        const m = re.exec(subject);
        if (m && m[0].length > best[slot]) best[slot] = m[0].length;
      }
    }
  };
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    tryParts(scanner.byFirst.get(cp), i);
    if (i + width < text.length) {
      const second = text.codePointAt(i + width)!;
      const parts = scanner.byPrefix.get(pairKey(cp, keyCode(second)));
      if (parts) {
        const at = i + width + (second > 0xffff ? 2 : 1);
        third = at < text.length ? text.codePointAt(at)! : -1;
        tryParts(parts, i);
      }
    }
    tryParts(scanner.anywhere.get(cp), i);
    for (const slot of touched) {
      if (best[slot] > 0) {
        found[slot].push({ index: i, length: best[slot] });
        next[slot] = found[slot].length >= MAX_HITS_PER_CATEGORY ? Infinity : i + best[slot];
        best[slot] = 0;
      }
    }
    touched.length = 0;
    i += width;
  }
  return found;
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
  private readonly phrases: ReadonlyMap<string, readonly KeyedPhrase[]>;
  /** Scanners by the categories they cover (all of them, or a detector's `only` list), built on first use. */
  private readonly scanners = new Map<string, Scanner>();
  /** The same scanners by the `only` list object a caller passed. */
  private readonly byList = new WeakMap<readonly string[], Scanner>();

  /**
   * `lists`: language -> category -> phrases. All languages are merged per category. `subsets`: the category lists
   * `match` will be asked for (`only`; undefined = all categories), compiled now rather than on the first text.
   */
  constructor(lists: CueLists, subsets: readonly (readonly string[] | undefined)[] = [undefined]) {
    const byCategory = new Map<string, Map<string, KeyedPhrase>>();
    for (const categories of Object.values(lists)) {
      for (const [category, phrases] of Object.entries(categories)) {
        const compiled = byCategory.get(category) ?? new Map<string, KeyedPhrase>();
        for (const phrase of phrases) {
          const written = nfkcKeepingJamo(phrase).toLowerCase();
          for (const form of new Set([written, foldLikeText(written)])) {
            if (!form.replace(/[*~\s]/g, "")) continue;
            const c = compilePhrase(form);
            const key = keyOf(form);
            compiled.set(`${c.pre}${c.post}${c.body}`, { ...c, key, starts: key === null ? startsOf(form) : [], third: thirdOf(form) });
          }
        }
        byCategory.set(category, compiled);
      }
    }
    this.phrases = new Map([...byCategory].filter(([, c]) => c.size).map(([category, c]) => [category, [...c.values()]]));
    for (const only of subsets) this.scanner(only);
  }

  get categories(): string[] {
    return [...this.phrases.keys()];
  }

  private scanner(only?: readonly string[]): Scanner {
    // callers pass the same constant lists text after text: look those up by identity before building a key
    const known = only && this.byList.get(only);
    if (known) return known;
    const wanted = only ? this.categories.filter((c) => only.includes(c)) : this.categories;
    const key = wanted.join("\u0000");
    let scanner = this.scanners.get(key);
    if (!scanner) {
      scanner = buildScanner(new Map(wanted.map((c) => [c, this.phrases.get(c)!])));
      this.scanners.set(key, scanner);
    }
    if (only) this.byList.set(only, scanner);
    return scanner;
  }

  /**
   * All hits per category, in ORIGINAL offsets, de-duplicated; a hit inside another of its category is dropped.
   * `only`: match just these categories (a detector that needs one cheap category before the costly ones).
   */
  match(prepared: PreparedText, only?: readonly string[]): Map<string, CueHit[]> {
    const scanner = this.scanner(only);
    const lowered = loweredView(prepared);
    const views = [
      { text: prepared.normalised, offsets: prepared.offsets },
      { text: lowered.text, offsets: lowered.offsets },
    ];
    const hits: CueHit[][] = scanner.categories.map(() => []);
    for (const view of views) {
      scan(scanner, view.text).forEach((found, slot) => {
        const category = scanner.categories[slot];
        for (const m of found) hits[slot].push({ ...toOriginal(view.offsets, prepared.original, m.index, m.index + m.length), category });
      });
    }
    const result = new Map<string, CueHit[]>();
    hits.forEach((list, slot) => {
      const kept = list
        .sort((a, b) => a.start - b.start || b.end - a.end)
        .filter((h, i, all) => !all.some((o, j) => j !== i && o.start <= h.start && h.end <= o.end && (j < i || o.end - o.start > h.end - h.start)));
      if (kept.length) result.set(scanner.categories[slot], kept);
    });
    return result;
  }
}
