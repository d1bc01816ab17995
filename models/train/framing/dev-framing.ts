/**
 * The cue lists' development sentences (models/detectors/dev, written for this project by several rounds of writers)
 * as rows for the learnt framing model: MENTION (a report, counter-speech, a rebuttal, news, a helpline, a negated
 * claim about women) or USE (the abuse itself). Each row carries its writer's `kind`, a free-form tag the writers chose
 * ("counter", "s12-survivor-report", "neg-copula", "s10-stop_spreading"…), so the class is read from the kind by the
 * patterns below. Rows of other kinds (ordinary sentences, praise, idioms, games, consensual talk, insults at no
 * group) are neither and are left out, as the synthetic generator's benign statements are.
 *
 * The patterns were written by reading every benign kind with one example each (733 kinds, 8,181 rows); the test
 * pins the cases that decide a class.
 */
import type { Label } from "../../../src/taxonomy.js";

export type Framing = "mention" | "use";

/** Reporting, condemning, rebutting, news and help-seeking kinds, for every detector. */
const MENTION_KIND =
  /counter|report|news|quot|survivor|helpline|help|awareness|condemn|law|legal|rebut|who.?says|says.?who|who-|wer-sagt|quien-dice|qui-dit|chi-ha|kto-|quem-disse|wie-zegt|sick|sexist|wrong|lie|myth|stereotyp|disagree|false|baseless|evidence|debunk|disprov|nonsense|outdated|mentality|mindset|century|medieval|stone|caveman|backward|old-idea|people.?who|those|attrib|shame|how.?dare|whoever|claim|misconception|used.?to|past|corrected|stop|disgust|generalis|discrim|opposite|flat.?earth|grow.?up|still|proverb|not.?true|no.?way|far.?from|question|rhetorical|thinking|r2-mod|research|sarcasm|s10-own|s10-who|s10-educate|pingshenme|campaign|advocacy|unproven|no_basis|no_critique|where_from/;
/** Negated claims about women ("women are not stupid"): the synthetic generator's negate_neg_nh, a mention for misogyny only. */
const NEGATION_KIND =
  /^(s1[02]-)?(neg|not|never|no-less|neither|ni-ni|ne-ne|nem-nem|ani-ani|weder|geen|wcale|affatto|e-falso|es-falso|es-ist-falsch|pas|de-jeito|de-ninguna|in-nessun|w-zadnym|nunca|nooit|nigdy|nie|mai$|jamais|at.?all|contrast|copula|impersonal|era|lie|emph-neg|keineswegs|stimmt-nicht|alles-?andere|allesbehalve|tuttaltro|keine$|nada|para-nada|en-rien|en-absoluto|per-niente|helemaal|w-ogole|ueberhaupt|gar-nicht|totaal|bynajmniej|nieprawda|niet-waar|non-e-vero|no-es-verdad|nao-e-verdade|klopt-niet|echt-niet|von-wegen|ni-de-broma|figurati|nem-a-pau|akurat|mica|loin-de|lejos-de|longe-de|daleko|ninguna|nenhuma|zadna|to-nie|glaube-nicht|dont-think|no-creo|non-penso|nao-acho|denk-niet|nie-sadze|i-dont-think|auf-keinen|s12-si-sirven|s12-serve-sim)/;
/** Kinds that are neither, even when a pattern above matches a part of the tag (news about women that is not about abuse, praise, questions that are just questions). */
const NEITHER_KIND = /(^|-)pos($|-)|positive|compliment|s13|neutral|fact|stat$|r2-question|s12-news-law|s12-news-report$|s12-milk|(^|-)insult-?(man|men|no|object|nothing)/;

/** The framing class of a development row, or null when the row is neither a mention nor a use of abuse. */
export function devRowFraming(label: Label, kind: string | null | undefined, abusive: 0 | 1): Framing | null {
  if (abusive === 1) return "use";
  const k = (kind ?? "").toLowerCase();
  if (NEITHER_KIND.test(k)) return null;
  if (label === "misogyny" && NEGATION_KIND.test(k)) return "mention";
  return MENTION_KIND.test(k) ? "mention" : null;
}

/** The writer round of a development row, from its kind's prefix (`s10-`, `s12-`, `s13-`/`s13b-`, `r2-`; otherwise the first round). */
export function devRowRound(kind: string | null | undefined): string {
  const m = /^(s1[0-9]b?|r2)-/.exec(kind ?? "");
  return m ? m[1].replace(/b$/, "") : "r1";
}
