/**
 * Turns NORMALISED text (see content/text/normalise.ts) into the whitespace-tokenised line fastText sees.
 * Training (models/train/fasttext) and serving both call this one function, so features cannot drift.
 *
 * - URLs and @mentions (and the datasets' placeholders "@USER", "[URL]", "URL") become `xurl` / `xuser`:
 *   the training data has placeholders where live traffic has real handles and links.
 * - Digit runs become `0` (numbers carry little label signal and would otherwise be rare tokens).
 * - Han and Kana characters are split one per token (Chinese/Japanese have no spaces; with word bigrams
 *   this gives character uni- and bigrams).
 * - Punctuation and emoji runs are split from words ("slut!" -> "slut !").
 * - Newlines are impossible after normalisation; "__label__" is defused so text can never act as a label.
 *
 * Example: toFastTextInput("@maria you're a 5lut!! http://x.y") // "xuser you ' re a 5lut !! xurl"
 */
const URL_RE = /\b(?:https?:\/\/|www\.)\S+|\[url\]|<url>|\burl\b/gu;
const MENTION_RE = /@[\p{L}\p{N}_]+|\[user\]|<user>/gu;
const HAN_KANA_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const PUNCT_RE = /[^\p{L}\p{M}\p{N}\s]+/gu;
const DIGITS_RE = /\p{Nd}+/gu;
const SPACE_RE = /\s+/gu;

export const FASTTEXT_FEATURES_VERSION = 1;

export function toFastTextInput(normalised: string): string {
  return normalised
    .replace(URL_RE, " xurl ")
    .replace(MENTION_RE, " xuser ")
    .replace(HAN_KANA_RE, " $& ")
    .replace(PUNCT_RE, " $& ")
    .replace(DIGITS_RE, "0")
    .replaceAll("__label__", "label")
    .replace(SPACE_RE, " ")
    .trim();
}
