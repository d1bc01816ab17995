import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { LABELS, type Label, type LabelScores } from "../../taxonomy.js";
import type { ClassifierResult, PreparedText, Span, TextClassifier } from "../types.js";
import { normaliseText } from "../../content/text/normalise.js";
import { AhoCorasick } from "./aho-corasick.js";
import { analyseFraming, isNegated, type CueHit, type FramingAnalysis } from "./framing.js";
import {
  FRAME_CATEGORIES,
  isCueCategory,
  LanguagesFileSchema,
  LexiconFormatError,
  parseLexiconTsv,
  type LanguageInfo,
  type Lexicon,
  type LexiconEntry,
} from "./schema.js";

/** Score contribution of one match by severity (1..3) before discounts. */
export const SEVERITY_WEIGHT: Readonly<Record<number, number>> = Object.freeze({ 1: 0.35, 2: 0.6, 3: 0.85 });
/** Multiplier for terms flagged as commonly reclaimed or commonly used in a neutral sense. */
export const AMBIGUOUS_TERM_FACTOR = 0.5;
/** Multiplier when counter-speech / reporting / news / helpline cues are within CONTEXT_WINDOW_CHARS. */
export const CONTEXT_CUE_FACTOR = 0.35;
/*
 * A hit in a framed text (reported, quoted, condemned, news, helpline; no direct address) or right next to a
 * negation is a mention, not a use: it adds no evidence for the FRAMED_LABELS (not even a small discounted amount:
 * the fusion reads logit(score), where any hit at all stands far from "no hit"). Its span is still reported, with
 * weight 0 and the reason in its source.
 */
/**
 * Labels a mention is discounted for: the gendered-abuse labels. hate and toxicity keep the older, milder cue discount
 * (CONTEXT_CUE_FACTOR): their natural data is often political speech that talks about courts, police and the news.
 */
export const FRAMED_LABELS: ReadonlySet<Label> = new Set<Label>(["misogyny", "sexual_harassment", "threat", "sextortion", "doxxing"]);
export const CONTEXT_WINDOW_CHARS = 80;
/** Terms from another language's lexicon count only when this long (normalised code units) and unambiguous. */
export const CROSS_LANGUAGE_MIN_LENGTH = 4;
export const CROSS_LANGUAGE_MIN_SEVERITY = 2;
/** Languages that share vocabulary closely enough that their lexicons apply to each other in full. */
export const LANGUAGE_GROUPS: readonly (readonly string[])[] = [
  ["hi", "ur", "ne", "bn"], // Hindustani / romanised South Asian abuse vocabulary overlaps heavily
  ["id", "ms"],
  ["kk", "ky", "ru"], // Central Asian text mixes in Russian
];
const MAX_SCORE = 0.99;
/** Cue categories that count only in the text's own language group (short function words: "you", "not"). */
const OWN_LANGUAGE_CUES: ReadonlySet<string> = new Set(["cue_news", "cue_helpline", "cue_negation", "cue_direct"]);

/** One accepted lexicon hit, in ORIGINAL offsets. */
export interface LexiconMatch {
  entry: LexiconEntry;
  language: string;
  start: number;
  end: number;
}

export interface LexiconClassifierOptions {
  /**
   * Normaliser applied to lexicon terms; must be the one that produced PreparedText.normalised.
   * Default: the service's normaliseText (src/content/text/normalise.ts).
   */
  normaliseTerm?: (term: string) => string;
  id?: string;
  version?: string;
  /** Folder of framing-cue TSVs (models/framing/<lang>.tsv, same format and languages.json) loaded beside the lexicons. */
  framingDir?: string;
}

interface CompiledPattern {
  entry: LexiconEntry;
  language: string;
  boundary: LanguageInfo["boundary"];
  proclitics: ReadonlySet<string>;
  checkLeft: boolean;
  checkRight: boolean;
  crossLanguage: boolean;
}

/** One searchable form of the text: the string the automaton runs on and its map back to the original. */
interface TextForm {
  text: string;
  offsets: ArrayLike<number>;
}

/** Patterns compiled for one text form. */
class PatternSet {
  readonly patterns: CompiledPattern[] = [];
  private readonly surfaces: string[] = [];
  private readonly seen = new Set<string>();
  private automaton: AhoCorasick | undefined;

  add(lex: Lexicon, entry: LexiconEntry, raw: string, normalise: (s: string) => string, proclitics: ReadonlySet<string>): void {
    const leadingStar = raw.startsWith("*");
    const trailingStar = raw.endsWith("*") && raw.length > 1;
    const surface = normalise(raw.replace(/^\*/, "").replace(/\*$/, "")).trim();
    const key = `${lex.language}\u0000${entry.term}\u0000${surface}\u0000${leadingStar}${trailingStar}`;
    if (surface === "" || this.seen.has(key)) return;
    this.seen.add(key);
    this.surfaces.push(surface);
    this.patterns.push({
      entry,
      language: lex.language,
      boundary: lex.info.boundary,
      proclitics,
      checkLeft: !leadingStar && needsBoundary(lex.info.boundary, "left", surface[0]),
      checkRight: !trailingStar && needsBoundary(lex.info.boundary, "right", surface[surface.length - 1]),
      crossLanguage:
        !isCueCategory(entry.category) &&
        entry.severity >= CROSS_LANGUAGE_MIN_SEVERITY &&
        !entry.neutralUse &&
        !entry.reclaimed &&
        surface.length >= CROSS_LANGUAGE_MIN_LENGTH,
    });
  }

  get size(): number {
    return this.surfaces.length;
  }

  search(form: TextForm, group: readonly string[], out: LexiconMatch[], seen: Set<string>): void {
    if (this.surfaces.length === 0) return;
    this.automaton ??= new AhoCorasick(this.surfaces);
    const text = form.text;
    for (const m of this.automaton.search(text)) {
      const p = this.patterns[m.pattern];
      const sameLanguage = group.includes(p.language);
      const cue = isCueCategory(p.entry.category);
      if (!sameLanguage && !p.crossLanguage && !cue) continue;
      if (!sameLanguage && OWN_LANGUAGE_CUES.has(p.entry.category)) continue;
      if (!sameLanguage && cue && p.boundary === "none") continue;
      if (p.checkLeft && isWordAt(text, m.start - 1) && !hasProclitic(text, m.start, p.proclitics)) continue;
      if (p.checkRight && isWordAt(text, m.end)) continue;
      const start = form.offsets[m.start] ?? m.start;
      const end = form.offsets[m.end] ?? m.end;
      const key = `${p.language}\u0000${p.entry.term}\u0000${start}\u0000${end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ entry: p.entry, language: p.language, start, end });
    }
  }
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const isWordAt = (text: string, i: number): boolean => i >= 0 && i < text.length && WORD_CHAR.test(text[i]);
/** Scripts written without spaces between words: substring matching at their edges, whatever the language. */
const SPACELESS_SCRIPT = /[\p{Script=Han}\p{Script=Thai}\p{Script=Khmer}\p{Script=Lao}\p{Script=Myanmar}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** A Latin/Cyrillic/... edge (e.g. a pinyin initialism in the Chinese lexicon) keeps its word boundary even in a `none` language. */
function needsBoundary(boundary: LanguageInfo["boundary"], side: "left" | "right", edge: string): boolean {
  if (SPACELESS_SCRIPT.test(edge)) return false;
  if (boundary === "none") return true;
  return side === "left" || boundary === "word";
}
function hasProclitic(text: string, start: number, proclitics: ReadonlySet<string>): boolean {
  if (proclitics.size === 0) return false;
  let k = start;
  while (k > 0 && isWordAt(text, k - 1)) k--;
  return proclitics.has(text.slice(k, start));
}
const defaultNormalise = (s: string): string => normaliseText(s).normalised;
/** Diacritic-preserving form for languages where accents carry meaning (vi: "đĩ" vs "đi"). */
const lightNormalise = (s: string): string => s.normalize("NFC").toLowerCase();

/** Lower-cased original with a per-code-unit map back to it (no folding: keeps tones and accents). */
function lightForm(original: string): TextForm {
  let text = "";
  const offsets: number[] = [];
  for (let i = 0; i < original.length; ) {
    const cp = original.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const lower = String.fromCodePoint(cp).toLowerCase();
    for (let k = 0; k < lower.length; k++) offsets.push(i);
    text += lower;
    i += width;
  }
  offsets.push(original.length);
  return { text, offsets };
}

/**
 * Multilingual lexicon matcher: Aho-Corasick automata over every language's terms (one on the
 * normalised text, one on a diacritic-preserving form for languages that need it), word boundaries
 * per script, scores from severity discounted for ambiguous terms and for nearby counter-speech /
 * reporting cues, spans in ORIGINAL offsets.
 * Example:
 *   const lex = await LexiconClassifier.load("models/lexicons", { framingDir: "models/framing" });
 *   const [r] = await lex.classify([prepared]); // { scores: { misogyny: 0.85, ... }, spans: [...] }
 */
export class LexiconClassifier implements TextClassifier {
  readonly id: string;
  readonly version: string;
  readonly labels: readonly Label[] = LABELS;
  readonly languages: readonly string[];
  private readonly normalised = new PatternSet();
  private readonly light = new PatternSet();
  private readonly negationSide = new Map<string, "before" | "after">();
  private readonly lastMatches = new WeakMap<PreparedText, LexiconMatch[]>();
  /** Normalised surface forms of the abusive terms (not the framing cues), for resolving masked spellings. */
  private readonly terms = new Set<string>();

  constructor(lexicons: readonly Lexicon[], options: LexiconClassifierOptions = {}) {
    const normalise = options.normaliseTerm ?? defaultNormalise;
    this.id = options.id ?? "lexicon";
    this.version = options.version ?? "dev";
    this.languages = [...new Set(lexicons.map((l) => l.language))];
    for (const lex of lexicons) {
      this.negationSide.set(lex.language, lex.info.negation);
      const significant = lex.info.diacritics === "significant";
      const set = significant ? this.light : this.normalised;
      const norm = significant ? lightNormalise : normalise;
      const proclitics = new Set(lex.info.proclitics.map(norm));
      for (const entry of lex.entries) {
        for (const raw of [entry.term, ...entry.variants]) {
          set.add(lex, entry, raw, norm, proclitics);
          if (!isCueCategory(entry.category)) this.terms.add(defaultNormalise(raw));
        }
      }
    }
  }

  /** The abusive terms and variants, normalised: a masked spelling of one of them ("b*tch") is read as it. */
  maskWords(): Iterable<string> {
    return this.terms;
  }

  /** Number of compiled surface patterns (terms + variants), for diagnostics. */
  get patternCount(): number {
    return this.normalised.size + this.light.size;
  }

  /** Reads `languages.json` and every `<lang>.tsv` in `dir`; all format problems are reported at once. */
  static async load(dir: string, options: LexiconClassifierOptions = {}): Promise<LexiconClassifier> {
    const languagesText = await readFile(join(dir, "languages.json"), "utf8");
    const parsed = LanguagesFileSchema.safeParse(JSON.parse(languagesText));
    if (!parsed.success) {
      throw new LexiconFormatError("languages.json", parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
    }
    const hash = createHash("sha256").update(languagesText);
    const lexicons: Lexicon[] = [];
    const problems: string[] = [];
    const readFolder = async (folder: string, prefix: string) => {
      for (const file of (await readdir(folder)).filter((f) => f.endsWith(".tsv")).sort()) {
        const language = file.slice(0, -4);
        const info = parsed.data[language];
        if (info === undefined) {
          problems.push(`${prefix}${file}: language "${language}" is not described in languages.json`);
          continue;
        }
        const text = await readFile(join(folder, file), "utf8");
        hash.update(prefix + file).update(text);
        try {
          lexicons.push({ language, info, entries: parseLexiconTsv(prefix + file, text) });
        } catch (err) {
          if (err instanceof LexiconFormatError) problems.push(...err.problems);
          else throw err;
        }
      }
    };
    await readFolder(dir, "");
    if (lexicons.length === 0) problems.push("no <lang>.tsv lexicon files found");
    if (options.framingDir) {
      const before = lexicons.length;
      await readFolder(options.framingDir, "framing/");
      const stray = lexicons.slice(before).filter((l) => l.entries.some((e) => !isCueCategory(e.category)));
      for (const l of stray) problems.push(`framing/${l.language}.tsv: only cue_* categories belong in framing files`);
    }
    if (problems.length > 0) throw new LexiconFormatError(dir, problems);
    return new LexiconClassifier(lexicons, { ...options, version: options.version ?? hash.digest("hex").slice(0, 12) });
  }

  /** Every accepted hit, in ORIGINAL offsets. `text.language` (caller hint or LID) selects the full lexicon; others contribute only unambiguous severe terms. */
  match(text: PreparedText): LexiconMatch[] {
    // The lexicon and the framing component look at the same PreparedText objects of a batch: match once.
    let cached = this.lastMatches.get(text);
    if (!cached) this.lastMatches.set(text, (cached = this.matchUncached(text)));
    return cached;
  }

  private matchUncached(text: PreparedText): LexiconMatch[] {
    const group = LANGUAGE_GROUPS.find((g) => g.includes(text.language)) ?? [text.language];
    const out: LexiconMatch[] = [];
    const seen = new Set<string>();
    this.normalised.search({ text: text.normalised, offsets: text.offsets }, group, out, seen);
    if (this.light.size > 0) this.light.search(lightForm(text.original), group, out, seen);
    // The text's own lexicon decides about its own words: a foreign entry for the same span (es "puta"
    // in Brazilian Portuguese, where it is mostly an interjection and flagged as such) is dropped.
    const own = out.filter((m) => group.includes(m.language));
    return out.filter((m) => group.includes(m.language) || !own.some((o) => o.start === m.start && o.end === m.end));
  }

  async classify(texts: readonly PreparedText[]): Promise<ClassifierResult[]> {
    return texts.map((t) => this.classifyOne(t));
  }

  /** How the text frames its abusive words (see framing.ts); the framing component passes this on to fusion. */
  frame(text: PreparedText, matches: readonly LexiconMatch[] = this.match(text)): FramingAnalysis {
    return analyseFraming(text.original, this.cueHits(matches));
  }

  private cueHits(matches: readonly LexiconMatch[]): CueHit[] {
    return matches
      .filter((m) => isCueCategory(m.entry.category))
      .map((m) => ({ start: m.start, end: m.end, category: m.entry.category, negation: this.negationSide.get(m.language) }));
  }

  classifyOne(text: PreparedText): ClassifierResult {
    const matches = this.match(text);
    const cues = matches.filter((m) => FRAME_CATEGORIES.has(m.entry.category));
    const terms = dropContained(matches.filter((m) => !isCueCategory(m.entry.category) && m.entry.labels.length > 0));
    const framing = terms.length > 0 ? this.frame(text, matches) : null;
    const weighted: { m: LexiconMatch; w: number; nearCue: boolean; mention: string | null }[] = [];
    for (const m of terms) {
      let w = SEVERITY_WEIGHT[m.entry.severity] ?? SEVERITY_WEIGHT[1];
      if (m.entry.reclaimed || m.entry.neutralUse) w *= AMBIGUOUS_TERM_FACTOR;
      const mention = framing!.framed ? `framed:${framing!.kinds.join("+")}` : isNegated(m, framing!.negations) ? "negated" : null;
      const nearCue =
        (cues.length > 0 && framing!.quotes.some((q) => q.start <= m.start && m.end <= q.end)) ||
        cues.some((c) => (c.end <= m.start || c.start >= m.end) && c.end >= m.start - CONTEXT_WINDOW_CHARS && c.start <= m.end + CONTEXT_WINDOW_CHARS);
      weighted.push({ m, w, nearCue, mention });
    }
    // Noisy-or per label over independent evidence: overlapping hits (the same words matched by two
    // entries or two languages' lexicons) and repeated variants of one entry count once, at the larger
    // weight. Evidence near a counter-speech/reporting cue is combined separately and the combination
    // is discounted once, so a quoted threat made of several phrases stays quoted speech. A mention (framed
    // text, negated hit) adds nothing for the FRAMED_LABELS; its span says why.
    weighted.sort((a, b) => b.w - a.w);
    const plain = new Map<Label, number>(); // label -> product of (1 - weight), no cue nearby
    const quoted = new Map<Label, number>(); // same, for hits near a cue
    const taken = new Map<Label, { start: number; end: number; entry: LexiconEntry }[]>();
    const spans: Span[] = [];
    for (const { m, w, nearCue, mention } of weighted) {
      for (const label of m.entry.labels) {
        const used = taken.get(label) ?? [];
        if (used.some((u) => u.entry === m.entry || (u.start < m.end && m.start < u.end))) continue;
        used.push({ start: m.start, end: m.end, entry: m.entry });
        taken.set(label, used);
        const labelMention = mention !== null && FRAMED_LABELS.has(label) ? mention : null;
        if (labelMention) {
          spans.push({ start: m.start, end: m.end, label, weight: 0, source: `lexicon:${m.language};${labelMention}` });
          continue;
        }
        const bucket = nearCue ? quoted : plain;
        bucket.set(label, (bucket.get(label) ?? 1) * (1 - w));
        spans.push({ start: m.start, end: m.end, label, weight: round(nearCue ? w * CONTEXT_CUE_FACTOR : w), source: `lexicon:${m.language}` });
      }
    }
    const keep = new Map<Label, number>();
    for (const label of LABELS) {
      const quotedScore = (1 - (quoted.get(label) ?? 1)) * CONTEXT_CUE_FACTOR;
      keep.set(label, (plain.get(label) ?? 1) * (1 - quotedScore));
    }
    const scores: LabelScores = {};
    for (const label of LABELS) scores[label] = round(Math.min(MAX_SCORE, 1 - (keep.get(label) ?? 1)));
    spans.sort((a, b) => a.start - b.start || b.weight - a.weight);
    return { scores, spans };
  }
}

/** Longest match wins: a hit strictly inside a longer hit ("puta" in "hijo de puta") is dropped. */
function dropContained(matches: LexiconMatch[]): LexiconMatch[] {
  return matches.filter(
    (m) => !matches.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start),
  );
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;
