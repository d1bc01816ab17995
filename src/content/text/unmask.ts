import { LEET, normaliseText, NUMBER_WITH_SUFFIX_RE, SPACED_SEPARATOR_CHARS, type NormalisedText } from "./normalise.js";

/**
 * Masked, leet and spaced-out spellings the normaliser alone cannot restore, read against the words the components
 * look for.
 *
 * Masked words: "b*tch", "wh#re", "sl*ut", "w*men are st*pid". Writers mask a letter of the word they mean, or insert
 * a mask character into it, so that filters matching whole words miss it; readers read it at once. The normaliser
 * cannot undo this on its own (which letter is hidden?), but the components know which words they look for: this
 * resolves a masked token to a word of that vocabulary when one reading fits best.
 *
 *   - a vocabulary word agrees on every unmasked position, each mask standing for one letter (with its marks) or for
 *     nothing ("b*tch" → "bitch", "sl*ut" → "slut", "f***er" → "fucker", Tamil "தேவ*யா" → "தேவடியா");
 *   - a word with an ending: the masked part is a vocabulary word and the rest of the token an ending no longer than
 *     it ("쓰레*야" → "쓰레기야", Arabic "تاف*ات" → "تافهات", "f*cking" → "fucking"), for languages that attach endings and
 *     for stems; in Thai, Khmer, Lao and Myanmar the word may also start inside the token.
 * A token is a run of letters, marks and mask characters with at least one mask character, at least two letters
 * and no more mask characters than letters ("f**k" resolves, "****" and "s***" do not). Guards against false readings
 * (each seen on natural text): the writer typed at least as many of the word's letters as the masks hide; a word
 * with an ending hides one letter at most, and a Latin word of three letters none ("f*k" is not "fik"); a word
 * that appears only inside phrases reads a single mask; masks only at a token's edges are hashtags and emphasis
 * ("#usa", "**its", "*each other*"), except one leading "*" or trailing masks standing for a whole word listed on its
 * own ("*ixo", "වේ**"); in Latin script a mask on a word's last letter may stand for a space ("con*đi"), so that word
 * gets no ending. When several words fit, a word listed on its own beats a word of phrases only, a whole-token
 * reading beats a word with an ending, then the longer word and the shorter ending win; readings still level are
 * decided only when one word is listed on its own at least twice as often ("slut", named by two lists, over the
 * variant "slvt"); otherwise the token stays as it is.
 *
 * Leet the normaliser leaves alone (it folds digits at a word's edge only in safe cases, so "line12" stays): a token of
 * letters and leet characters with no more leet than letters, whose letter reading is a vocabulary word of 4+ letters
 * or one with an ending of up to three typed letters, is read as it ("pu73" → "pute", "71dak" → "tidak", "sharmou74" →
 * "sharmouta"); never in links and identifiers, numbers with units ("100k"), or "!" at a word's edge ("hot!").
 *
 * Spaced-out words in scripts the normaliser does not join ("ش ر م و ط ة", "र ं डी", "মা গী", "ค.ว.า.ย") are joined when
 * the joined letters contain vocabulary words; only the pieces a word spans are joined, two pieces only when they are
 * exactly a word listed on its own, and two joined words side by side get a space between them. In scripts written
 * without spaces between words (Thai, Khmer, Lao, Myanmar) the spaced word's first and last pieces may be glued to
 * their neighbours ("ว่าอี ร่ า นอย่าง").
 *
 * The vocabulary holds the components' entries: one-word entries are words of their own, multi-word entries lend
 * their words (3+ letters; 2 for Hangul and Han, whose letters are syllables). The result keeps the offset map back to
 * the original, so spans still point at the masked or spaced spelling.
 *
 * Hand-written: no npm package resolves masked spellings against a vocabulary while keeping an offset map.
 *
 * Example:
 *   const v = new MaskVocabulary(["bitch", "slut", "women", "stupid"]);
 *   v.unmask(normaliseText("w*men are st*pid")).normalised; // "women are stupid"
 */
export const MASK_CHARACTERS = new Set(["*", "#", "•", "●"]);
const HAS_MASK = /[*#•●]/u;

const BASE_LETTER = /\p{L}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
const MARK = /\p{M}/u;
const WORD = /^[\p{L}\p{M}]+$/u;
const SYLLABIC = /^[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+$/u;
/** Vocabulary words shorter than this are not used (two-letter words resolve too many masks); Hangul and Han: 2. */
const MIN_WORD_LENGTH = 3;
const minLength = (w: string): number => (SYLLABIC.test(w) ? 2 : MIN_WORD_LENGTH);
/** A word with an ending: the word at least this long (Hangul and Han: 2). */
const MIN_STEM_LENGTH = 4;
/** Distinct masked or leet tokens read per text, and mask characters per token (the fit explores each mask's readings). */
const MAX_READ_TOKENS = 256;
const MAX_MASKS_PER_TOKEN = 6;
/** Readings of leet characters besides the normaliser's ("1" is an i or an l). */
const LEET_ALTERNATIVES: Readonly<Record<string, string>> = { "1": "l" };

interface Reading {
  text: string;
  /** for each unit of `text`, the index of the token unit it came from */
  from: number[];
  whole: boolean;
  /** how many entries are the word alone (0: a word of phrases only) */
  own: number;
  wordLength: number;
  /** letters of the token around the word */
  ending: number;
}

export class MaskVocabulary {
  /** every word of every entry */
  private readonly words = new Set<string>();
  /** word → how many entries are that word alone (components × language keys): words of phrases only are not here */
  private readonly own = new Map<string, number>();
  private readonly byFirst = new Map<string, string[]>();
  private readonly byLength = new Map<number, string[]>();
  /** consecutive words of a phrase joined → the same words spaced */
  private readonly runs = new Map<string, string>();
  private maxLength = 0;

  /** `words`: normalised words or phrases (phrases give their words; entries with mask characters are skipped). */
  constructor(words: Iterable<string>) {
    for (const entry of words) {
      if ([...entry].some((ch) => MASK_CHARACTERS.has(ch))) continue;
      const parts = entry.split(/\s+/u).filter(Boolean);
      // runs of two or more words of a phrase, written together: "tidakberguna" → "tidak berguna"
      if (parts.every((w) => WORD.test(w))) {
        for (let a = 0; a + 1 < parts.length; a++) {
          for (let b = a + 2; b <= parts.length; b++) {
            const run = parts.slice(a, b);
            const key = run.join("");
            if (key.length >= 5 && !this.runs.has(key)) this.runs.set(key, run.join(" "));
          }
        }
      }
      for (const w of parts) {
        if (!WORD.test(w) || w.length < minLength(w)) continue;
        if (!this.words.has(w)) {
          this.words.add(w);
          this.maxLength = Math.max(this.maxLength, w.length);
          const first = this.byFirst.get(w[0]) ?? [];
          first.push(w);
          this.byFirst.set(w[0], first);
          const sameLength = this.byLength.get(w.length) ?? [];
          sameLength.push(w);
          this.byLength.set(w.length, sameLength);
        }
        if (parts.length === 1) this.own.set(w, (this.own.get(w) ?? 0) + 1);
      }
    }
  }

  get size(): number {
    return this.words.size;
  }

  /** The reading of one masked token, or null when none fits or the best ones tie. */
  resolve(token: string): string | null {
    return this.readMasked(token)?.text ?? null;
  }

  private readMasked(token: string): Reading | null {
    let letters = 0;
    let masks = 0;
    let firstMask = token.length;
    for (let k = 0; k < token.length; k++) {
      if (!MASK_CHARACTERS.has(token[k])) letters++;
      else if (masks++ === 0) firstMask = k;
    }
    if (masks === 0 || letters < 2 || masks > letters || masks > MAX_MASKS_PER_TOKEN) return null;
    // masks only at the token's edges are hashtags and emphasis ("#usa", "*each*") as often as masks: such a token is
    // read only as the word it is without them, unless it is a leading mask (below)
    let interior = false;
    for (let k = 1; k + 1 < token.length && !interior; k++) {
      if (!MASK_CHARACTERS.has(token[k])) continue;
      let before = k - 1;
      while (before >= 0 && MASK_CHARACTERS.has(token[before])) before--;
      let after = k + 1;
      while (after < token.length && MASK_CHARACTERS.has(token[after])) after++;
      interior = before >= 0 && after < token.length;
    }
    // a leading "*" (not a hashtag's "#") may hide a first letter ("*ixo"), and trailing masks the last ones ("වේ**"):
    // read those as one whole word of its own
    const leading = !interior && token[0] !== "#" && MASK_CHARACTERS.has(token[0]) && !MASK_CHARACTERS.has(token[token.length - 1]);
    const trailing = !interior && !MASK_CHARACTERS.has(token[0]) && MASK_CHARACTERS.has(token[token.length - 1]);
    if (!interior) {
      // the word without its edge masks ("#women", "***idiot"), as the old reader did; else a leading or trailing reading
      const { text, from } = dropUnits(token, (u) => MASK_CHARACTERS.has(u));
      if (this.own.has(text)) return { text, from, whole: true, own: this.own.get(text)!, wordLength: text.length, ending: 0 };
      if (!leading && !trailing) return null;
    }
    const readings: Reading[] = [];
    // where a word may start: the token's start; in scripts written without spaces, anywhere up to the first mask
    const starts = NO_SPACE_LETTER.test(token) ? Array.from({ length: Math.min(firstMask, this.maxLength) + 1 }, (_, k) => firstMask - k) : [0];
    for (const at of starts) {
      if (at > 0 && MARK.test(token[at])) continue; // a word starts at a letter, not at a mark
      const rest = token.slice(at);
      // a word starting at a mask: only lengths the token can hold (a mask is at most a letter and three marks)
      const candidates = MASK_CHARACTERS.has(rest[0])
        ? Array.from({ length: 3 * masks + 1 }, (_, k) => this.byLength.get(rest.length - masks + k) ?? []).flat()
        : (this.byFirst.get(rest[0]) ?? []);
      for (const w of candidates) {
        // a word of phrases only reads one mask character, not a run ("f***ing" is not any seven-letter word)
        if ((masks > 1 || leading || trailing) && !this.own.has(w)) continue;
        for (const fitted of fit(rest, w)) {
          const restStart = fitted.used;
          const whole = at === 0 && restStart === rest.length;
          const ending = rest.length - restStart;
          if (!whole && w.length < (SYLLABIC.test(w) ? 2 : MIN_STEM_LENGTH)) continue;
          if (!whole && at === 0 && ending > w.length) continue;
          if (HAS_MASK.test(rest.slice(restStart))) continue;
          // Latin script: a mask on the word's last letter may stand for a space ("con*đi"), so a word with an ending
          // needs a typed letter after its last mask
          if (!whole && LATIN_LETTER.test(w) && MASK_CHARACTERS.has(rest[restStart - 1])) continue;
          // the writer typed at least as many of the word's letters as the masks hide (and a leading mask reads one
          // whole word: "*ixo" is "lixo", "**its" and "*thats" are markdown)
          let typed = 0;
          let hidden = 0;
          fitted.from.forEach((k, q) => {
            if (!BASE_LETTER.test(w[q])) return;
            if (MASK_CHARACTERS.has(rest[k])) hidden++;
            else typed++;
          });
          if (typed < hidden || (leading && (!whole || masks > 1)) || (trailing && !whole)) continue;
          // a word with an ending hides one letter ("쓰레*야", not "f***ing" as any word of four letters and "ing"); a
          // Latin word of three letters is too easily another one ("f*k")
          if ((!whole && hidden > 1) || (LATIN_LETTER.test(w) && w.length < 4 && hidden > 0)) continue;
          const from = [...Array(at).keys(), ...fitted.from.map((k) => k + at)];
          for (let k = restStart; k < rest.length; k++) from.push(k + at);
          const text = token.slice(0, at) + w + rest.slice(restStart);
          readings.push({ text, from, whole, own: this.own.get(w) ?? 0, wordLength: w.length, ending: at + ending });
        }
      }
    }
    return best(readings);
  }

  /** The letter reading of a token with leet characters, when it is a vocabulary word (or one with an ending). */
  private readLeet(token: string): Reading | null {
    const positions: number[] = [];
    for (let k = 0; k < token.length; k++) if (LEET[token.charCodeAt(k)] !== undefined) positions.push(k);
    if (!positions.length || positions.length > 6) return null;
    const letters = countLetters(token);
    // at least as many letters as leet characters, and no number with a unit ("100k", "501st", "100th")
    if (letters < positions.length || NUMBER_WITH_SUFFIX_RE.test(token)) return null;
    const alternativeAt = positions.filter((k) => LEET_ALTERNATIVES[token[k]] !== undefined).slice(0, 3);
    const readings: Reading[] = [];
    const from = token.split("").map((_, k) => k);
    for (let mask = 0; mask < 1 << alternativeAt.length; mask++) {
      const units = token.split("");
      for (const k of positions) units[k] = LEET[token.charCodeAt(k)];
      alternativeAt.forEach((k, b) => {
        if (mask & (1 << b)) units[k] = LEET_ALTERNATIVES[token[k]];
      });
      const text = units.join("");
      // three-letter readings are left alone: Arabizi writes letters with digits ("ra7", "3ala")
      if (text.length < 4) continue;
      if (this.words.has(text)) {
        readings.push({ text, from, whole: true, own: this.own.get(text) ?? 0, wordLength: text.length, ending: 0 });
        continue;
      }
      for (let len = text.length - 1; len >= MIN_STEM_LENGTH; len--) {
        const w = text.slice(0, len);
        if (!this.words.has(w) || text.length - len > Math.min(len, 3)) continue;
        // the ending must be letters the writer typed, not more leet
        if (positions.some((k) => k >= len)) continue;
        readings.push({ text, from, whole: false, own: this.own.get(w) ?? 0, wordLength: len, ending: text.length - len });
        break;
      }
    }
    return best(readings);
  }

  /** `text` with spaced-out words joined and masked and leet tokens read (see the class comment); the same object when nothing changed. */
  unmask(text: NormalisedText, original?: string): NormalisedText {
    let out = this.joinSpaced(text);
    out = this.joinNoSpaceScripts(out);
    if (original !== undefined) out = this.respaceJoinedRuns(out, original);
    return this.readTokens(out);
  }

  /**
   * The normaliser joins spaced-out Latin letters into one word ("c o n đ ĩ" → "conđi", "t.i.d.a.k.b.e.r.g.u.n.a" →
   * "tidakberguna"), losing the writer's word breaks when they spaced out a whole phrase. A joined token that is
   * exactly consecutive words of one vocabulary phrase, and not itself a vocabulary word, gets its spaces back ("con
   * đi", "tidak berguna", "i hate"); nothing else is split, so a spaced-out word that merely contains vocabulary words ("c.h.i.m.m.a.t.i") stays whole. Only tokens whose
   * letters were each separated in `original` by spaces or the separators the normaliser joins across.
   */
  private respaceJoinedRuns(text: NormalisedText, original: string): NormalisedText {
    if (!this.runs.size) return text;
    const s = text.normalised;
    const edits: Edit[] = [];
    for (const m of s.matchAll(JOINED_CANDIDATE_G)) {
      const spaced = this.runs.get(m[0]);
      // a word of its own stays one: Polish "kobiet" is not Vietnamese "ko biet"
      if (spaced === undefined || this.words.has(m[0])) continue;
      let apart = true;
      for (let k = 1; k < m[0].length && apart; k++) {
        const a = text.offsets[m.index! + k - 1];
        const b = text.offsets[m.index! + k];
        if (b - a < 2) apart = false;
        for (let q = a + 1; q < b && apart; q++) if (!JOINED_SEPARATOR.test(original[q])) apart = false;
      }
      if (!apart) continue;
      const from: number[] = [];
      let t = 0;
      for (const ch of spaced) {
        from.push(ch === " " ? t : t++);
      }
      edits.push({ start: m.index!, end: m.index! + m[0].length, text: spaced, from });
    }
    return applyEdits(text, edits);
  }

  /**
   * Spaced-out letters in scripts the normaliser does not join (it joins single Latin, Cyrillic and Greek letters):
   * "ش ر م و ط ة", "र ं डी", "মা গী", "ค.ว.า.ย". A run of 2+ pieces of one or two letters (with their marks) separated
   * by spaces or . - _ * | / · ' ’ is joined where the joined string holds vocabulary words, longest first, each joining
   * only the pieces it spans, so ordinary runs of short words stay as they are.
   */
  private joinSpaced(text: NormalisedText): NormalisedText {
    const edits: Edit[] = [];
    for (const m of text.normalised.matchAll(SPACED_RUN)) {
      const { parts: pieces, joined, partOf: pieceOf } = joinParts(m[0], PIECE_G);
      const taken = new Uint8Array(pieces.length);
      const words: [number, number][] = [];
      for (const word of this.wordsIn(joined, (s, e) => pieceOf[e - 1] > pieceOf[s])) {
        const [first, last] = [pieceOf[word.start], pieceOf[word.end - 1]];
        // a word spans 3+ pieces, or is exactly two pieces and a word of its own of 3+ letters ("মা গী"; not "උඹ වැඩ" with
        // a word inside, nor Hindi "हो जा", two words a phrase joins), and takes pieces no other word took
        if (last - first < 1) continue;
        if (last - first === 1) {
          const exact = word.start === pieces[first].from && word.end === pieces[last].from + pieces[last].end - pieces[last].at;
          if (!exact || word.end - word.start < MIN_WORD_LENGTH || !this.own.has(joined.slice(word.start, word.end))) continue;
        }
        let free = true;
        for (let k = first; k <= last; k++) if (taken[k]) free = false;
        if (!free) continue;
        taken.fill(1, first, last + 1);
        words.push([first, last]);
      }
      words.sort((a, b) => a[0] - b[0]);
      words.forEach(([first, last], k) => {
        edits.push(removeSeparators(text.normalised, m.index! + pieces[first].at, m.index! + pieces[last].end));
        // two words side by side were two words: the separator between them reads as a space
        const next = words[k + 1];
        if (next && next[0] === last + 1) edits.push({ start: m.index! + pieces[last].end, end: m.index! + pieces[next[0]].at, text: " ", from: [0] });
      });
    }
    return applyEdits(text, edits.sort((a, b) => a.start - b.start));
  }

  /**
   * Thai, Khmer, Lao and Myanmar are written without spaces between words, so a spaced-out word's first and last
   * pieces are glued to the words around it ("ว่าอี ร่ า นอย่าง"). A separator between two letters of these scripts is
   * removed when a vocabulary word of the joined text spans it and a piece beside it is short (one or two letters), or
   * the word is long (5+ units): a space between two phrases rarely has a word across it.
   */
  private joinNoSpaceScripts(text: NormalisedText): NormalisedText {
    const s = text.normalised;
    if (!NO_SPACE_LETTER.test(s)) return text;
    const edits: Edit[] = [];
    for (const m of s.matchAll(NO_SPACE_SEGMENT)) {
      // chunks of letters and the separators between them
      const { parts: chunks, joined, partOf: chunkOf } = joinParts(m[0], NO_SPACE_CHUNK_G);
      if (chunks.length < 2) continue;
      const letters = chunks.map((c) => countLetters(m[0].slice(c.at, c.end)));
      const removable = new Uint8Array(chunks.length); // removable[k]: the separator after chunk k
      for (const word of this.wordsIn(joined, (a, e) => chunkOf[e - 1] > chunkOf[a])) {
        const [first, last] = [chunkOf[word.start], chunkOf[word.end - 1]];
        for (let k = first; k < last; k++) {
          const short = letters[k] <= 2 || letters[k + 1] <= 2;
          if (short || word.end - word.start >= 5) removable[k] = 1;
        }
      }
      for (let k = 0; k + 1 < chunks.length; k++) {
        if (!removable[k]) continue;
        const start = m.index! + chunks[k].end;
        const end = m.index! + chunks[k + 1].at;
        edits.push({ start, end, text: "", from: [] });
      }
    }
    return applyEdits(text, edits);
  }

  /** Vocabulary words inside `s` that `accept` allows, longest first (then leftmost), as ranges. */
  private wordsIn(s: string, accept: (start: number, end: number) => boolean): { start: number; end: number }[] {
    const found: { start: number; end: number }[] = [];
    for (let i = 0; i < s.length; i++) {
      for (let j = Math.min(s.length, i + this.maxLength); j >= i + 2; j--) {
        if (this.words.has(s.slice(i, j)) && accept(i, j)) found.push({ start: i, end: j });
      }
    }
    return found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  }

  /** Masked tokens and tokens with leet characters, read (see the class comment). */
  private readTokens(text: NormalisedText): NormalisedText {
    const s = text.normalised;
    const edits: Edit[] = [];
    // each distinct token is read once, and at most MAX_READ_TOKENS of them per text: a text of thousands of masked
    // tokens must not hold the event loop (readings cost up to a fraction of a millisecond each)
    const cache = new Map<string, Reading | null>();
    const read = (token: string, reader: (t: string) => Reading | null): Reading | null => {
      if (cache.has(token)) return cache.get(token)!;
      if (cache.size >= MAX_READ_TOKENS) return null;
      const reading = reader(token);
      cache.set(token, reading);
      return reading;
    };
    if (HAS_MASK.test(s)) {
      for (const m of s.matchAll(MASKED_TOKEN_G)) {
        if (![...m[0]].some((u) => MASK_CHARACTERS.has(u))) continue;
        const reading = read(m[0], (t) => this.readMasked(t));
        if (reading) edits.push({ start: m.index!, end: m.index! + m[0].length, text: reading.text, from: reading.from });
      }
    }
    if (LEET_CHARACTER.test(s)) {
      for (const m of s.matchAll(LEET_TOKEN_G)) {
        if (!LEET_CHARACTER.test(m[0]) || /[26]/u.test(m[0])) continue;
        // not in links, paths, file names and identifiers ("naver.me/5h07ulzu", "f3m3ah/im_23")
        const before = s[m.index! - 1] ?? " ";
        const after = s[m.index! + m[0].length] ?? " ";
        if (IDENTIFIER_PUNCT.test(before) || (IDENTIFIER_PUNCT.test(after) && !/^[.:]?(\s|$)/u.test(s.slice(m.index! + m[0].length, m.index! + m[0].length + 2)))) continue;
        const reading = read(m[0], (t) => this.readLeet(t));
        if (reading && reading.text !== m[0]) edits.push({ start: m.index!, end: m.index! + m[0].length, text: reading.text, from: reading.from });
      }
    }
    return applyEdits(text, edits.sort((a, b) => a.start - b.start));
  }
}

/**
 * Fits vocabulary word `w` to the start of `token`: unmasked units must agree; each mask character stands for one
 * letter of `w` (with or without the marks after it) or for nothing, as writers do not count ("f***er", "sl*ut").
 * Returns the ways it fits (a few at most): how many token units the word used and, for each unit of `w`, the token
 * unit it came from.
 */
function fit(token: string, w: string): { used: number; from: number[] }[] {
  const fits: { used: number; from: number[] }[] = [];
  walkFit(token, w, 0, 0, [], fits);
  return fits;
}

function walkFit(token: string, w: string, i: number, j: number, from: number[], fits: { used: number; from: number[] }[]): void {
  if (fits.length > 4) return;
  if (j === w.length) {
    // masks right after the word still belong to it, not to an ending
    while (i < token.length && MASK_CHARACTERS.has(token[i])) i++;
    fits.push({ used: i, from });
    return;
  }
  if (i >= token.length) return;
  if (!MASK_CHARACTERS.has(token[i])) {
    if (token[i] === w[j]) walkFit(token, w, i + 1, j + 1, [...from, i], fits);
    return;
  }
  if (BASE_LETTER.test(w[j])) {
    // the letter, then each longer reading that also takes the marks after it
    let k = j + 1;
    const taken = [...from, i];
    walkFit(token, w, i + 1, k, taken, fits);
    while (k < w.length && MARK.test(w[k])) {
      taken.push(i);
      k++;
      walkFit(token, w, i + 1, k, [...taken], fits);
    }
  }
  walkFit(token, w, i + 1, j, from, fits); // an inserted mask
}

/**
 * The best of several readings, or null when none or a tie: a word listed on its own beats a word of phrases only
 * ("f*cker" is "fuck" with an ending before any phrase word of six letters), a whole-token reading beats a word with an
 * ending, then the longer word and the shorter ending; readings still level are decided only when one word is listed
 * on its own at least twice as often as the other ("slut" by two lists and "slvt" by one), and left alone otherwise.
 */
function best(readings: readonly Reading[]): Reading | null {
  if (!readings.length) return null;
  const rank = (r: Reading) => [r.own > 0 ? 1 : 0, r.whole ? 1 : 0, r.wordLength, -r.ending];
  const order = (a: Reading, b: Reading) => {
    const [ra, rb] = [rank(a), rank(b)];
    for (let k = 0; k < ra.length; k++) if (ra[k] !== rb[k]) return rb[k] - ra[k];
    return b.own - a.own;
  };
  const sorted = [...readings].sort(order);
  const top = sorted[0];
  const level = sorted.filter((r) => r.text !== top.text && rank(r).every((v, k) => v === rank(top)[k]));
  if (level.length && (top.own === 0 || top.own < 2 * level[0].own)) return null;
  return top;
}

/** The parts `partRe` finds in `run`, their text joined, and for each unit of the joined text the part it came from. */
function joinParts(run: string, partRe: RegExp): { parts: { at: number; end: number; from: number }[]; joined: string; partOf: number[] } {
  const parts: { at: number; end: number; from: number }[] = [];
  const partOf: number[] = [];
  let joined = "";
  for (const p of run.matchAll(partRe)) {
    parts.push({ at: p.index!, end: p.index! + p[0].length, from: joined.length });
    for (let q = 0; q < p[0].length; q++) partOf.push(parts.length - 1);
    joined += p[0];
  }
  return { parts, joined, partOf };
}

const countLetters = (s: string): number => {
  let n = 0;
  for (const u of s) if (BASE_LETTER.test(u)) n++;
  return n;
};

/** Replace [start, end) by `text`; `from[i]` is the index (within the range) of the unit text[i] came from. */
interface Edit {
  start: number;
  end: number;
  text: string;
  from: number[];
}

/** `s` without the units `drop` picks, and for each unit kept its index in `s`. */
const dropUnits = (s: string, drop: (unit: string) => boolean): { text: string; from: number[] } => {
  const from: number[] = [];
  let text = "";
  for (let k = 0; k < s.length; k++) {
    if (drop(s[k])) continue;
    text += s[k];
    from.push(k);
  }
  return { text, from };
};

/** An edit that drops the separators of [start, end) of `s`. */
const removeSeparators = (s: string, start: number, end: number): Edit => ({ start, end, ...dropUnits(s.slice(start, end), (u) => SEPARATOR_UNIT.test(u)) });

/** Applies non-overlapping edits, sorted by start. */
const applyEdits = (text: NormalisedText, edits: readonly Edit[]): NormalisedText => {
  if (!edits.length) return text;
  const s = text.normalised;
  let out = "";
  const offsets: number[] = [];
  let at = 0;
  for (const e of edits) {
    if (e.start < at) continue; // overlaps the previous edit: keep the first
    out += s.slice(at, e.start);
    for (let k = at; k < e.start; k++) offsets.push(text.offsets[k]);
    out += e.text;
    for (const k of e.from) offsets.push(text.offsets[e.start + k]);
    at = e.end;
  }
  out += s.slice(at);
  for (let k = at; k <= s.length; k++) offsets.push(text.offsets[k]);
  return { normalised: out, offsets: Int32Array.from(offsets) };
};

/** One or two letters with their marks, not Latin, Cyrillic or Greek (the normaliser joins those itself). */
const PIECE = "(?:(?![\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}])\\p{L}\\p{M}*){1,2}";
const SEPARATOR_CLASS = `[${[...SPACED_SEPARATOR_CHARS].map((ch) => (/[\\\]^-]/.test(ch) ? `\\${ch}` : ch)).join("")}]`;
const PIECE_G = new RegExp(PIECE, "gu");
const SPACED_RUN = new RegExp(`(?<![\\p{L}\\p{M}])${PIECE}(?:${SEPARATOR_CLASS}{1,3}${PIECE})+(?![\\p{L}\\p{M}])`, "gu");
const SEPARATOR_UNIT = new RegExp(`^${SEPARATOR_CLASS}$`, "u");
/** Whole Latin words (with marks), candidates for respacing. */
const JOINED_CANDIDATE_G = /(?<![\p{L}\p{M}])[\p{Script=Latin}\p{M}]{5,}(?![\p{L}\p{M}])/gu;
/** What the normaliser joins single letters across in the original: its separators, any whitespace, and marks it drops. */
const JOINED_SEPARATOR = new RegExp(`${SEPARATOR_CLASS}|\\s|\\p{M}`, "u");
/** Scripts written without spaces between words. */
const NO_SPACE = "[\\p{Script=Thai}\\p{Script=Khmer}\\p{Script=Lao}\\p{Script=Myanmar}]";
const NO_SPACE_LETTER = new RegExp(NO_SPACE, "u");
const NO_SPACE_SEGMENT = new RegExp(`${NO_SPACE}+(?:${SEPARATOR_CLASS}{1,3}${NO_SPACE}+)+`, "gu");
const NO_SPACE_CHUNK_G = new RegExp(`${NO_SPACE}+`, "gu");
/** Letters, marks and mask characters; surrogate halves count as letters (astral letters stay inside a token). */
/** Leet characters the reader looks at (the normaliser folds the symbol emoji itself). */
const LEET_CHARACTER = /[0-9$@!|]/u;
const MASKED_TOKEN_G = /(?:[\p{L}\p{M}*#•●]|[\ud800-\udfff])+/gu;
const IDENTIFIER_PUNCT = /[/\\._=?&#:@\-]/u;
/** Letters, marks, digits and "$", with "!", "@" and "|" between them only ("hot!" is not "hoti"). */
const LEET_TOKEN_G = /(?:[\p{L}\p{M}0-9$]|[\ud800-\udfff])+(?:[!@|]+(?:[\p{L}\p{M}0-9$]|[\ud800-\udfff])+)*/gu;

/** Components that look for particular words say which, so masked spellings of them can be resolved. */
export interface HasMaskWords {
  maskWords(): Iterable<string>;
}

export const hasMaskWords = <T>(c: T): c is T & HasMaskWords => typeof (c as Partial<HasMaskWords>)?.maskWords === "function";

/**
 * The service's normal form: normaliseText, then masked, leet and spaced-out spellings of the words `components` look
 * for read as those words. The service (src/context.ts) and the fusion fit (models/fusion/fit.ts) both use it.
 */
export function maskAwareNormaliser(components: readonly unknown[]): (text: string) => NormalisedText {
  const masks = new MaskVocabulary(components.filter(hasMaskWords).flatMap((c) => [...c.maskWords()]));
  return (text) => masks.unmask(normaliseText(text), text);
}
