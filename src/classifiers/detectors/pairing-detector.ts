import type { PreparedText } from "../types.js";
import { foldLikeText } from "../../content/text/normalise.js";
import type { ContextData, MisogynyData, SexualHarassmentData, ThreatData } from "./cue-data.js";
import type { CueHit } from "./cue-matcher.js";
import { clamp01, type FiredRule, noisyOr } from "./evidence.js";
import { baseLanguage, coversEverySentence, dampen, type Discounted, type FramedTest, isQuestionTag, type PairingContext, pairingContext, type PairingRules, maskPhrases } from "./pairing.js";
import { RuleDetector } from "./rule-detector.js";
import type { Label } from "../../taxonomy.js";

/** What a pairing detector found, for explanations and evaluation (no text, only offsets and rule names). */
export interface PairingAnalysis {
  score: number;
  raw: number;
  rules: FiredRule[];
  /** Pairs or phrases not counted because of a negation ("women are not stupid", "I would never hurt you"). */
  negated: number;
  /** … or because they sat inside a quotation within a longer text. */
  quoted: number;
  dampenedBy: string[];
  /**
   * Counter-evidence: when no rule fired, the pairs that say something good of the group in every sentence of the text
   * (`affirm`: "women deserve respect"); empty otherwise. Fusion `vetoes` may cap other components' scores with it.
   */
  affirmed: CueHit[];
}

/** The cues of one text, with what the rules need to weigh them. */
export interface PairingInput {
  get(category: string): CueHit[];
  /** The text's language tag (PreparedText.language). */
  language: string;
  rules: PairingRules;
  ctx: PairingContext;
  discounted: Discounted;
}

/**
 * The categories a detector matches in two stages: `gate` first, and `rest` only when the gate found something (most
 * texts mention no women and no violence; the predicate and negation lists are long). `negation` in either stage stands
 * for every language's negators (`negation@<key>`).
 */
export interface PairingStages {
  gate: readonly string[];
  rest: readonly string[];
  /** The categories that speak against abuse (counter-speech, cancellers, positive predicates): see scopeFalseFriends. */
  benign: readonly string[];
}

/**
 * The misogyny, threat and sexual-harassment detectors: match cue phrases in two stages, fire named rules from paired
 * or standalone phrases (pairing.ts), then noisy-OR and dampen (counter-speech, the lexicon's framing, context.json). A
 * subclass names its label, its stages, the categories whose single words join the mask vocabulary, and its rules
 * (`fire`). A negator that ends a yes/no question counts only where the data file leaves `question_tags_ask` off.
 */
export abstract class PairingDetector<D extends MisogynyData | ThreatData | SexualHarassmentData> extends RuleDetector<PairingAnalysis, D> {
  private readonly gate: readonly string[];
  private readonly rest: readonly string[];
  /** Language keys of the data file with negators (kept apart per key: `negation@<key>`). */
  private readonly negationKeys: ReadonlySet<string>;
  /** The negation categories that count for a text, by its language (see `negationsFor`). */
  private readonly negationCategories = new Map<string, string[]>();
  /** False friends (scopeFalseFriends): scoped category `<category>#<languages>` -> the languages it counts in. */
  private readonly falseFriends: ReadonlyMap<string, ReadonlySet<string>>;
  /** The base languages of the data file's keys. */
  private readonly languages: ReadonlySet<string>;

  constructor(
    label: Label,
    private readonly data: D,
    context: ContextData,
    stages: PairingStages,
    private readonly framed: FramedTest = () => false,
    private readonly maskCategories: readonly string[] = [],
  ) {
    const keys = Object.keys(data.cues).filter((k) => data.cues[k].negation?.length);
    const friends = scopeFalseFriends(negationPerLanguage(data.cues), new Set(stages.benign));
    const expand = (categories: readonly string[]) =>
      categories.flatMap((c) => (c === "negation" ? keys.map((k) => `negation@${k}`) : [c, ...[...friends.scoped.keys()].filter((s) => s.startsWith(`${c}#`))]));
    const [gate, rest] = [expand(stages.gate), expand(stages.rest)];
    super(label, { ...data, cues: friends.cues }, context, [gate, rest]);
    [this.gate, this.rest] = [gate, rest];
    this.negationKeys = new Set(keys);
    this.falseFriends = friends.scoped;
    this.languages = new Set(Object.keys(data.cues).map(baseLanguage));
  }

  analyse(prepared: PreparedText): PairingAnalysis {
    const gate = this.cues.match(prepared, this.gate);
    if (!gate.size) return { score: 0, raw: 0, rules: [], negated: 0, quoted: 0, dampenedBy: [], affirmed: [] };
    return this.weigh(prepared, new Map([...gate, ...this.cues.match(prepared, this.rest)]));
  }

  /**
   * The negation hits that count for a text: those of its language's keys (`hi` and `hi_latn` for Hindi) and English's
   * (code-mixed everywhere, and what a misidentified short text most often is) when the file has the language, else every
   * language's. A short negator of one language is often an ordinary word of another (Swahili "si", Spanish "ni",
   * Vietnamese "ko" inside Italian, Swahili and romanised Hindi text) and switched off abusive pairs there.
   */
  private negationsFor(language: string, get: (c: string) => CueHit[]): CueHit[] {
    let categories = this.negationCategories.get(language);
    if (!categories) {
      const base = baseLanguage(language);
      const own = [base, `${base}_latn`].filter((k) => this.negationKeys.has(k));
      const keys = own.length ? [...new Set([...own, ...(this.negationKeys.has("en") ? ["en"] : [])])] : [...this.negationKeys];
      categories = keys.map((k) => `negation@${k}`);
      if (this.negationCategories.size < 1000) this.negationCategories.set(language, categories);
    }
    return categories.flatMap(get);
  }

  /**
   * The hits with each false friend's hits put back under their category when the text's language is one that lists the
   * phrase there (its base language: "pt-br" and "hi_latn" are pt and hi), and dropped otherwise. A text in a language
   * the file has no key for (or "und") keeps every listing, as it keeps every language's negators.
   */
  private withFalseFriends(language: string, hits: ReadonlyMap<string, CueHit[]>): ReadonlyMap<string, CueHit[]> {
    if (!this.falseFriends.size) return hits;
    const base = baseLanguage(language);
    const known = this.languages.has(base);
    let out: Map<string, CueHit[]> | undefined;
    for (const [category, list] of hits) {
      const scope = this.falseFriends.get(category);
      if (!scope) continue;
      out ??= new Map([...hits].filter(([c]) => !this.falseFriends.has(c)));
      if (known && !scope.has(base)) continue;
      const plain = category.slice(0, category.indexOf("#"));
      const merged = [...(out.get(plain) ?? []), ...list.map((h) => ({ ...h, category: plain }))].sort((a, b) => a.start - b.start || b.end - a.end);
      out.set(plain, merged);
    }
    return out ?? hits;
  }

  /** The phrases of the mask categories, folded: a masked spelling of one of their words ("w*men", "k*ll") is read as it. */
  maskWords(): string[] {
    return maskPhrases(this.data.cues, this.maskCategories);
  }

  /** The rules that fired for one text (weights from the data file). */
  protected abstract fire(input: PairingInput): FiredRule[];

  /** Counter-evidence for a text where no rule fired (see `PairingAnalysis.affirmed`); none by default. */
  protected affirm(_input: PairingInput): CueHit[] {
    return [];
  }

  /** Weigh the cue hits of one text: fire the rules, then noisy-OR and dampen. */
  private weigh(prepared: PreparedText, found: ReadonlyMap<string, CueHit[]>): PairingAnalysis {
    const hits = this.withFalseFriends(prepared.language, found);
    const get = (c: string): CueHit[] => hits.get(c) ?? [];
    const { near_chars: near, negation_after_chars: after, negation_before_chars: before, quoted_phrase_discounts: eitherQuoted } = this.scoring;
    const discounted: Discounted = { negated: 0, quoted: 0 };
    // English negators count in every language, but not when typed with diacritics: Vietnamese "nó" (he, she) folds to "no"
    let negations = this.negationsFor(prepared.language, get).filter((n) => n.category !== "negation@en" || /^[\x00-\x7f]*$/u.test(prepared.original.slice(n.start, n.end)));
    if (this.scoring.question_tags_ask) negations = negations.filter((n) => !isQuestionTag(prepared.original, n));
    const input: PairingInput = { get, language: prepared.language, rules: { near, after, before, eitherQuoted }, ctx: pairingContext(prepared.original, negations, get("negation_det")), discounted };
    const rules = this.fire(input);
    const raw = noisyOr(rules.map((r) => r.weight));
    if (raw === 0) {
      const affirmed = rules.length ? [] : this.affirm(input);
      return { score: 0, raw, rules, ...discounted, dampenedBy: [], affirmed: coversEverySentence(prepared.original, affirmed) ? affirmed : [] };
    }
    const damp = dampen(this.context.match(prepared), get("counter"), this.framed(prepared), this.scoring.dampeners);
    return { score: clamp01(raw * damp.factor), raw, rules, ...discounted, dampenedBy: damp.categories, affirmed: [] };
  }
}

/** The cue lists with each language's `negation` list renamed `negation@<key>`, so a text can use its own language's. */
function negationPerLanguage<C extends Record<string, Record<string, readonly string[]>>>(cues: C): C {
  return Object.fromEntries(
    Object.entries(cues).map(([key, lists]) => [key, Object.fromEntries(Object.entries(lists).map(([c, l]) => [c === "negation" ? `negation@${key}` : c, l]))]),
  ) as C;
}

/**
 * False friends: a spelling that some languages list as evidence of abuse and other languages, none of the same, list
 * in a `benign` category, one that speaks against abuse (Spanish "cerdas", sows, a dehumanising comparison; Indonesian
 * and Malay "cerdas", clever, a positive predicate). Phrases of every language are matched on every text, so such a
 * phrase would play both roles everywhere ("perempuan itu cerdas" read as "women are sows"). Each of its listings moves
 * to a scoped category `<category>#<languages>` that counts only in texts of the languages listing it there (keys' base
 * languages: `hi_latn` is hi). A spelling one language lists in both kinds of category ("menos inteligentes": derogation,
 * and the start of "no less intelligent") is a choice of that language's writers, not a false friend. Found when the data
 * is loaded, so a team adding a phrase needs no code. Phrases without letters (emoji) and the per-language negators
 * (`negation@<key>`, already scoped) are left alone. Returns the cue lists with those phrases moved, and each scoped
 * category's languages.
 */
export function scopeFalseFriends<C extends Record<string, Record<string, readonly string[]>>>(
  cues: C,
  benign: ReadonlySet<string>,
): { cues: C; scoped: Map<string, ReadonlySet<string>> } {
  // the matcher's folded form (CueMatcher matches it against both views of a text): spellings that fold alike match alike
  const fold = (p: string) => foldLikeText(p).replace(/\s+/gu, " ").trim();
  const plainCategory = (c: string) => !c.startsWith("negation@");
  /** folded phrase -> category -> base languages listing it there */
  const listings = new Map<string, Map<string, Set<string>>>();
  for (const [key, lists] of Object.entries(cues))
    for (const [category, phrases] of Object.entries(lists))
      for (const phrase of plainCategory(category) ? phrases : [])
        if (/\p{L}/u.test(phrase)) {
          const byCategory = listings.get(fold(phrase)) ?? new Map<string, Set<string>>();
          byCategory.set(category, (byCategory.get(category) ?? new Set()).add(baseLanguage(key)));
          listings.set(fold(phrase), byCategory);
        }
  const languagesIn = (byCategory: Map<string, Set<string>>, isBenign: boolean) =>
    new Set([...byCategory].filter(([c]) => benign.has(c) === isBenign).flatMap(([, l]) => [...l]));
  const isFriend = (byCategory: Map<string, Set<string>>) => {
    const [against, evidence] = [languagesIn(byCategory, true), languagesIn(byCategory, false)];
    return against.size > 0 && evidence.size > 0 && ![...against].some((l) => evidence.has(l));
  };
  const scoped = new Map<string, ReadonlySet<string>>();
  const out = Object.fromEntries(
    Object.entries(cues).map(([key, lists]) => {
      const moved: Record<string, string[]> = {};
      for (const [category, phrases] of Object.entries(lists)) {
        for (const phrase of phrases) {
          const byCategory = plainCategory(category) ? listings.get(fold(phrase)) : undefined;
          if (!byCategory || !isFriend(byCategory)) {
            (moved[category] ??= []).push(phrase);
            continue;
          }
          const languages = [...byCategory.get(category)!].sort();
          const name = `${category}#${languages.join("+")}`;
          scoped.set(name, new Set(languages));
          (moved[name] ??= []).push(phrase);
        }
      }
      return [key, moved];
    }),
  ) as unknown as C;
  return { cues: out, scoped };
}


/** A rule with its evidence, or nothing when there is none. */
export const fired = (rule: string, weight: number, evidence: CueHit[]): FiredRule[] => (evidence.length ? [{ rule, weight, evidence }] : []);
