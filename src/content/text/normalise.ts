/**
 * Evasion-resistant text normalisation, run on every request before classification.
 *
 * The normal form is for models only; spans are reported on the ORIGINAL text, so every output code
 * unit remembers which original code unit produced it (`offsets`).
 *
 * Stages, in order (each one unit-tested in normalise.test.ts):
 *  1. decode: lone surrogates -> U+FFFD; invisible characters removed (format controls incl. zero-width
 *     and bidi controls, variation selectors, tag characters, Hangul fillers, C0/C1 controls other than
 *     whitespace); a grapheme-ish cluster (base + combining marks) is NFKC-normalised, lowercased
 *     (locale-agnostic Unicode default mapping), and its generic combining diacritics (U+0300 block and
 *     friends: accents, zalgo) and optional Arabic harakat / tatweel are dropped. Script-specific marks
 *     (Devanagari, Bengali, Thai vowel signs, ...) are kept, and Hangul syllables survive (NFD -> NFC).
 *  2. confusables: look-alikes are read in the script of their word: Cyrillic/Greek look-alikes in a Latin word
 *     become Latin ("ѕlut"), Latin look-alikes in a Cyrillic word become Cyrillic ("шлюxa"); a word made only of
 *     look-alikes takes the text's clearly dominant script ("mycop" in Russian text); a Russian word alone is left
 *     alone; small-capital letters and letters written as emoji (regional indicators, 🅰 🄰 🅐) always fold.
 *  3. leetspeak: 0 1 3 4 5 7 8 9 $ @ ! | ⭕ ❌ 💲 fold to letters between letters ("b1tch"), plus a single leading
 *     digit ("5lut"), edge $ ("a$$") and a single trailing digit in a token already leet inside ("m4nd4m3");
 *     tokens without letters (phone numbers, years, prices), digit tails ("line1"), ordinals/units ("1st",
 *     "10km"), e-mails and URLs stay untouched.
 *  4. stretched letters: runs of 3+ identical Latin/Cyrillic/Greek letters -> one ("biiiitch" -> "bitch");
 *     any other character repeated 4+ times -> three ("ㅋㅋㅋㅋㅋ" -> "ㅋㅋㅋ", "!!!!!" -> "!!!").
 *  5. spaced-out letters: 3+ single Latin/Cyrillic/Greek letters separated by spaces or . - _ * | / · ' ’
 *     are joined ("s l u t", "s.l.u.t", "s'l'u't" -> "slut"; not commas: "a, b, c" is a list).
 *  6. whitespace: every whitespace run -> one space, trimmed.
 *
 * Hand-written rather than a library: no maintained npm package both folds evasions and keeps an
 * offset map back to the original (the offset map is what makes explanation spans possible).
 */

export interface NormalisedText {
  normalised: string;
  /** offsets[i] = index in the original of the code unit that produced normalised[i]; length normalised.length + 1. */
  offsets: Int32Array;
}

const REPLACEMENT = 0xfffd;
/** Output is well-formed UTF-16 by construction (surrogates only in pairs), so decoding is lossless. */
const UTF16 = new TextDecoder("utf-16le");

/** Code points dropped outright (invisible, used to split words without showing). */
function isInvisible(cp: number): boolean {
  if (cp < 0x20) return !(cp === 0x09 || cp === 0x0a || cp === 0x0b || cp === 0x0c || cp === 0x0d);
  if (cp >= 0x7f && cp < 0xa0) return cp !== 0x85;
  return (
    cp === 0x00ad || // soft hyphen
    cp === 0x034f || // combining grapheme joiner
    cp === 0x061c || // Arabic letter mark
    cp === 0x115f ||
    cp === 0x1160 ||
    cp === 0x3164 ||
    cp === 0xffa0 || // Hangul fillers (popular invisible padding)
    cp === 0x180e || // Mongolian vowel separator
    (cp >= 0x200b && cp <= 0x200f) || // zero-width space/non-joiner/joiner, LRM, RLM
    (cp >= 0x202a && cp <= 0x202e) || // bidi embeddings/overrides
    (cp >= 0x2060 && cp <= 0x206f) || // word joiner, invisible operators, bidi isolates
    cp === 0xfeff || // BOM / zero-width no-break space
    (cp >= 0xfe00 && cp <= 0xfe0f) || // variation selectors
    (cp >= 0xe0100 && cp <= 0xe01ef) || // variation selectors supplement
    (cp >= 0xe0000 && cp <= 0xe007f) || // tag characters
    (cp >= 0xfff9 && cp <= 0xfffb) // interlinear annotation controls
  );
}

function isSpaceCp(cp: number): boolean {
  return (
    cp === 0x20 ||
    (cp >= 0x09 && cp <= 0x0d) ||
    cp === 0x85 ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}

const MARK_RE = /\p{M}/u;
const LETTER_RE = /\p{L}/u;

/** Combining marks that extend the previous cluster (marks and conjoining Hangul medial/final jamo). */
function isExtender(cp: number, ch: string): boolean {
  if (cp < 0x300) return false;
  if ((cp >= 0x1160 && cp <= 0x11ff) || (cp >= 0xd7b0 && cp <= 0xd7ff)) return true;
  return MARK_RE.test(ch);
}

/** Generic diacritics (accents, zalgo stacks) and optional Arabic vowel marks; dropped after NFD. */
function isDroppedMark(cp: number): boolean {
  return (
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x1dc0 && cp <= 0x1dff) ||
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0xfe20 && cp <= 0xfe2f) ||
    (cp >= 0x064b && cp <= 0x065f) || // Arabic harakat
    cp === 0x0670 ||
    cp === 0x0640 // tatweel (kashida), used to stretch Arabic words
  );
}

/** Arabic letter variants folded to their common form (standard Arabic NLP normalisation). */
const ARABIC_FOLD: Record<number, number> = {
  0x0622: 0x0627, // آ -> ا
  0x0623: 0x0627, // أ -> ا
  0x0625: 0x0627, // إ -> ا
  0x0671: 0x0627, // ٱ -> ا
  0x0649: 0x064a, // ى -> ي
};

/** Lowercase-form look-alikes of ASCII letters from Cyrillic and Greek; applied inside mixed-script tokens only. */
const MIXED_CONFUSABLES: Record<number, string> = {
  // Cyrillic
  0x0430: "a", 0x0432: "b", 0x0435: "e", 0x043a: "k", 0x043c: "m", 0x043d: "h", 0x043e: "o", 0x0440: "p",
  0x0441: "c", 0x0442: "t", 0x0443: "y", 0x0445: "x", 0x0456: "i", 0x0458: "j", 0x0455: "s", 0x0501: "d",
  0x04bb: "h", 0x0457: "i", 0x0491: "r", 0x051b: "q", 0x051d: "w", 0x04cf: "l",
  // Greek
  0x03b1: "a", 0x03b2: "b", 0x03b5: "e", 0x03b9: "i", 0x03ba: "k", 0x03bd: "v", 0x03bf: "o", 0x03c1: "p",
  0x03c4: "t", 0x03c5: "u", 0x03c7: "x", 0x03b7: "n", 0x03c9: "w",
};

/** Latin small capitals and other Latin-script look-alikes NFKC leaves alone; always folded. */
const LATIN_LOOKALIKES: Record<number, string> = {
  0x1d00: "a", 0x0299: "b", 0x1d04: "c", 0x1d05: "d", 0x1d07: "e", 0xa730: "f", 0x0262: "g", 0x029c: "h",
  0x026a: "i", 0x1d0a: "j", 0x1d0b: "k", 0x029f: "l", 0x1d0d: "m", 0x0274: "n", 0x1d0f: "o", 0x1d18: "p",
  0x0280: "r", 0xa731: "s", 0x1d1b: "t", 0x1d1c: "u", 0x1d20: "v", 0x1d21: "w", 0x028f: "y", 0x1d22: "z",
  0x0261: "g", 0x0251: "a", 0x0131: "i", 0x0237: "j", 0x0250: "a", 0x0254: "c", 0x01dd: "e", 0x025f: "j",
  0x0265: "h", 0x026f: "m", 0x0279: "r", 0x0287: "t", 0x028c: "v", 0x028d: "w", 0x028e: "y",
};

/** Leet characters and the letter each stands for. */
export const LEET: Readonly<Record<number, string>> = {
  0x30: "o", 0x31: "i", 0x33: "e", 0x34: "a", 0x35: "s", 0x37: "t", 0x38: "b", 0x39: "g",
  0x24: "s", 0x40: "a", 0x21: "i", 0x7c: "l",
  // symbol emoji that stand for a letter inside a word ("wh⭕re", "a💲💲")
  0x2b55: "o", 0x274c: "x", 0x1f4b2: "s",
};
/** Leet symbols (not digits) that may fold only between letters, never at a token edge ("hi!" stays). */
const INTERIOR_ONLY = new Set([0x40, 0x21, 0x7c, 0x2b55, 0x274c]);
/**
 * "1st", "2nd", "10km", "5pm", "5g", "3l", "1tb": a number with a unit or ordinal suffix. The normaliser does not fold
 * it as leet, and the language identifier does not count it as an Arabizi word.
 */
export const NUMBER_WITH_SUFFIX_RE = /^[0-9]+(st|nd|rd|th|s|k|m|g|mg|ml|l|d|h|hr|hrs|am|pm|px|kg|km|cm|mm|gb|mb|tb|x|y|yo|yrs?|min|sec)$/;

const EDGE_PUNCT_RE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
/** E-mail addresses and URLs are identifiers, not words: never leet-folded. */
const ADDRESS_RE = /[^@\s]@[^@\s]+\.|:\/\/|^www\./;

/** What spaced-out letters may be separated by (stage 5; unmask.ts joins other scripts across the same characters). */
export const SPACED_SEPARATOR_CHARS = " .-_*|/·'’";
const SPACED_SEPARATORS = new Set([...SPACED_SEPARATOR_CHARS].map((ch) => ch.codePointAt(0)!));

/** Latin letters beyond ASCII that NFKC and the diacritic fold leave ("ß", "đ", "ø"), not the sign ÷. */
const isLatinExtended = (cp: number): boolean => cp >= 0xdf && cp <= 0x24f && cp !== 0xf7;
const isCyrillic = (cp: number): boolean => cp >= 0x400 && cp <= 0x52f;
const isGreek = (cp: number): boolean => cp >= 0x370 && cp <= 0x3ff;

function isLatinLike(cp: number): boolean {
  return isAsciiLetter(cp) || isLatinExtended(cp) || isGreek(cp) || isCyrillic(cp);
}

function isDigit(cp: number): boolean {
  return cp >= 0x30 && cp <= 0x39;
}

function isAsciiLetter(cp: number): boolean {
  return cp >= 0x61 && cp <= 0x7a;
}

function isLetterCp(cp: number): boolean {
  if (cp < 0x80) return isAsciiLetter(cp) || (cp >= 0x41 && cp <= 0x5a);
  return LETTER_RE.test(String.fromCodePoint(cp));
}

/** Stage 1 for one cluster: NFKC, lowercase, then `foldMarks`. */
function foldCluster(cluster: string): string {
  return foldMarks(cluster.normalize("NFKC").toLowerCase());
}

/** Drop generic diacritics and invisible characters, fold Arabic letter variants; NFC. */
function foldMarks(s: string): string {
  let kept = "";
  for (const ch of s.normalize("NFD")) {
    const cp = ch.codePointAt(0)!;
    if (isDroppedMark(cp) || isInvisible(cp)) continue;
    const arabic = ARABIC_FOLD[cp];
    kept += arabic !== undefined ? String.fromCodePoint(arabic) : ch;
  }
  return kept.normalize("NFC");
}

/**
 * A word list's phrase folded as stage 1 folds the text (NFKC keeping Hangul compatibility jamo, lowercase, generic
 * diacritics, Arabic variants), so that a phrase and the normalised text meet: "vidéo" → "video", "أنت" → "انت".
 * Only the per-character folding: leet, look-alikes and stretched letters are the text's, not a phrase's.
 */
export const foldLikeText = (phrase: string): string => foldMarks(nfkcKeepingJamo(phrase).toLowerCase());

/** Per-code-point working buffer: cps[i] came from original index src[i]; only the first `length` entries are live. */
interface Buffer {
  cps: Int32Array;
  src: Int32Array;
  length: number;
}

/** Hangul compatibility jamo (ㅋ, ㅎ, ...): NFKC would turn them into conjoining jamo; keep them as typed. */
function isCompatibilityJamo(cp: number): boolean {
  return cp >= 0x3131 && cp <= 0x318e;
}

/**
 * NFKC with this normaliser's exception (the same range as `isCompatibilityJamo`): Hangul compatibility jamo stay as
 * typed. For strings folded outside the cluster loop that must meet its output, such as cue phrases ("ㅅㅅ").
 */
export const nfkcKeepingJamo = (s: string): string => s.replace(/[^\u3131-\u318e]+/g, (run) => run.normalize("NFKC"));

function decode(original: string): Buffer {
  const n = original.length;
  // NFKC can expand a cluster (e.g. U+FDFA to 18 letters); grow on demand.
  let cps = new Int32Array(n + 16);
  let src = new Int32Array(n + 16);
  let length = 0;
  const push = (cp: number, at: number): void => {
    if (length === cps.length) {
      const bigger = new Int32Array(cps.length * 2);
      bigger.set(cps);
      cps = bigger;
      const biggerSrc = new Int32Array(src.length * 2);
      biggerSrc.set(src);
      src = biggerSrc;
    }
    cps[length] = cp;
    src[length++] = at;
  };
  let i = 0;
  while (i < n) {
    let cp = original.charCodeAt(i);
    // Fast path: ASCII not followed by a combining mark needs no Unicode normalisation.
    if (cp < 0x80) {
      const next = i + 1 < n ? original.charCodeAt(i + 1) : 0;
      if (next < 0x300) {
        if (cp >= 0x41 && cp <= 0x5a) push(cp + 0x20, i);
        else if (isSpaceCp(cp)) push(0x20, i);
        else if (!isInvisible(cp)) push(cp, i);
        i++;
        continue;
      }
    }
    const start = i;
    let cluster = "";
    let first = true;
    // Collect one cluster: a base code point plus the combining marks that follow it.
    while (i < n) {
      cp = original.charCodeAt(i);
      let width = 1;
      if (cp >= 0xd800 && cp <= 0xdbff) {
        const next = i + 1 < n ? original.charCodeAt(i + 1) : 0;
        if (next >= 0xdc00 && next <= 0xdfff) {
          cp = ((cp - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
          width = 2;
        } else cp = REPLACEMENT;
      } else if (cp >= 0xdc00 && cp <= 0xdfff) cp = REPLACEMENT;
      if (isInvisible(cp)) {
        i += width;
        continue;
      }
      if (first) {
        if (isSpaceCp(cp)) {
          push(0x20, i);
          i += width;
          break;
        }
        cluster = String.fromCodePoint(cp);
        first = false;
        i += width;
        continue;
      }
      const ch = String.fromCodePoint(cp);
      if (!isExtender(cp, ch)) break;
      cluster += ch;
      i += width;
    }
    if (cluster === "") continue;
    const base = cluster.codePointAt(0)!;
    if (cluster.length <= 2 && isCompatibilityJamo(base)) {
      push(base, start);
      continue;
    }
    for (const ch of foldCluster(cluster)) push(ch.codePointAt(0)!, start);
  }
  return { cps, src, length };
}

/** Calls fn(start, end) for each maximal run of non-space code points. */
function forEachToken(buf: Buffer, fn: (start: number, end: number) => void): void {
  const { cps, length } = buf;
  let i = 0;
  while (i < length) {
    if (cps[i] === 0x20) {
      i++;
      continue;
    }
    let j = i;
    while (j < length && cps[j] !== 0x20) j++;
    fn(i, j);
    i = j;
  }
}

/** Lowercase Latin letters that look like a Cyrillic letter in lower or upper case ("B" = "В", "H" = "Н", "T" = "Т"). */
const LATIN_TO_CYRILLIC: Record<number, number> = {
  0x61: 0x0430, 0x62: 0x0432, 0x63: 0x0441, 0x65: 0x0435, 0x68: 0x043d, 0x69: 0x0456, 0x6b: 0x043a, 0x6d: 0x043c,
  0x6f: 0x043e, 0x70: 0x0440, 0x74: 0x0442, 0x78: 0x0445, 0x79: 0x0443,
};

/** A Latin letter no Cyrillic letter looks like ("d", "f", "r", "ß", "đ"). */
const isPlainLatin = (cp: number): boolean => (isAsciiLetter(cp) && LATIN_TO_CYRILLIC[cp] === undefined) || isLatinExtended(cp);
/** A Cyrillic letter no Latin letter looks like ("ж", "л", "қ", "ю"). */
const isPlainCyrillic = (cp: number): boolean => isCyrillic(cp) && MIXED_CONFUSABLES[cp] === undefined && isLetterCp(cp);

/**
 * Look-alikes are read in the script of the word they sit in: "ѕlut" (Cyrillic dze in a Latin word) → "slut",
 * "шлюxa" (Latin x and a in a Cyrillic word) → "шлюха". A word's script is that of its letters which have no look-alike
 * in the other script ("л", "ю" / "l", "u"); a word made only of look-alikes ("mycop" for "мусор", "ӏіхо" for "lixo")
 * takes the script that clearly dominates the whole text, and stays as typed when none does.
 */
function foldConfusables(buf: Buffer): void {
  const { cps } = buf;
  let textLatin = 0;
  let textCyrillic = 0;
  for (let k = 0; k < buf.length; k++) {
    const lookalike = LATIN_LOOKALIKES[cps[k]] ?? emojiLetter(cps[k]);
    if (lookalike !== undefined) cps[k] = lookalike.charCodeAt(0);
    if (isPlainLatin(cps[k])) textLatin++;
    else if (isPlainCyrillic(cps[k])) textCyrillic++;
  }
  const dominant = textLatin >= 3 && textLatin > 2 * textCyrillic ? "latin" : textCyrillic >= 3 && textCyrillic > 2 * textLatin ? "cyrillic" : null;
  forEachToken(buf, (start, end) => {
    let ascii = 0;
    let plainLatin = 0;
    let cyrillic = 0;
    let plainCyrillic = 0;
    let greek = 0;
    for (let k = start; k < end; k++) {
      const cp = cps[k];
      if (isAsciiLetter(cp)) ascii++;
      if (isPlainLatin(cp)) plainLatin++;
      if (isCyrillic(cp)) cyrillic++;
      if (isPlainCyrillic(cp)) plainCyrillic++;
      if (isGreek(cp)) greek++;
    }
    let toLatin = false;
    let toCyrillic = false;
    if (ascii > 0 && cyrillic > 0) {
      // a mixed word: the script of its unambiguous letters (the majority when it has both)
      if (plainCyrillic > plainLatin) toCyrillic = true;
      else if (plainLatin > plainCyrillic) toLatin = true;
      else if (dominant === "cyrillic") toCyrillic = true;
      else toLatin = true;
    } else if (ascii >= 3 && plainLatin === 0 && cyrillic === 0 && greek === 0 && dominant === "cyrillic") toCyrillic = true;
    else if (cyrillic >= 3 && plainCyrillic === 0 && ascii === 0 && dominant === "latin") toLatin = true;
    if (ascii > 0 && greek > 0 && !toCyrillic) toLatin = true;
    if (!toLatin && !toCyrillic) return;
    for (let k = start; k < end; k++) {
      if (toLatin) {
        const latin = MIXED_CONFUSABLES[cps[k]];
        if (latin !== undefined) cps[k] = latin.charCodeAt(0);
      } else {
        const cyrillic = LATIN_TO_CYRILLIC[cps[k]];
        if (cyrillic !== undefined) cps[k] = cyrillic;
      }
    }
  });
}

/** Letters written as emoji: regional indicators and the squared / negative circled / negative squared Latin letters. */
function emojiLetter(cp: number): string | undefined {
  for (const first of EMOJI_ALPHABETS) if (cp >= first && cp < first + 26) return String.fromCharCode(0x61 + cp - first);
  return undefined;
}
/** First code point of each A–Z emoji alphabet NFKC leaves alone: 🇦, 🄰, 🅐, 🅰. */
const EMOJI_ALPHABETS = [0x1f1e6, 0x1f130, 0x1f150, 0x1f170];

function foldLeet(buf: Buffer): void {
  const { cps } = buf;
  forEachToken(buf, (start, end) => {
    let letters = 0;
    let leet = 0;
    for (let k = start; k < end; k++) {
      if (isLetterCp(cps[k])) letters++;
      else if (LEET[cps[k]] !== undefined) leet++;
    }
    if (letters === 0 || leet === 0) return;
    const token = String.fromCodePoint(...cps.subarray(start, end));
    if (NUMBER_WITH_SUFFIX_RE.test(token.replace(EDGE_PUNCT_RE, "")) || ADDRESS_RE.test(token)) return;
    // Fold run by run: a run of leet characters is folded when it touches a letter.
    let foldedInterior = false;
    let k = start;
    while (k < end) {
      if (LEET[cps[k]] === undefined) {
        k++;
        continue;
      }
      let r = k;
      let plainDigit = false; // 2 and 6 have no letter reading: the run is a number ("b2b", "x264")
      while (r < end && (LEET[cps[r]] !== undefined || isDigit(cps[r]))) {
        if (LEET[cps[r]] === undefined) plainDigit = true;
        r++;
      }
      if (plainDigit) {
        k = r;
        continue;
      }
      const letterBefore = k > start && isLetterCp(cps[k - 1]);
      const letterAfter = r < end && isLetterCp(cps[r]);
      const interior = letterBefore && letterAfter;
      const runLength = r - k;
      let fold = interior;
      if (!interior && (letterBefore || letterAfter)) {
        // Edge runs: symbols ("a$$") or a single leading digit ("5lut"); digit tails ("line1", "user123") are
        // enumerations and user names far more often than leet, so they stay.
        let symbolsOnly = true;
        for (let q = k; q < r; q++) if (isDigit(cps[q])) symbolsOnly = false;
        // A single trailing digit folds too once the token has been leet inside ("m4nd4m3", "b00b5"): then it is
        // the word's last letter, not a counter.
        const leetTail = letterBefore && !letterAfter && runLength === 1 && foldedInterior;
        fold = symbolsOnly || (letterAfter && runLength === 1) || leetTail;
        for (let q = k; q < r && fold; q++) if (INTERIOR_ONLY.has(cps[q])) fold = false;
      }
      if (fold && interior) foldedInterior = true;
      if (fold) for (let q = k; q < r; q++) cps[q] = LEET[cps[q]].charCodeAt(0);
      k = r;
    }
  });
}

/** Removes, in place, the code points where keep[i] is 0. */
function compact(buf: Buffer, keep: Uint8Array): Buffer {
  let w = 0;
  for (let i = 0; i < buf.length; i++) {
    if (keep[i]) {
      buf.cps[w] = buf.cps[i];
      buf.src[w++] = buf.src[i];
    }
  }
  buf.length = w;
  return buf;
}

function collapseStretches(buf: Buffer): Buffer {
  const { cps, length } = buf;
  const keep = new Uint8Array(length).fill(1);
  let i = 0;
  while (i < length) {
    let j = i + 1;
    while (j < length && cps[j] === cps[i]) j++;
    const run = j - i;
    if (cps[i] !== 0x20) {
      if (run >= 3 && isLatinLike(cps[i])) keep.fill(0, i + 1, j);
      else if (run >= 4) keep.fill(0, i + 3, j);
    }
    i = j;
  }
  return compact(buf, keep);
}

function joinSpacedLetters(buf: Buffer): Buffer {
  const { cps } = buf;
  const n = buf.length;
  const keep = new Uint8Array(n).fill(1);
  const isSingleLetterAt = (k: number): boolean =>
    k < n &&
    isLatinLike(cps[k]) &&
    (k === 0 || SPACED_SEPARATORS.has(cps[k - 1])) &&
    (k + 1 === n || SPACED_SEPARATORS.has(cps[k + 1]) || !(isLetterCp(cps[k + 1]) || isDigit(cps[k + 1])));
  let i = 0;
  while (i < n) {
    // A candidate run starts at a single letter that begins a token.
    if (!(isSingleLetterAt(i) && (i === 0 || cps[i - 1] === 0x20))) {
      i++;
      continue;
    }
    const letters = [i];
    let k = i + 1;
    for (;;) {
      let sepEnd = k;
      while (sepEnd < n && sepEnd - k < 3 && SPACED_SEPARATORS.has(cps[sepEnd])) sepEnd++;
      if (sepEnd === k || !isSingleLetterAt(sepEnd)) break;
      letters.push(sepEnd);
      k = sepEnd + 1;
    }
    // French and Italian elide with an apostrophe between words ("l'a d'ici"): apostrophes and spaces in one run are
    // prose, not a spaced-out word
    let apostrophe = false;
    let space = false;
    for (let q = letters[0]; q < letters[letters.length - 1]; q++) {
      if (cps[q] === 0x27 || cps[q] === 0x2019) apostrophe = true;
      else if (cps[q] === 0x20) space = true;
    }
    if (letters.length >= 3 && !(apostrophe && space)) {
      // drop everything between the first and last letter, then keep the letters (linear: runs can be long)
      keep.fill(0, letters[0], letters[letters.length - 1] + 1);
      for (const q of letters) keep[q] = 1;
      // A trailing "." after the last letter ("s.l.u.t.") belongs to the run.
      const last = letters[letters.length - 1];
      if (last + 1 < n && cps[last + 1] !== 0x20 && SPACED_SEPARATORS.has(cps[last + 1])) keep[last + 1] = 0;
      i = last + 1;
    } else i = letters[letters.length - 1] + 1;
  }
  return compact(buf, keep);
}

function collapseWhitespace(buf: Buffer): Buffer {
  const { cps, length } = buf;
  const keep = new Uint8Array(length).fill(1);
  let prevSpace = true; // drops leading spaces
  for (let i = 0; i < length; i++) {
    const space = cps[i] === 0x20;
    if (space && prevSpace) keep[i] = 0;
    prevSpace = space;
  }
  for (let i = length - 1; i >= 0 && cps[i] === 0x20; i--) keep[i] = 0;
  return compact(buf, keep);
}

/**
 * Normalises text for classification and keeps a map back to the original.
 * Total on any string: never throws; lone surrogates become U+FFFD.
 *
 * Example:
 *   normaliseText("Ｓ l u t!!!!") // { normalised: "slut!!!", offsets: [0,2,4,6,7,8,9,12] }
 */
export function normaliseText(original: string): NormalisedText {
  let buf = decode(original);
  foldConfusables(buf);
  foldLeet(buf);
  buf = collapseStretches(buf);
  buf = joinSpacedLetters(buf);
  buf = collapseWhitespace(buf);

  let unitCount = buf.length;
  for (let i = 0; i < buf.length; i++) if (buf.cps[i] > 0xffff) unitCount++;
  const units = new Uint16Array(unitCount);
  const offsets = new Int32Array(unitCount + 1);
  let w = 0;
  for (let i = 0; i < buf.length; i++) {
    const cp = buf.cps[i];
    if (cp > 0xffff) {
      units[w] = 0xd800 + ((cp - 0x10000) >> 10);
      offsets[w++] = buf.src[i];
      units[w] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
    } else units[w] = cp;
    offsets[w++] = buf.src[i];
  }
  offsets[unitCount] = original.length;
  const normalised = UTF16.decode(units);
  return { normalised, offsets };
}

/**
 * Maps a [start, end) range of the normalised text back to the original.
 * Example: const { start, end } = mapSpanToOriginal(n.offsets, 0, 4, original.length);
 */
export function mapSpanToOriginal(offsets: Int32Array, start: number, end: number): { start: number; end: number } {
  const last = offsets.length - 1;
  const s = offsets[Math.max(0, Math.min(start, last))];
  // The end is the original index just past the last produced unit: the next unit's source, or the original end.
  let e = offsets[Math.max(0, Math.min(end, last))];
  if (end > start && end <= last) {
    const lastSrc = offsets[end - 1];
    let k = end;
    while (k < last && offsets[k] === lastSrc) k++;
    e = Math.max(offsets[k], lastSrc + 1);
  }
  return { start: s, end: Math.max(s, e) };
}
