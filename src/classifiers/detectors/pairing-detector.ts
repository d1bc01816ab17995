import type { PreparedText } from "../types.js";
import type { ContextData, MisogynyData, ThreatData } from "./cue-data.js";
import type { CueHit } from "./cue-matcher.js";
import { clamp01, type FiredRule, noisyOr } from "./evidence.js";
import { dampen, type Discounted, type FramedTest, type PairingContext, pairingContext, type PairingRules, singleWords } from "./pairing.js";
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
}

/** The cues of one text, with what the rules need to weigh them. */
export interface PairingInput {
  get(category: string): CueHit[];
  rules: PairingRules;
  ctx: PairingContext;
  discounted: Discounted;
}

/**
 * The misogyny and threat detectors: fire named rules from paired or standalone cue phrases (pairing.ts), then
 * noisy-OR and dampen (counter-speech, the lexicon's framing, context.json). A subclass names its label, the
 * categories whose single words join the mask vocabulary, and its rules (`fire`).
 */
export abstract class PairingDetector<D extends MisogynyData | ThreatData> extends RuleDetector<PairingAnalysis, D> {
  constructor(
    label: Label,
    private readonly data: D,
    context: ContextData,
    private readonly framed: FramedTest = () => false,
    private readonly maskCategories: readonly string[] = [],
    subsets?: readonly (readonly string[] | undefined)[],
  ) {
    super(label, data, context, subsets);
  }

  /** Single-word cues of the mask categories, folded: a masked spelling of one ("w*men", "k*ll") is read as it. */
  maskWords(): string[] {
    return singleWords(this.data.cues, this.maskCategories);
  }

  /** The rules that fired for one text (weights from the data file). */
  protected abstract fire(input: PairingInput): FiredRule[];

  /** Analyse with the cue hits already matched (`hits`), for subclasses that match in stages. */
  protected weigh(prepared: PreparedText, hits: ReadonlyMap<string, CueHit[]>): PairingAnalysis {
    const get = (c: string): CueHit[] => hits.get(c) ?? [];
    const { near_chars: near, negation_after_chars: after, negation_before_chars: before, quoted_phrase_discounts: eitherQuoted } = this.scoring;
    const discounted: Discounted = { negated: 0, quoted: 0 };
    const rules = this.fire({ get, rules: { near, after, before, eitherQuoted }, ctx: pairingContext(prepared.original, get("negation")), discounted });
    const raw = noisyOr(rules.map((r) => r.weight));
    if (raw === 0) return { score: 0, raw, rules, ...discounted, dampenedBy: [] };
    const damp = dampen(this.context.match(prepared), get("counter"), this.framed(prepared), this.scoring.dampeners);
    return { score: clamp01(raw * damp.factor), raw, rules, ...discounted, dampenedBy: damp.categories };
  }
}

/** A rule with its evidence, or nothing when there is none. */
export const fired = (rule: string, weight: number, evidence: CueHit[]): FiredRule[] => (evidence.length ? [{ rule, weight, evidence }] : []);
