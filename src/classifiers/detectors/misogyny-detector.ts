import { findQuotedRanges } from "../lexicon/framing.js";
import type { PreparedText } from "../types.js";
import type { ContextData, MisogynyData } from "./cue-data.js";
import { foldPhrase, type CueHit } from "./cue-matcher.js";
import { RuleDetector } from "./rule-detector.js";
import { clamp01, dampening, type FiredRule, gapBetween, noisyOr } from "./evidence.js";

/** What the detector found, for explanations and evaluation (no text, only offsets and rule names). */
export interface MisogynyAnalysis {
  score: number;
  raw: number;
  rules: FiredRule[];
  /** Pairs not counted because a negation sat between or right after them. */
  negated: number;
  /** Pairs not counted because both phrases sat inside one quotation, with the writer's own words outside it. */
  quoted: number;
  dampenedBy: string[];
}

/** Whether a text is framed as a mention (report, counter-speech, news, helpline): the lexicon's framing analysis. */
export type FramedTest = (text: PreparedText) => boolean;

/** Sentence ends across which a women reference and a predicate are not paired. */
const SENTENCE_END = /[.!?。！？\n؟।॥։።]/u;

/**
 * Quotation ranges with the writer's own words outside them: a claim quoted inside a longer text is mentioned
 * (counter-speech, a report), not made. A text that is nothing but a quotation still counts as making the claim.
 */
const quotations = (text: string) => {
  const quotes = findQuotedRanges(text);
  if (!quotes.length) return quotes;
  let outside = text;
  for (const q of [...quotes].reverse()) outside = outside.slice(0, q.start) + outside.slice(q.end);
  return /\p{L}{3}/u.test(outside.replace(/[\p{P}\p{S}\s]+/gu, "")) ? quotes : [];
};

/** A negation inside a phrase is part of it ("should not vote", "নারী" containing "না"), not a negation of it. */
const overlaps = (a: CueHit, b: CueHit): boolean => a.start < b.end && b.start < a.end;

const WOMEN = ["women_group"];
const MASKABLE = ["women_group", "derog", "dehum"] as const;
const OTHERS = ["derog", "dehum", "prescriptive", "negation", "counter"];

const PREDICATES = [
  ["group_derog", "derog"],
  ["group_dehum", "dehum"],
  ["group_prescriptive", "prescriptive"],
] as const;

/**
 * Generalising derogation of women: a reference to women (`women_group`: "women", "girls", "these females") in
 * the same sentence as a derogatory predicate ("are stupid", `derog`), a dehumanising comparison ("are
 * property", `dehum`) or a prescriptive, subordinating statement ("belong in the kitchen", "should not vote",
 * `prescriptive`). These are the misogyny cases that carry no slur, where a lexicon of slurs is silent and a
 * bag-of-words model trained on few templates guesses. Rules (weights in models/detectors/misogyny.json):
 *   group_derog          women reference + derogatory predicate
 *   group_dehum          women reference + dehumanising comparison
 *   group_prescriptive   women reference + prescriptive / subordinating phrase
 * A pair does not count when a negation (`negation`) lies between the two phrases, just before the predicate
 * when the women reference follows it, or just after the predicate (post-verbal negation in SOV languages):
 * "women are not stupid"; nor when both phrases sit inside one quotation within a longer text ('he posted
 * "women are cows" and got banned'). Since the detector only ever raises the fused score (fusion `maxWith`), not counting a
 * pair gives nothing away to an evader: the learnt models still score the text. The score is the noisy-OR of the fired rules times the dampeners present:
 * `counter` (this file: "saying … is sexist"), `framed` (the lexicon's framing analysis: survivor report,
 * counter-speech, news, helpline, unless the text addresses someone directly) and context.json's categories.
 * Only the misogyny label: threats and sexual harassment have their own components.
 *
 * Example:
 *   const [r] = await detector.classify([prepared]); // r.scores.misogyny ≈ 0.75 for "women are useless"
 *   // and 0 for "women are not useless"
 */
export class MisogynyDetector extends RuleDetector<MisogynyAnalysis, MisogynyData> {
  constructor(
    private readonly data: MisogynyData,
    context: ContextData,
    private readonly framed: FramedTest = () => false,
  ) {
    super("misogyny", data, context);
  }

  /**
   * Single-word cues about women and their derogation ("women", "stupid", "parasites"; stems without their `*`),
   * folded like the normaliser folds: a masked spelling of one ("w*men are st*pid") is read as it.
   */
  maskWords(): string[] {
    const words = new Set<string>();
    for (const categories of Object.values(this.data.cues)) {
      for (const category of MASKABLE) {
        for (const phrase of categories[category] ?? []) {
          const word = foldPhrase(phrase.replace(/^\*|\*$/g, ""));
          if (/^[\p{L}\p{M}]+$/u.test(word)) words.add(word);
        }
      }
    }
    return [...words];
  }

  analyse(prepared: PreparedText): MisogynyAnalysis {
    // Most texts mention no women: match that category first and stop there (the predicate lists are long).
    const women = this.cues.match(prepared, WOMEN).get("women_group") ?? [];
    if (!women.length) return { score: 0, raw: 0, rules: [], negated: 0, quoted: 0, dampenedBy: [] };
    const hits = this.cues.match(prepared, OTHERS);
    const get = (c: string): CueHit[] => hits.get(c) ?? [];
    const { near_chars: near, negation_after_chars: after, negation_before_chars: before, rules: w } = this.scoring;
    const negations = get("negation");
    const text = prepared.original;
    const rules: FiredRule[] = [];
    let negated = 0;
    let quoted = 0;
    const quotes = quotations(text);
    for (const [rule, category] of PREDICATES) {
      const evidence: CueHit[] = [];
      for (const p of get(category)) {
        for (const g of women) {
          if (overlaps(g, p)) {
            // Overlapping phrases pair only when the predicate phrase contains the women reference ("mujeres a la
            // cocina"); the same words in both lists (a slur) are the lexicon's evidence, not a pairing.
            if (p.start <= g.start && g.end <= p.end && p.end - p.start > g.end - g.start) evidence.push(p);
            continue;
          }
          if (gapBetween(g, p) > near) continue;
          const from = Math.min(g.end, p.end);
          const to = Math.max(g.start, p.start);
          if (SENTENCE_END.test(text.slice(from, to))) continue;
          const lo = g.start < p.start ? g.end : p.start - before;
          const hi = p.end + after;
          if (negations.some((n) => n.start >= lo && n.start < hi && !overlaps(n, p) && !overlaps(n, g))) {
            negated++;
            continue;
          }
          if (quotes.some((q) => q.start <= Math.min(g.start, p.start) && Math.max(g.end, p.end) <= q.end)) {
            quoted++;
            continue;
          }
          evidence.push(g, p);
        }
      }
      if (evidence.length) rules.push({ rule, weight: w[rule], evidence });
    }
    const raw = noisyOr(rules.map((r) => r.weight));
    if (raw === 0) return { score: 0, raw, rules, negated, quoted, dampenedBy: [] };
    const found = new Map(this.context.match(prepared));
    const counter = get("counter");
    if (counter.length) found.set("counter", counter);
    if (this.framed(prepared)) found.set("framed", [{ start: 0, end: 0, category: "framed" }]);
    const damp = dampening(found, this.scoring.dampeners);
    return { score: clamp01(raw * damp.factor), raw, rules, negated, quoted, dampenedBy: damp.categories };
  }
}
