import { findQuotedRanges } from "../lexicon/framing.js";
import type { PreparedText } from "../types.js";
import type { CueHit } from "./cue-matcher.js";
import { foldPhrase } from "./cue-matcher.js";
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
  readonly quotes: readonly { start: number; end: number }[];
}

export const pairingContext = (text: string, negations: readonly CueHit[]): PairingContext => {
  let quotes: { start: number; end: number }[] | undefined;
  return {
    text,
    negations,
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

/**
 * Evidence from pairs (anchor, phrase) in one sentence within `near` characters, in either order. A pair does not
 * count when a negation lies between the two, just before the phrase when the anchor follows it, or just after the
 * phrase; nor when both sit inside one quotation (or either does, with `eitherQuoted`). When one hit contains the other
 * ("mujeres a la cocina" contains "mujeres"; Swahili "nitakuua", an announcement, contains "kuua", to kill), the pair
 * is the longer phrase alone, and only when it is longer: the same words in both lists are one piece of evidence, not
 * two. Hits that share only some words ("vou te" and "te estrangular" in "vou te estrangular") pair like any others.
 */
export function pairs(anchors: readonly CueHit[], phrases: readonly CueHit[], rules: PairingRules, ctx: PairingContext, out: Discounted): CueHit[] {
  const evidence: CueHit[] = [];
  for (const p of phrases) {
    for (const g of anchors) {
      if (overlaps(g, p)) {
        const inner = p.start <= g.start && g.end <= p.end ? g : g.start <= p.start && p.end <= g.end ? p : null;
        const outer = inner === g ? p : g;
        if (inner) {
          if (outer.end - outer.start > inner.end - inner.start) evidence.push(outer);
          continue;
        }
        // two phrases sharing words ("vou te" + "te estrangular", Arabic "رح ا" + "اطعنك"): a pair like any other
      }
      if (gapBetween(g, p) > rules.near) continue;
      if (SENTENCE_END.test(ctx.text.slice(Math.min(g.end, p.end), Math.max(g.start, p.start)))) continue;
      const lo = g.start < p.start ? g.end : p.start - rules.before;
      if (ctx.negations.some((n) => n.end > lo && n.start < p.end + rules.after && !inside(n, p) && !inside(n, g))) {
        out.negated++;
        continue;
      }
      const quoted = rules.eitherQuoted
        ? isQuoted(ctx, p.start, p.end) || isQuoted(ctx, g.start, g.end)
        : isQuoted(ctx, Math.min(g.start, p.start), Math.max(g.end, p.end));
      if (quoted) {
        out.quoted++;
        continue;
      }
      evidence.push(g, p);
    }
  }
  return evidence;
}

/** Phrases that count on their own: not negated just before or after, not inside a quotation. */
export function standalone(phrases: readonly CueHit[], rules: PairingRules, ctx: PairingContext, out: Discounted): CueHit[] {
  return phrases.filter((p) => {
    if (ctx.negations.some((n) => n.end > p.start - rules.before && n.start < p.end + rules.after && !inside(n, p))) {
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

/** Single-word phrases of some categories, without their stem `*`, folded like the normaliser folds (mask vocabulary). */
export function singleWords(cues: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>, categories: readonly string[]): string[] {
  const words = new Set<string>();
  for (const lists of Object.values(cues)) {
    for (const category of categories) {
      for (const phrase of lists[category] ?? []) {
        const word = foldPhrase(phrase.replace(/^\*|\*$/g, ""));
        if (/^[\p{L}\p{M}]+$/u.test(word)) words.add(word);
      }
    }
  }
  return [...words];
}
