import { foldLikeText } from "../../content/text/normalise.js";
import { findQuotedRanges } from "../lexicon/framing.js";
import type { PreparedText } from "../types.js";
import type { CueHit } from "./cue-matcher.js";
import { dampening, gapBetween } from "./evidence.js";

/**
 * What the misogyny, threat and sexual-harassment detectors share: pairing two cue categories inside one sentence, the
 * negation and quotation rules that stop a pair or a phrase from counting, and their dampening (counter-speech, the
 * lexicon's framing, context.json). The detectors only ever raise a fused score (fusion `maxWith`), so a pair that does
 * not count leaves the text to the learnt models: the rules can afford to be generous about what they discount.
 */

/** Whether a text is framed as a mention (report, counter-speech, news, helpline): the lexicon's framing analysis. */
export type FramedTest = (text: PreparedText) => boolean;

/** Sentence ends across which two phrases are not paired. */
const SENTENCE_END = /[.!?。！？\n؟।॥։።]/u;

export const overlaps = (a: CueHit, b: CueHit): boolean => a.start < b.end && b.start < a.end;
/** A negation inside a phrase is part of it ("should not vote", "নারী" containing "না"), not a negation of it. */
const inside = (n: CueHit, phrase: CueHit): boolean => phrase.start <= n.start && n.end <= phrase.end;

/**
 * Quotation ranges with the writer's own words outside them: a claim quoted inside a longer text is mentioned
 * (counter-speech, a report), not made. A text that is nothing but a quotation still counts as making the claim.
 */
export const quotations = (text: string): { start: number; end: number }[] => {
  const quotes = findQuotedRanges(text);
  if (!quotes.length) return quotes;
  let outside = text;
  for (const q of [...quotes].reverse()) outside = outside.slice(0, q.start) + outside.slice(q.end);
  return /\p{L}{3}/u.test(outside.replace(/[\p{P}\p{S}\s]+/gu, "")) ? quotes : [];
};

export interface PairingRules {
  /** Most characters between the two phrases. */
  near: number;
  /** A negation this many characters after the second phrase (post-verbal negation) still negates. */
  after: number;
  /** … and this many before it when the anchor comes after it. */
  before: number;
  /** A pair with either phrase inside a quotation does not count (otherwise only a pair with both inside). */
  eitherQuoted?: boolean;
}

/** The text-wide facts the rules need, computed once per text; the quotation ranges only when a rule asks. */
export interface PairingContext {
  text: string;
  negations: readonly CueHit[];
  /**
   * Negating determiners ("no", "kein", "ningún", "hakuna"): they negate a pair also right before an anchor that comes
   * first ("no woman is stupid", "no woman can lead"). Apart from `negations` because a clause-final negator of an SOV
   * language often ends the clause before the anchor ("jani na, meyera …").
   */
  determiners: readonly CueHit[];
  readonly quotes: readonly { start: number; end: number }[];
}

export const pairingContext = (text: string, negations: readonly CueHit[], determiners: readonly CueHit[] = []): PairingContext => {
  let quotes: { start: number; end: number }[] | undefined;
  return {
    text,
    negations,
    determiners,
    get quotes() {
      return (quotes ??= quotations(text));
    },
  };
};

/** Whether a negation hit ends a yes/no question: only spaces or dots, then "?", follow it. */
export const isQuestionTag = (text: string, n: CueHit): boolean => /^[\s.…]*[?？]/u.test(text.slice(n.end, n.end + 8));

/** Counts of what did not count, for the analysis. */
export interface Discounted {
  negated: number;
  quoted: number;
}

const isQuoted = (ctx: PairingContext, start: number, end: number) => ctx.quotes.some((q) => q.start <= start && end <= q.end);

/** What one (anchor, phrase) pair is: counted, not paired at all (too far, another sentence, the same words), or discounted. */
type PairStatus = "counts" | "apart" | "negated" | "quoted";

function pairStatus(g: CueHit, p: CueHit, rules: PairingRules, ctx: PairingContext): PairStatus {
  if (apart(g, p, rules, ctx)) return "apart";
  if (negationOf(g, p, rules, ctx)) return "negated";
  const quoted = rules.eitherQuoted
    ? isQuoted(ctx, p.start, p.end) || isQuoted(ctx, g.start, g.end)
    : isQuoted(ctx, Math.min(g.start, p.start), Math.max(g.end, p.end));
  return quoted ? "quoted" : "counts";
}

/** Two phrases too far apart, or in different sentences, to pair. */
const apart = (g: CueHit, p: CueHit, rules: PairingRules, ctx: PairingContext): boolean =>
  gapBetween(g, p) > rules.near || SENTENCE_END.test(ctx.text.slice(Math.min(g.end, p.end), Math.max(g.start, p.start)));

/**
 * The negation that cancels a pair: one between the two phrases, just before the phrase when the anchor follows it, or
 * just after the phrase (post-verbal negation), that is part of neither phrase; or a negating determiner right before
 * an anchor that comes first ("no woman").
 */
function negationOf(g: CueHit, p: CueHit, rules: PairingRules, ctx: PairingContext): CueHit | undefined {
  const lo = g.start < p.start ? g.end : p.start - rules.before;
  const negation = ctx.negations.find((n) => n.end > lo && n.start < p.end + rules.after && !inside(n, p) && !inside(n, g));
  if (negation || g.start > p.start) return negation;
  return ctx.determiners.find((d) => d.end <= g.start && g.start - d.end <= ANCHOR_NEGATION_GAP && !/\S/u.test(ctx.text.slice(d.end, g.start)));
}

/** Most characters, all spaces, between a negating determiner and the anchor it quantifies ("no woman", one space). */
const ANCHOR_NEGATION_GAP = 2;

/** A negation just before or after a phrase (the standalone test), not inside it. */
export const negatedAlone = (p: CueHit, rules: PairingRules, ctx: PairingContext): boolean =>
  ctx.negations.some((n) => n.end > p.start - rules.before && n.start < p.end + rules.after && !inside(n, p));

/**
 * When one hit contains the other ("mujeres a la cocina" contains "mujeres"; Swahili "nitakuua", an announcement,
 * contains "kuua", to kill), the pair is the longer phrase alone, and only when it is longer: the same words in both
 * lists are one piece of evidence, not two. Null when the two do not nest (hits that share only some words, "vou te"
 * and "te estrangular" in "vou te estrangular", pair like any others).
 */
function nested(g: CueHit, p: CueHit): { inner: CueHit; outer: CueHit } | null {
  if (!overlaps(g, p)) return null;
  const inner = p.start <= g.start && g.end <= p.end ? g : g.start <= p.start && p.end <= g.end ? p : null;
  return inner ? { inner, outer: inner === g ? p : g } : null;
}

/**
 * Evidence from pairs (anchor, phrase) in one sentence within `near` characters, in either order. A pair does not
 * count when a negation lies between the two, just before the phrase when the anchor follows it, or just after the
 * phrase; nor when both sit inside one quotation (or either does, with `eitherQuoted`). Nested hits (see `nested`) count
 * as their longer phrase, negated and quoted as a standalone phrase is ("я не ненавижу женщин").
 */
export function pairs(anchors: readonly CueHit[], phrases: readonly CueHit[], rules: PairingRules, ctx: PairingContext, out: Discounted): CueHit[] {
  const evidence: CueHit[] = [];
  for (const p of phrases) {
    for (const g of anchors) {
      const n = nested(g, p);
      if (n) {
        if (n.outer.end - n.outer.start <= n.inner.end - n.inner.start) continue;
        if (negatedAlone(n.outer, rules, ctx)) out.negated++;
        else if (isQuoted(ctx, n.outer.start, n.outer.end)) out.quoted++;
        else evidence.push(n.outer);
        continue;
      }
      const status = pairStatus(g, p, rules, ctx);
      if (status === "counts") evidence.push(g, p);
      else if (status !== "apart") out[status]++;
    }
  }
  return evidence;
}

/**
 * Evidence from pairs that count only when negated: a reference to women and a positive predicate with a negation on
 * it ("women are not intelligent", "women can never be trusted"). The negation is found exactly as `pairs` finds the one
 * that cancels a derogatory pair, so the two rules read the same sentences in opposite ways. The women reference must
 * come first ("smart women don't date losers" is about something else). The pair does not count when a `cancel` phrase
 * lies between the negation and the predicate ("women are no less intelligent", "not only smart"), when either phrase
 * is quoted, or when its sentence is a question ("aren't women smart?").
 */
export function negatedPairs(
  anchors: readonly CueHit[],
  phrases: readonly CueHit[],
  cancels: readonly CueHit[],
  rules: PairingRules,
  ctx: PairingContext,
): CueHit[] {
  const evidence: CueHit[] = [];
  for (const p of phrases) {
    for (const g of anchors) {
      // the women reference first: in "smart women don't date losers" the negation is about something else
      if (g.start > p.start || nested(g, p) || apart(g, p, rules, ctx)) continue;
      const n = negationOf(g, p, rules, ctx);
      if (!n) continue;
      const [lo, hi] = [Math.min(n.start, p.start), Math.max(n.end, p.end)];
      if (cancels.some((c) => c.end > lo && c.start < hi && !inside(c, p))) continue;
      if (isQuoted(ctx, p.start, p.end) || isQuoted(ctx, g.start, g.end)) continue;
      if (asksQuestion(ctx.text, Math.max(g.end, p.end))) continue;
      evidence.push(g, n, p);
    }
  }
  return evidence;
}

/**
 * Evidence that a text speaks well of the group its anchors name: pairs (anchor, phrase) that count as `pairs` counts
 * them (one sentence, within `near`, not negated, not quoted) and whose sentence is not a question. With
 * `anchorFirst` the anchor must come first ("women are capable"; in "a toaster is more capable than any woman" the
 * comparison is about something else). Nested hits do not pair. Nothing counts in a text with any negator or negating
 * determiner: "it is not true that women are intelligent", "no woman is capable of leading" deny what the pair says,
 * with a scope no window captures, and counter-evidence is worth having only where it is unambiguous.
 */
export function affirmingPairs(
  anchors: readonly CueHit[],
  phrases: readonly CueHit[],
  cancels: readonly CueHit[],
  rules: PairingRules,
  ctx: PairingContext,
  anchorFirst: boolean,
): CueHit[] {
  const evidence: CueHit[] = [];
  if (ctx.negations.length || ctx.determiners.length) return evidence;
  for (const p of phrases) {
    for (const g of anchors) {
      if ((anchorFirst && g.start > p.start) || nested(g, p)) continue;
      if (pairStatus(g, p, rules, ctx) !== "counts") continue;
      const [lo, hi] = sentenceAround(ctx.text, Math.min(g.start, p.start), Math.max(g.end, p.end));
      if (QUESTION_MARK.test(ctx.text[hi] ?? "") || cancels.some((c) => c.start >= lo && c.end <= hi && !inside(c, p) && !inside(c, g))) continue;
      evidence.push(g, p);
    }
  }
  return evidence;
}

/**
 * The sentence holding [start, end): from after the sentence end before it to the one after it (`sentenceEnd`, the
 * text's length when none follows).
 */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  let lo = start;
  while (lo > 0 && !SENTENCE_END.test(text[lo - 1])) lo--;
  return [lo, sentenceEnd(text, end)];
}

/** The index of the first sentence end at or after `at`, or the text's length. */
const sentenceEnd = (text: string, at: number): number => {
  const after = text.slice(at).search(SENTENCE_END);
  return after < 0 ? text.length : at + after;
};

const QUESTION_MARK = /[?？؟]/u;

/** One language's phrases of some categories, folded for `listsHit`: whole phrases, and the stems of `*` phrases. */
export interface OwnPhrases {
  whole: ReadonlySet<string>;
  stems: readonly string[];
}

/** The matcher's folding, without the characters a phrase's `-`, `'` and spaces may match differently. */
const phraseKey = (s: string): string => foldLikeText(s).replace(/[\s\-'’]+/gu, "");

/**
 * Base language → its keys' phrases of `categories` (`hi` and `hi_latn` both under hi). Phrases with a gap (`~`) keep
 * their first part as a stem.
 */
export function ownPhrases(cues: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>, categories: readonly string[]): Map<string, OwnPhrases> {
  const out = new Map<string, { whole: Set<string>; stems: string[] }>();
  for (const [key, lists] of Object.entries(cues)) {
    const language = baseLanguage(key);
    const own = out.get(language) ?? { whole: new Set<string>(), stems: [] };
    for (const category of categories) {
      for (const raw of lists[category] ?? []) {
        const phrase = raw.trim().replace(/^\*/, "");
        const gap = phrase.split(/\s+~\s+/);
        if (gap.length > 1 || phrase.endsWith("*")) own.stems.push(phraseKey(gap[0].replace(/\*$/, "")));
        else own.whole.add(phraseKey(phrase));
      }
    }
    out.set(language, own);
  }
  return out;
}

/** Whether the text a hit covers is one of these phrases (or starts with one of their stems). */
export const listsHit = (own: OwnPhrases, covered: string): boolean => {
  const key = phraseKey(covered);
  return own.whole.has(key) || own.stems.some((s) => s.length > 0 && key.startsWith(s));
};

/**
 * Whether every sentence of a text that has words holds some of the evidence: "Women are brilliant. They built this."
 * no (the second sentence says nothing the evidence covers), "Women are brilliant!" yes. Counter-evidence from one
 * sentence says nothing about what the others say.
 */
export function coversEverySentence(text: string, evidence: readonly CueHit[]): boolean {
  if (!evidence.length) return false;
  let start = 0;
  for (const piece of text.split(SENTENCE_END)) {
    const end = start + piece.length;
    if (/\p{L}.*\p{L}/su.test(piece) && !evidence.some((e) => e.start < end && e.end > start)) return false;
    start = end + 1;
  }
  return true;
}

/** Whether the sentence that goes on at `at` ends with a question mark. */
const asksQuestion = (text: string, at: number): boolean => QUESTION_MARK.test(text[sentenceEnd(text, at)] ?? "");

/**
 * The language of a data file's key or of a text's language tag: "hi_latn" (a romanised key) is hi, and a caller's hint
 * may carry a region or script ("pt-br", "zh-hant").
 */
export const baseLanguage = (tag: string): string => tag.split(/[-_]/)[0];

/** Phrases that count on their own: not negated just before or after, not inside a quotation. */
export function standalone(phrases: readonly CueHit[], rules: PairingRules, ctx: PairingContext, out: Discounted): CueHit[] {
  return phrases.filter((p) => {
    if (negatedAlone(p, rules, ctx)) {
      out.negated++;
      return false;
    }
    if (isQuoted(ctx, p.start, p.end)) {
      out.quoted++;
      return false;
    }
    return true;
  });
}

/** The dampening factor: context.json's categories, the detector's own `counter` hits, and the lexicon's framing. */
export function dampen(
  context: ReadonlyMap<string, readonly CueHit[]>,
  counter: readonly CueHit[],
  framed: boolean,
  factors: Readonly<Record<string, number>>,
): { factor: number; categories: string[] } {
  const found = new Map(context);
  if (counter.length) found.set("counter", counter);
  if (framed) found.set("framed", [{ start: 0, end: 0, category: "framed" }]);
  return dampening(found, factors);
}

/**
 * The phrases of some categories, folded like the normaliser folds, without stem `*` and gap `~` marks (the mask
 * vocabulary: a phrase of one word is a word of its own, longer phrases lend it their words); each once per language
 * key, so a word several languages list counts more when masked readings tie.
 */
export function maskPhrases(cues: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>, categories: readonly string[]): string[] {
  const out: string[] = [];
  for (const lists of Object.values(cues)) {
    const phrases = new Set<string>();
    for (const category of categories) {
      for (const phrase of lists[category] ?? []) {
        const words = foldLikeText(phrase)
          .split(/\s+/u)
          .map((w) => w.replace(/^\*|\*$/g, ""))
          .filter((w) => /^[\p{L}\p{M}]+$/u.test(w));
        if (words.length) phrases.add(words.join(" "));
      }
    }
    out.push(...phrases);
  }
  return out;
}
