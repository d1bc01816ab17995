import type { ContextData, ThreatData } from "./cue-data.js";
import { type FramedTest, negatedAlone, pairs, standalone } from "./pairing.js";
import { fired, type PairingAnalysis, PairingDetector, type PairingInput } from "./pairing-detector.js";

/** What the detector found (no text, only offsets and rule names). */
export type ThreatAnalysis = PairingAnalysis;

/**
 * What can fire a rule on its own or as a pair's second half is matched first: most texts have none, and then nothing
 * else is (an announcement, "I will", fires only with a violence phrase).
 */
export const THREAT_STAGES = { gate: ["violence", "threat_phrase", "wish"], rest: ["intent", "incite", "negation", "counter"], benign: ["counter"] };

/**
 * Violent threats and calls for violence, in the 28 served language keys and the other Multilingual HateCheck
 * languages. Rules (weights in models/detectors/threat.json):
 *   intent_violence   an announcement ("I will", "I'm going to", `intent`) and a violence verb ("kill", "rape",
 *                     "throw acid", `violence`) in one sentence: "I'm going to find you and kill you"
 *   threat_phrase     a complete threat on its own ("you're dead", "te voy a matar", "मार डालूंगा")
 *   incite_violence   a call for, or endorsement of, violence by others (`incite`: "someone should", "ought to be", "it's
 *                     time to", "deserve") and a violence phrase in one sentence: the incitement and normative threats
 *                     that name no speaker, which a list of complete `wish` phrases covers only word for word (session 16)
 *   wish              wishing or endorsing violence ("she deserves to be raped", "someone should kill her")
 * Negation ("I would never hurt you"), a quotation inside a longer text, and the misogyny detector's dampeners
 * (counter-speech, the lexicon's framing: "he said he would kill me, I reported him", news, helplines) apply the
 * same way (src/classifiers/detectors/pairing.ts). Its score is a floor for the fused threat score (fusion
 * `maxWith`), so it only adds evidence. A threat detected here is a threat whoever the target is; whether it is
 * gendered abuse is the verdict's other labels' business.
 *
 * Example:
 *   const [r] = await detector.classify([prepared]); // r.scores.threat ≈ 0.85 for "I will kill you"
 */
export class ThreatDetector extends PairingDetector<ThreatData> {
  constructor(data: ThreatData, context: ContextData, framed?: FramedTest) {
    super("threat", data, context, THREAT_STAGES, framed, ["violence"]);
  }

  protected fire({ get, rules, ctx, discounted }: PairingInput) {
    const w = this.scoring.rules;
    return [
      ...fired("intent_violence", w.intent_violence, pairs(get("intent"), get("violence"), rules, ctx, discounted)),
      // a negated frame ("never deserves", "doesn't deserve") pairs with nothing
      ...fired("incite_violence", w.incite_violence, pairs(get("incite").filter((f) => !negatedAlone(f, rules, ctx)), get("violence"), rules, ctx, discounted)),
      ...fired("threat_phrase", w.threat_phrase, standalone(get("threat_phrase"), rules, ctx, discounted)),
      ...fired("wish", w.wish, standalone(get("wish"), rules, ctx, discounted)),
    ];
  }
}
