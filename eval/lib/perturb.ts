/**
 * Obfuscations abusers use to slip past filters, applied to positive test examples to measure
 * how much recall survives. Each perturbation is deterministic for a (text, seed) pair and
 * returns the text unchanged when it does not apply (e.g. leetspeak on Hangul), so callers can
 * skip rows that did not change.
 */
import { createRng } from "./bootstrap.js";

export type Rng = () => number;
export type Perturbation = (text: string, rng: Rng) => string;

const LEET: Record<string, string> = { a: "4", e: "3", i: "1", o: "0", s: "5", t: "7", g: "9", b: "8", l: "1" };
/** Latin → Cyrillic / Greek look-alikes (a subset of Unicode confusables). */
const HOMOGLYPHS: Record<string, string> = {
  a: "а", c: "с", e: "е", i: "і", j: "ј", o: "о", p: "р", s: "ѕ", x: "х", y: "у",
  A: "А", B: "В", C: "С", E: "Е", H: "Н", K: "К", M: "М", O: "О", P: "Р", T: "Т", X: "Х",
};
const ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"];
const PUNCT = [".", "*", "-", "_", "'"];
/** Letters written as emoji (regional letters, symbol look-alikes). */
const EMOJI: Record<string, string> = { a: "🅰️", b: "🅱️", o: "⭕", i: "ℹ️", x: "❌", m: "Ⓜ️", p: "🅿️", s: "💲", e: "📧" };

const WORD = /[\p{L}\p{M}\p{N}]{3,}/gu;

/** Applies `edit` to a random ~half of the words of 3+ letters (at least one), keeping the rest. */
function editWords(text: string, rng: Rng, edit: (word: string) => string): string {
  const matches = [...text.matchAll(WORD)];
  if (matches.length === 0) return text;
  const chosen = new Set(matches.map((_, i) => i).filter(() => rng() < 0.5));
  if (chosen.size === 0) chosen.add(Math.floor(rng() * matches.length));
  let out = "";
  let last = 0;
  matches.forEach((m, i) => {
    out += text.slice(last, m.index) + (chosen.has(i) ? edit(m[0]) : m[0]);
    last = m.index! + m[0].length;
  });
  return out + text.slice(last);
}

/** Substitutes each mapped character with probability p (at least one when any is mappable). */
function substitute(word: string, rng: Rng, map: Record<string, string>, p = 0.6, fold = true): string {
  const chars = [...word];
  const mappable = chars.map((c, i) => (map[fold ? c.toLowerCase() : c] ? i : -1)).filter((i) => i >= 0);
  if (mappable.length === 0) return word;
  const pick = new Set(mappable.filter(() => rng() < p));
  if (pick.size === 0) pick.add(mappable[Math.floor(rng() * mappable.length)]);
  return chars.map((c, i) => (pick.has(i) ? map[fold ? c.toLowerCase() : c] : c)).join("");
}

/** Inserts `sep()` between letters of the word (not at the ends). */
const interleave = (word: string, sep: () => string): string => [...word].map((c, i) => (i === 0 ? c : sep() + c)).join("");

export const PERTURBATIONS: Readonly<Record<string, Perturbation>> = Object.freeze({
  leetspeak: (t, rng) => editWords(t, rng, (w) => substitute(w, rng, LEET)),
  homoglyphs: (t, rng) => editWords(t, rng, (w) => substitute(w, rng, HOMOGLYPHS, 0.6, false)),
  zero_width: (t, rng) => editWords(t, rng, (w) => interleave(w, () => ZERO_WIDTH[Math.floor(rng() * ZERO_WIDTH.length)])),
  inserted_spaces: (t, rng) => editWords(t, rng, (w) => interleave(w, () => " ")),
  inserted_punctuation: (t, rng) => editWords(t, rng, (w) => interleave(w, () => PUNCT[Math.floor(rng() * PUNCT.length)])),
  repeated_letters: (t, rng) =>
    editWords(t, rng, (w) => {
      const chars = [...w];
      const at = Math.floor(rng() * chars.length);
      chars[at] = chars[at].repeat(3 + Math.floor(rng() * 3));
      return chars.join("");
    }),
  emoji_letters: (t, rng) => editWords(t, rng, (w) => substitute(w, rng, EMOJI, 0.5)),
  casing: (t, rng) =>
    editWords(t, rng, (w) => {
      const mixed = [...w].map((c) => (rng() < 0.5 ? c.toUpperCase() : c.toLowerCase())).join("");
      return mixed === w ? w.toUpperCase() : mixed;
    }),
});

export const PERTURBATION_NAMES = Object.keys(PERTURBATIONS);

/** Applies the named perturbation with an RNG seeded from (seed, row key, name): same inputs, same text. */
export function applyPerturbation(name: string, text: string, seed: number): string {
  const fn = PERTURBATIONS[name];
  if (!fn) throw new Error(`unknown perturbation "${name}"; valid: ${PERTURBATION_NAMES.join(", ")}`);
  return fn(text, createRng(seed));
}
