import { normaliseText, type NormalisedText } from "./normalise.js";

/**
 * Masked and spaced-out words the normaliser alone cannot restore, read against the words the components look for.
 *
 * Masked words: "b*tch", "wh#re", "sl*ut", "w*men are st*pid". Writers mask a letter of the word they mean, or insert
 * a mask character into it, so that filters matching whole words miss it; readers read it at once. The normaliser
 * cannot undo this on its own (which letter is hidden?), but the components know which words they look for: this
 * resolves a masked token to a word of that vocabulary when exactly one reading fits.
 *
 *   - insertion: the token without its mask characters is a vocabulary word ("sl*ut" → "slut");
 *   - substitution: exactly one vocabulary word of the same length agrees on every unmasked position
 *     ("b*tch" → "bitch"; "h*e" with both "hoe" and "hag"… would stay as it is).
 * A token is a run of letters, marks and mask characters with at least one mask character, at least two letters
 * and no more mask characters than letters ("f**k" resolves, "****" and "s***" do not). Other text is untouched.
 * Spaced-out words in scripts the normaliser does not join ("ش ر م و ط ة", "र ं डी", "ค.ว.า.ย") are joined when the
 * joined letters contain a vocabulary word; only the pieces that word spans are joined.
 * The result keeps the offset map back to the original, so spans still point at the masked or spaced spelling.
 *
 * Hand-written: no npm package resolves masked spellings against a vocabulary while keeping an offset map.
 *
 * Example:
 *   const v = new MaskVocabulary(["bitch", "slut", "women", "stupid"]);
 *   v.unmask(normaliseText("w*men are st*pid")).normalised; // "women are stupid"
 */
export const MASK_CHARACTERS = new Set(["*", "#", "•", "●"]);

const LETTER = /[\p{L}\p{M}]/u;
/** Vocabulary words shorter than this are not used (two-letter words resolve too many masks). */
const MIN_WORD_LENGTH = 3;

export class MaskVocabulary {
  private readonly words = new Set<string>();
  private readonly byLength = new Map<number, string[]>();

  /** `words`: normalised single words (entries with spaces or mask characters are skipped). */
  constructor(words: Iterable<string>) {
    for (const w of words) {
      if (w.length < MIN_WORD_LENGTH || /\s/u.test(w) || [...w].some((ch) => MASK_CHARACTERS.has(ch)) || this.words.has(w)) continue;
      this.words.add(w);
      const list = this.byLength.get(w.length) ?? [];
      list.push(w);
      this.byLength.set(w.length, list);
    }
  }

  get size(): number {
    return this.words.size;
  }

  /** The reading of one masked token, or null when none or several fit. */
  resolve(token: string): string | null {
    const units = token.split("");
    let letters = 0;
    let masks = 0;
    for (const u of units) {
      if (MASK_CHARACTERS.has(u)) masks++;
      else letters++;
    }
    if (masks === 0 || letters < 2 || masks > letters) return null;
    const inserted = units.filter((u) => !MASK_CHARACTERS.has(u)).join("");
    if (this.words.has(inserted)) return inserted;
    let found: string | null = null;
    for (const w of this.byLength.get(token.length) ?? []) {
      let fits = true;
      for (let i = 0; i < token.length && fits; i++) fits = MASK_CHARACTERS.has(token[i]) ? LETTER.test(w[i]) : w[i] === token[i];
      if (!fits || w === found) continue;
      if (found !== null) return null;
      found = w;
    }
    return found;
  }

  /**
   * `text` with spaced-out words joined and masked tokens read (see the class comment); the same object when nothing
   * changed.
   */
  unmask(text: NormalisedText): NormalisedText {
    return this.readMasks(this.joinSpaced(text));
  }

  /**
   * Spaced-out letters in scripts the normaliser does not join (it joins single Latin, Cyrillic and Greek letters):
   * "ش ر م و ط ة", "र ं डी", "ค.ว.า.ย". A run of 3+ pieces of one or two letters (with their marks) separated by
   * spaces or . - _ * | / · is joined when the joined string contains a vocabulary word, so ordinary runs of short
   * words stay as they are.
   */
  private joinSpaced(text: NormalisedText): NormalisedText {
    const edits: Edit[] = [];
    for (const m of text.normalised.matchAll(SPACED_RUN)) {
      // the pieces, with their places in the run and in the joined string
      const pieces: { at: number; end: number; from: number }[] = [];
      let joined = "";
      for (const p of m[0].matchAll(PIECE_G)) {
        pieces.push({ at: p.index!, end: p.index! + p[0].length, from: joined.length });
        joined += p[0];
      }
      const word = this.longestWordIn(joined);
      if (!word) continue;
      // join only the pieces the word spans, so a short word next to it ("يا", "तू") is not glued on
      const lastWhere = (ok: (p: (typeof pieces)[number]) => boolean) => pieces.reduce((found, p, k) => (ok(p) ? k : found), -1);
      const first = lastWhere((p) => p.from <= word.start);
      const last = lastWhere((p) => p.from < word.end);
      if (last - first < 1) continue;
      const start = m.index! + pieces[first].at;
      const end = m.index! + pieces[last].end;
      const span = text.normalised.slice(start, end);
      const keep = span.split("").map((u) => !SEPARATOR_UNIT.test(u));
      edits.push({ start, end, text: span.replace(SEPARATORS, ""), keep });
    }
    return applyEdits(text, edits);
  }

  /** The longest vocabulary word inside `s` (first of equal length), as a range. */
  private longestWordIn(s: string): { start: number; end: number } | null {
    let best: { start: number; end: number } | null = null;
    for (let i = 0; i < s.length; i++) {
      for (let j = s.length; j >= i + MIN_WORD_LENGTH; j--) {
        if (best && j - i <= best.end - best.start) break;
        if (this.words.has(s.slice(i, j))) best = { start: i, end: j };
      }
    }
    return best;
  }

  private readMasks(text: NormalisedText): NormalisedText {
    const s = text.normalised;
    if (![...MASK_CHARACTERS].some((m) => s.includes(m))) return text;
    const edits: Edit[] = [];
    for (let i = 0; i < s.length; ) {
      if (!isTokenUnit(s[i])) {
        i++;
        continue;
      }
      let j = i;
      while (j < s.length && isTokenUnit(s[j])) j++;
      const token = s.slice(i, j);
      const reading = this.resolve(token);
      if (reading !== null) {
        const units = token.split("");
        const keep = reading.length === token.length ? units.map(() => true) : units.map((u) => !MASK_CHARACTERS.has(u));
        edits.push({ start: i, end: j, text: reading, keep });
      }
      i = j;
    }
    return applyEdits(text, edits);
  }
}

/** Replace [start, end) by `text`, whose code units come from the units of the range marked `keep`, in order. */
interface Edit {
  start: number;
  end: number;
  text: string;
  keep: boolean[];
}

const applyEdits = (text: NormalisedText, edits: readonly Edit[]): NormalisedText => {
  if (!edits.length) return text;
  const s = text.normalised;
  let out = "";
  const offsets: number[] = [];
  let at = 0;
  for (const e of edits) {
    out += s.slice(at, e.start);
    for (let k = at; k < e.start; k++) offsets.push(text.offsets[k]);
    out += e.text;
    e.keep.forEach((kept, k) => kept && offsets.push(text.offsets[e.start + k]));
    at = e.end;
  }
  out += s.slice(at);
  for (let k = at; k <= s.length; k++) offsets.push(text.offsets[k]);
  return { normalised: out, offsets: Int32Array.from(offsets) };
};

/** One or two letters with their marks, not Latin, Cyrillic or Greek (the normaliser joins those itself). */
const PIECE = "(?:(?![\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}])\\p{L}\\p{M}*){1,2}";
const SEPARATOR_CLASS = "[ .\\-_*|/·]";
const PIECE_G = new RegExp(PIECE, "gu");
const SPACED_RUN = new RegExp(`(?<![\\p{L}\\p{M}])${PIECE}(?:${SEPARATOR_CLASS}{1,3}${PIECE}){2,}(?![\\p{L}\\p{M}])`, "gu");
const SEPARATORS = new RegExp(`${SEPARATOR_CLASS}+`, "gu");
const SEPARATOR_UNIT = new RegExp(`^${SEPARATOR_CLASS}$`, "u");

/** Letters, marks and mask characters; surrogate halves count as letters (astral letters stay inside a token). */
const isTokenUnit = (u: string): boolean => MASK_CHARACTERS.has(u) || LETTER.test(u) || (u >= "\ud800" && u <= "\udfff");

/** Components that look for particular words say which, so masked spellings of them can be resolved. */
export interface HasMaskWords {
  maskWords(): Iterable<string>;
}

export const hasMaskWords = <T>(c: T): c is T & HasMaskWords => typeof (c as Partial<HasMaskWords>)?.maskWords === "function";

/**
 * The service's normal form: normaliseText, then masked and spaced-out spellings of the words `components` look for
 * read as those words. The service (src/context.ts) and the fusion fit (models/fusion/fit.ts) both use it.
 */
export function maskAwareNormaliser(components: readonly unknown[]): (text: string) => NormalisedText {
  const masks = new MaskVocabulary(components.filter(hasMaskWords).flatMap((c) => [...c.maskWords()]));
  return (text) => masks.unmask(normaliseText(text));
}
