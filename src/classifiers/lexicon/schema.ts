import { z } from "zod";
import { LABELS, type Label } from "../../taxonomy.js";

/**
 * Lexicon data format (models/lexicons/). One TSV per language, `<lang>.tsv`, plus `languages.json`
 * describing how each language is segmented. A T&S team adds a term by adding one TSV line; no code.
 *
 * TSV columns (tab-separated, `#` starts a comment line, `-` = empty/default):
 *   term      canonical form (what reviewers read)
 *   variants  `|`-separated inflections, script variants, romanisations, common obfuscations
 *   category  one of LEXICON_CATEGORIES
 *   labels    `,`-separated taxonomy labels; `-` = the category's default labels (CATEGORY_DEFAULT_LABELS;
 *             sexual and threat entries whose target is women also get misogyny)
 *   severity  1 (mild) .. 3 (severe)
 *   flags     any of `r` = commonly reclaimed, `n` = common neutral use (other sense), `p` = phrase or
 *             interjection, not a noun (kept out of the synthetic {slur}/{insult} noun slots); or `-`
 *   target    women | men | lgbtq | any | ... ; `-` = the category's default target
 *   notes     free text for reviewers
 *
 * Pattern syntax in `term`/`variants`: a trailing `*` matches any word continuation (inflection,
 * agglutinated particles), a leading `*` any prefix (clitics). Otherwise word boundaries apply
 * (except for scripts written without spaces, see `boundary` in languages.json).
 */
export const LEXICON_CATEGORIES = [
  "slur", // gendered slurs and insults aimed at women
  "stereotype", // misogynistic stereotype phrases and dehumanising generalisations about women
  "sexual", // sexualising terms and unwanted sexual comments
  "threat", // threat and violence verbs/phrases
  "sextortion", // demands under threat of exposure, exposure phrases
  "doxxing", // cues of publishing private information
  "insult", // general (non-gendered) insults and profanity
  "hate", // identity-based slurs for other protected groups
  "cue_counter", // counter-speech / condemnation context (discounts nearby matches)
  "cue_report", // reporting, news, survivor or helpline context (discounts nearby matches)
  // Framing cues (models/framing/<lang>.tsv, see src/classifiers/lexicon/framing.ts): they decide whether a
  // lexical hit is used (direct abuse) or mentioned (reported, quoted, condemned, negated, in the news).
  "cue_news", // news and research framing ("police arrested", "according to a survey")
  "cue_helpline", // support-service framing ("helpline", "you are not alone"); holds even with "you"
  "cue_negation", // negation of the predicate right next to a hit ("she is not a …", SOV: "… नहीं है")
  "cue_direct", // direct address or first-person intent ("you are", "I will"): a hit stays direct abuse
] as const;
export type LexiconCategory = (typeof LEXICON_CATEGORIES)[number];

export const isCueCategory = (c: LexiconCategory): boolean => c.startsWith("cue_");
/** Cues that frame a text as reporting, quoting, condemning or informing about abuse (not direct abuse). */
export const FRAME_CATEGORIES: ReadonlySet<LexiconCategory> = new Set(["cue_counter", "cue_report", "cue_news", "cue_helpline"]);

/** Labels a category implies when the TSV `labels` column is `-`. */
export const CATEGORY_DEFAULT_LABELS: Readonly<Record<LexiconCategory, readonly Label[]>> = Object.freeze({
  slur: ["misogyny", "hate", "toxicity"],
  stereotype: ["misogyny", "hate"],
  sexual: ["sexual_harassment", "toxicity"],
  threat: ["threat", "toxicity"],
  sextortion: ["sextortion", "threat"],
  doxxing: ["doxxing"],
  insult: ["toxicity"],
  hate: ["hate", "toxicity"],
  cue_counter: [],
  cue_report: [],
  cue_news: [],
  cue_helpline: [],
  cue_negation: [],
  cue_direct: [],
});

const CATEGORY_DEFAULT_TARGET: Readonly<Record<LexiconCategory, string>> = Object.freeze({
  slur: "women",
  stereotype: "women",
  sexual: "women",
  threat: "any",
  sextortion: "any",
  doxxing: "any",
  insult: "any",
  hate: "other",
  cue_counter: "none",
  cue_report: "none",
  cue_news: "none",
  cue_helpline: "none",
  cue_negation: "none",
  cue_direct: "none",
});

/** Categories whose default labels gain `misogyny` when the entry's target is women. */
const WOMEN_TARGETED_ALSO_MISOGYNY: ReadonlySet<LexiconCategory> = new Set(["sexual", "threat"]);

export const LexiconEntrySchema = z.object({
  term: z.string().min(1),
  variants: z.array(z.string().min(1)),
  category: z.enum(LEXICON_CATEGORIES),
  labels: z.array(z.enum(LABELS)),
  severity: z.number().int().min(1).max(3),
  reclaimed: z.boolean(),
  neutralUse: z.boolean(),
  /** Phrase or interjection ("shut up", "fuck you"): matched like any term, but not used as a noun filler. */
  phrase: z.boolean(),
  target: z.string().min(1),
  notes: z.string(),
});
export type LexiconEntry = z.infer<typeof LexiconEntrySchema>;

/** How words are delimited: `word` = both boundaries, `left` = only a left boundary (agglutinative, e.g. Korean particles), `none` = substring (zh, th, km, ja). */
export const LanguageInfoSchema = z.object({
  name: z.string(),
  scripts: z.array(z.string()).min(1),
  boundary: z.enum(["word", "left", "none"]),
  /** Clitics that may be attached before a word without breaking the left boundary (e.g. Arabic و ف ب ل ال). */
  proclitics: z.array(z.string()).default([]),
  /**
   * `significant`: accents/tones distinguish words (vi "đĩ" whore vs "đi" go), so this language's
   * terms are matched on a lower-cased, diacritic-preserving form of the original text instead of
   * the evasion-folded normal form (which strips diacritics). Default `fold`.
   */
  diacritics: z.enum(["fold", "significant"]).default("fold"),
  /** Where a negation stands relative to the word it negates: `before` ("not a …"), `after` (SOV: "… नहीं है", "… 아니다"). */
  negation: z.enum(["before", "after"]).default("before"),
});
export type LanguageInfo = z.infer<typeof LanguageInfoSchema>;

export const LanguagesFileSchema = z.record(z.string().regex(/^[a-z]{2,3}$/), LanguageInfoSchema);

export interface Lexicon {
  language: string;
  info: LanguageInfo;
  entries: LexiconEntry[];
}

/** Thrown with every problem of a file listed at once (STYLE.md #4). */
export class LexiconFormatError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.length} problem(s):\n  ${problems.join("\n  ")}`);
    this.name = "LexiconFormatError";
  }
}

const TSV_COLUMNS = 8;

/** Parses one language's TSV; throws LexiconFormatError listing all bad lines. */
export function parseLexiconTsv(file: string, text: string): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  const problems: string[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.trimEnd();
    if (line === "" || line.startsWith("#")) return;
    const cols = line.split("\t");
    if (cols.length < TSV_COLUMNS - 1 || cols.length > TSV_COLUMNS) {
      problems.push(`line ${i + 1}: expected ${TSV_COLUMNS} tab-separated columns, got ${cols.length}`);
      return;
    }
    const [term, variants, category, labels, severity, flags, target, notes = ""] = cols.map((c) => c.trim());
    if (!(LEXICON_CATEGORIES as readonly string[]).includes(category)) {
      problems.push(`line ${i + 1}: unknown category "${category}" (valid: ${LEXICON_CATEGORIES.join(", ")})`);
      return;
    }
    const cat = category as LexiconCategory;
    if (!/^(-|[rnp]{1,3})$/.test(flags)) {
      problems.push(`line ${i + 1}: flags must be - or letters from r, n, p; got "${flags}"`);
      return;
    }
    const resolvedTarget = target === "-" ? CATEGORY_DEFAULT_TARGET[cat] : target;
    const defaultLabels: string[] = [...CATEGORY_DEFAULT_LABELS[cat]];
    // Sexualising terms and threats written for women are misogyny too (EDOS: objectification and
    // threats against women are sexist), but only when the column says so by default.
    if (resolvedTarget === "women" && WOMEN_TARGETED_ALSO_MISOGYNY.has(cat) && !defaultLabels.includes("misogyny")) defaultLabels.push("misogyny");
    const candidate = {
      term,
      variants: variants === "-" ? [] : variants.split("|").map((v) => v.trim()).filter((v) => v !== ""),
      category: cat,
      labels: labels === "-" ? defaultLabels : labels.split(",").map((l) => l.trim()),
      severity: Number(severity),
      reclaimed: flags.includes("r"),
      neutralUse: flags.includes("n"),
      phrase: flags.includes("p"),
      target: resolvedTarget,
      notes: notes === "-" ? "" : notes,
    };
    const parsed = LexiconEntrySchema.safeParse(candidate);
    if (!parsed.success) {
      problems.push(`line ${i + 1}: ${parsed.error.issues.map((is) => `${is.path.join(".")}: ${is.message}`).join("; ")}`);
      return;
    }
    entries.push(parsed.data);
  });
  if (problems.length > 0) throw new LexiconFormatError(file, problems);
  return entries;
}
