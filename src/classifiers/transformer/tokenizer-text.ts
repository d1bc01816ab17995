/**
 * Pure text/ids helpers of the transformer classifier: the pre-tokenisation clean-up shared with the
 * Python training side, long-text windows, and occlusion segments for explanations.
 */

/** Zero-width and bidi controls: SentencePiece (training) and the JS normaliser (serving) disagree on them. */
const INVISIBLE_RE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
/** Exactly the whitespace class of models/train/transformer/train_tokenizer.py (SPACE_RE). */
const SPACE_RE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Builds the clean-up applied before tokenising: removes invisible controls, replaces literal special-token
 * strings typed by a user ("</s>", "[SEP]") with a space so they cannot inject control tokens, collapses
 * whitespace and trims. Mirrors `clean_text` in models/train/transformer/train_tokenizer.py.
 * Example: makeTextCleaner(["<s>", "</s>"])("a\u200bb </s> c") === "ab c"
 */
export function makeTextCleaner(specialTokens: readonly string[]): (text: string) => string {
  const specials = [...specialTokens].filter(Boolean).sort((a, b) => b.length - a.length);
  const specialRe = specials.length ? new RegExp(specials.map(escapeRegExp).join("|"), "g") : null;
  return (text) => {
    let t = text.replace(INVISIBLE_RE, "");
    if (specialRe) t = t.replace(specialRe, " ");
    return t.replace(SPACE_RE, " ").trim();
  };
}

export interface WindowOptions {
  /** Model input length including the special tokens. */
  maxLength: number;
  /** Special tokens the tokenizer puts before and after a sequence (e.g. [<s>] and [</s>]). */
  prefix: readonly number[];
  suffix: readonly number[];
  /** At most this many windows per text; text past the last window is not scored. */
  maxWindows: number;
}

/**
 * Splits encoded ids (with prefix/suffix already present) into model-sized windows that overlap by a
 * quarter, each re-wrapped in the special tokens. A text's score is the max over its windows, so abuse
 * at the end of a long message is not truncated away.
 * Example: splitIntoWindows([2, 5, 6, 7, 3], { maxLength: 4, prefix: [2], suffix: [3], maxWindows: 4 })
 *          -> [[2, 5, 6, 3], [2, 6, 7, 3]]
 */
export function splitIntoWindows(ids: readonly number[], o: WindowOptions): number[][] {
  if (ids.length <= o.maxLength) return [ids.slice()];
  const inner = ids.slice(o.prefix.length, ids.length - o.suffix.length);
  const size = o.maxLength - o.prefix.length - o.suffix.length;
  if (size < 1) throw new Error(`maxLength ${o.maxLength} leaves no room for content tokens`);
  const stride = Math.max(1, Math.floor((size * 3) / 4));
  const out: number[][] = [];
  for (let start = 0; out.length < o.maxWindows; start += stride) {
    out.push([...o.prefix, ...inner.slice(start, start + size), ...o.suffix]);
    if (start + size >= inner.length) break;
  }
  return out;
}

/** A [start, end) range of the normalised text that explanation occludes as one unit. */
export interface Segment {
  start: number;
  end: number;
}

const WORD_SEGMENTER = new Intl.Segmenter(undefined, { granularity: "word" });

/**
 * Word-like segments (ICU word boundaries: also splits Thai, Chinese, Japanese without spaces), merged into
 * at most `maxSegments` contiguous groups so the cost of occlusion stays bounded on long texts.
 * Example: segmentForOcclusion("you are a pig", 8) -> [{0,3},{4,7},{8,9},{10,13}]
 */
export function segmentForOcclusion(text: string, maxSegments: number): Segment[] {
  const words: Segment[] = [];
  for (const s of WORD_SEGMENTER.segment(text)) {
    if (s.isWordLike || /[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(s.segment)) {
      words.push({ start: s.index, end: s.index + s.segment.length });
    }
  }
  if (words.length <= maxSegments) return words;
  const per = Math.ceil(words.length / maxSegments);
  const out: Segment[] = [];
  for (let i = 0; i < words.length; i += per) {
    out.push({ start: words[i].start, end: words[Math.min(words.length, i + per) - 1].end });
  }
  return out;
}

/** The text with one segment removed (replaced by a space, so neighbours do not fuse into a new word). */
export function occlude(text: string, seg: Segment): string {
  return `${text.slice(0, seg.start)} ${text.slice(seg.end)}`;
}
