/**
 * A language pack: the hand-written templates and fillers from which one language's
 * functional evaluation cases are generated (see README.md).
 *
 * Placeholders: `{G}` a women-group noun phrase (from `groups`), `{A}` a derogatory predicate
 * (from `derogAdj`), `{P}` a positive predicate (from `posAdj`), `{S}` a gendered slur (from
 * `slurs`), `{Q}` a quoted abusive sentence generated from this same pack.
 *
 * Example (English, abridged):
 * ```ts
 * { lang: "en", script: "Latn", romanized: false, groups: ["women", ...], derogAdj: ["stupid", ...],
 *   derog: ["{G} are {A}."], ... }
 * ```
 */
export interface LangPack {
  /** ISO 639-1 code, as in the shared-data record format. */
  lang: string;
  /** ISO 15924 code of the dominant script of every case generated from this pack. */
  script: string;
  /** True for Latin-script writing of a language normally written in another script. */
  romanized: boolean;
  /** Short tag that keeps ids unique when one language has several packs (e.g. "rom"). */
  tag: string;
  /** Exactly four women-group noun phrases that fit every `{G}` slot. */
  groups: string[];
  /** Four derogatory predicates that agree with every group (`{G} ... {A}`). */
  derogAdj: string[];
  /** Three positive predicates that agree with every group. */
  posAdj: string[];
  /** Derogatory generalisations: `{G}` and `{A}`. */
  derog: string[];
  /** Sexist stereotypes / exclusion without an insult word: `{G}`. */
  stereotype: string[];
  /** Dehumanising comparisons: `{G}`. */
  dehum: string[];
  /** Threats or incitement of violence against the group: `{G}`. */
  threatGroup: string[];
  /** Threats of violence against one woman (second person or third person). */
  threatDirect: string[];
  /** Three gendered slurs, single tokens or short phrases used as insults for women. */
  slurs: string[];
  /** Frames that direct a slur at one woman: `{S}`. */
  slurFrames: string[];
  /** Unwanted sexual comments / advances / objectification aimed at a woman. */
  sexualHarass: string[];
  /** Coercion with intimate images (threat to publish unless the victim complies). */
  sextortion: string[];
  /** Publishing, or threatening to publish, a woman's private information. */
  doxxing: string[];
  /** Neutral statements that mention the group: `{G}`. */
  neutral: string[];
  /** Positive statements: `{G}` and `{P}`. */
  positive: string[];
  /** Negated derogation (non-hateful): `{G}` and `{A}`. */
  negate: string[];
  /** Frames that quote abuse to condemn it: `{Q}`. */
  counter: string[];
  /** Survivors describing abuse they received (no abusive words quoted). */
  survivor: string[];
  /** News-style reports about gendered violence or online abuse. */
  news: string[];
  /** Support / helpline / safety advice messages. */
  helpline: string[];
  /** Everyday, consensual requests for photos (near-misses for sextortion detectors). */
  benignPhoto: string[];
  /** Everyday sharing of an address or phone number (near-misses for doxxing detectors). */
  benignContact: string[];
  /** Profanity not aimed at any person or group. */
  profanity: string[];
  /** Insults aimed at objects, situations or non-protected groups. */
  nonprotected: string[];
  /** Non-abusive uses of a word that is elsewhere a slur (homonyms), where the language has them. */
  neutralWord: string[];
  /** Reclaimed or in-group self-referential uses, where the language has a clear case. */
  reclaimed: string[];
}
