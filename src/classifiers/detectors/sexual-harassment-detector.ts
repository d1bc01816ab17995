import type { ContextData, SexualHarassmentData } from "./cue-data.js";
import type { FramedTest } from "./pairing.js";
import { pairs, standalone } from "./pairing.js";
import { fired, type PairingAnalysis, PairingDetector, type PairingInput } from "./pairing-detector.js";

/** What the detector found (no text, only offsets and rule names). */
export type SexualHarassmentAnalysis = PairingAnalysis;

/** The sexual-act and sexual-comment lists are matched first; most texts have neither, and then nothing else is. */
export const SEXUAL_HARASSMENT_STAGES = { gate: ["sexual_act", "sexual_comment"], rest: ["desire", "negation", "counter"], benign: ["counter"] };

/**
 * Unwanted sexual advances, requests and comments aimed at a person, in the 28 served language keys and the other
 * Multilingual HateCheck languages. Rules (weights in models/detectors/sexual_harassment.json):
 *   desire_sexual    a stated wish or announcement ("I want to", "let me", "I'm going to", `desire`) and a sexual act
 *                    done to someone ("lick you", "sleep with you", "touch your body", `sexual_act`) in one sentence:
 *                    "I want to sleep with you tonight"
 *   sexual_comment   a complete sexual request or comment on its own (`sexual_comment`): "send nudes", "show me your
 *                    boobs", "how much for a night", "nice tits"
 * Negation ("I would never touch you"), a quotation inside a longer text, and the dampeners of the other pairing
 * detectors (counter-speech, the lexicon's framing: "he kept asking me for nudes, I blocked him", news, helplines)
 * apply the same way (src/classifiers/detectors/pairing.ts). Its score is a floor for the fused sexual_harassment
 * score (fusion `maxWith`), so it only adds evidence: the learnt models still score what it misses. Profanity that
 * names a sexual act without addressing anyone sexually ("fuck you", "fucking hell") is not in its lists: that is
 * toxicity.
 *
 * Example:
 *   const [r] = await detector.classify([prepared]); // r.scores.sexual_harassment ≈ 0.8 for "send nudes babe"
 */
export class SexualHarassmentDetector extends PairingDetector<SexualHarassmentData> {
  constructor(data: SexualHarassmentData, context: ContextData, framed?: FramedTest) {
    super("sexual_harassment", data, context, SEXUAL_HARASSMENT_STAGES, framed, ["sexual_act", "sexual_comment"]);
  }

  protected fire({ get, rules, ctx, discounted }: PairingInput) {
    const w = this.scoring.rules;
    return [
      ...fired("desire_sexual", w.desire_sexual, pairs(get("desire"), get("sexual_act"), rules, ctx, discounted)),
      ...fired("sexual_comment", w.sexual_comment, standalone(get("sexual_comment"), rules, ctx, discounted)),
    ];
  }
}
