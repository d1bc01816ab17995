/**
 * Synthetic TFGBV training data, built the way functional test suites are built:
 * templates (models/train/synthetic/templates/<file>.json) × lexicon terms (models/lexicons/<lang>.tsv)
 * × targets, per language, for every label, with hard negatives.
 * Deterministic: the same inputs and SEED give byte-identical output.
 *
 *   npm run gen:synthetic            # writes data/synthetic.{train,dev}.jsonl and records their digests in data.lock.json
 *   npx tsx models/train/synthetic/generate.ts --ensure   # writes data/ only if missing or not what data.lock.json records
 *   npx tsx models/train/synthetic/generate.ts --stats    # rows per language and functionality; writes nothing
 * The data files are not committed (76k rows, ~40 MB, regenerated in seconds); data.lock.json is, so the rows every
 * shipped model was trained on are pinned by their sha256 and a stale lock fails the tests.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { LABELS, type Label } from "../../../src/taxonomy.js";
import { mulberry32 } from "../../../src/seeded-random.js";
import { parseLexiconTsv, type LexiconEntry } from "../../../src/classifiers/lexicon/schema.js";

export const SEED = 20261127;
export const DATASET_ID = "synthetic-tfgbv";
export const GENERATOR_VERSION = "4";
/** Rows sampled per (template file, functionality) before de-duplication. */
const ROWS_PER_FUNCTIONALITY = 70;
/** Share of slur/threat rows that also get an obfuscated copy (Latin/Cyrillic scripts). */
const OBFUSCATION_RATE = 0.2;
/** Hard negatives get more rows per functionality (there are fewer negative functionalities with slots). */
const NEGATIVE_BOOST = 1.8;
/**
 * Generalising derogation (`stereotype_h`) gets the same budget as the hard negatives built from the same slots
 * (`{women_group} {derog_pred}` against `{women_group} {neutral_pred}` / `{negneg_pred}`), so the abusive side of those
 * pairs is as frequent as each non-abusive side. Tried because the first generator-v3 build lost recall on
 * generalisations in id, si and vi; it did not restore them (eval/reports/issue7-v6/NOTES.md).
 */
const BOOSTED_POSITIVES: ReadonlySet<string> = new Set(["stereotype_h"]);
/** A functionality with at least this many templates gives one whole template to dev. */
const MIN_TEMPLATES_FOR_HELD_OUT = 4;

type LabelValue = 0 | 1 | null;
type LabelRow = Record<Label, LabelValue>;

/**
 * Functionality -> labels and target. `_h` = abusive, `_nh` = hard negative (HateCheck naming).
 * null = not determined by the template (masked in training), never guessed.
 */
const L = (v: Partial<Record<Label, LabelValue>>, rest: LabelValue): LabelRow =>
  Object.fromEntries(LABELS.map((l) => [l, l in v ? (v[l] as LabelValue) : rest])) as LabelRow;

export const FUNCTIONALITIES = {
  derog_slur_h: { target: "women", labels: L({ misogyny: 1, hate: 1, toxicity: 1, sexual_harassment: null }, 0) },
  stereotype_h: { target: "women", labels: L({ misogyny: 1, hate: 1, toxicity: null }, 0) },
  threat_h: { target: "women", labels: L({ threat: 1, misogyny: 1, hate: 1, toxicity: 1, sexual_harassment: null }, 0) },
  threat_indiv_h: { target: "men", labels: L({ threat: 1, toxicity: 1, sexual_harassment: null }, 0) },
  sexual_h: { target: "women", labels: L({ sexual_harassment: 1, misogyny: 1, toxicity: 1, hate: null }, 0) },
  sextortion_h: { target: "women", labels: L({ sextortion: 1, threat: 1, toxicity: 1, sexual_harassment: null, misogyny: null, hate: null, doxxing: null }, 0) },
  doxxing_h: { target: "women", labels: L({ doxxing: 1, toxicity: 1, threat: null, misogyny: null, hate: null }, 0) },
  insult_nonprot_nh: { target: "other", labels: L({ toxicity: 1 }, 0) },
  // Identity-based hate at groups other than women (ethnic, religious, national, migrants, disabled people, gay men),
  // generator v4: it supervises hate (and toxicity), so the hate model learns hostility at any protected group. misogyny
  // is masked, not 0: supervised as 0 (a measured trial, eval/reports/issue7-v15/NOTES.md) it did what it should on
  // Multilingual HateCheck (misogyny flags on hate at other groups: 1,925 without these rows, 885 with them) but lowered
  // recall on women-targeted abuse (functional sets 0.740 → 0.688 at the policy threshold; 0.406 → 0.363 where 5 % of
  // hard negatives are flagged).
  hate_other_h: { target: "other", labels: L({ hate: 1, toxicity: 1, misogyny: null, threat: null }, 0) },
  counter_quote_nh: { target: "women", labels: L({ toxicity: null }, 0) },
  report_nh: { target: "women", labels: L({}, 0) },
  news_nh: { target: "women", labels: L({}, 0) },
  helpline_nh: { target: "women", labels: L({}, 0) },
  reclaimed_nh: { target: "women", labels: L({ toxicity: null }, 0) },
  neutral_use_nh: { target: "none", labels: L({}, 0) },
  // Asking for, sending or talking about photos and videos where nothing is sexual or coerced (family pictures,
  // a product, an ID scan for a bank, a photographer's booking): the ordinary side of the words sextortion uses.
  benign_photo_nh: { target: "none", labels: L({}, 0) },
  // Statements about women that are not abuse. hate/toxicity are masked: in languages whose real data for those labels
  // is positive-only or absent (bn, tl, ne), hundreds of synthetic negatives taught the models "this language is not
  // toxic" and lowered natural-test recall; these rows are meant to separate misogyny from mentions of women.
  ident_pos_nh: { target: "women", labels: L({ hate: null, toxicity: null }, 0) },
  ident_neutral_nh: { target: "women", labels: L({ hate: null, toxicity: null }, 0) },
  negate_neg_nh: { target: "women", labels: L({ hate: null, toxicity: null }, 0) },
} as const satisfies Record<string, { target: string; labels: LabelRow }>;
export type Functionality = keyof typeof FUNCTIONALITIES;
const FUNCTIONALITY_NAMES = Object.keys(FUNCTIONALITIES) as Functionality[];

/** Slots a template may use; `slur`/`insult` fall back to the language's lexicon when the file does not list them. */
const LEXICON_SLOTS: Readonly<Record<string, LexiconEntry["category"]>> = { slur: "slur", insult: "insult" };
const DIGIT_SLOTS = new Set(["phone", "address"]);

const TemplateFileSchema = z.object({
  lang: z.string().regex(/^[a-z]{2,3}$/),
  script: z.string().regex(/^[A-Z][a-z]{3}$/),
  romanized: z.boolean(),
  note: z.string().optional(),
  slots: z.record(z.string(), z.array(z.string().min(1)).min(1)),
  templates: z.partialRecord(z.enum(FUNCTIONALITY_NAMES as [Functionality, ...Functionality[]]), z.array(z.string().min(1)).min(1)),
});
export type TemplateFile = z.infer<typeof TemplateFileSchema>;

export interface SyntheticRecord {
  id: string;
  text: string;
  lang: string;
  script: string;
  romanized: boolean;
  dataset: typeof DATASET_ID;
  split: "train" | "dev";
  labels: LabelRow;
  target: string;
  functionality: string;
  orig: { template: string; fillers: Record<string, string>; obfuscation?: string; generator: string };
}

const createRng = mulberry32;
const seedOf = (s: string): number => parseInt(createHash("sha256").update(s).digest("hex").slice(0, 8), 16);
const pick = <T>(rng: () => number, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];

const LATIN = /\p{Script=Latin}/u;
const isLatinSurface = (s: string): boolean => [...s].filter((c) => /\p{L}/u.test(c)).every((c) => LATIN.test(c));

/** Lexicon surfaces usable as slot fillers in this file's script (no wildcards). */
function lexiconFillers(entries: readonly LexiconEntry[], category: LexiconEntry["category"], file: TemplateFile): string[] {
  const wantLatin = file.script === "Latn";
  const out = new Set<string>();
  for (const e of entries) {
    if (e.category !== category || e.reclaimed || e.phrase) continue;
    if (category === "slur" && e.target !== "women") continue;
    // The canonical term is the form templates are written for (variants are often plurals or other cases);
    // a file in another script than the term's takes the first variant in its script.
    const surface = [e.term, ...e.variants].find((s) => !s.includes("*") && isLatinSurface(s) === wantLatin);
    if (surface !== undefined) out.add(surface);
  }
  return [...out];
}

const LEET: Readonly<Record<string, string>> = { a: "4", e: "3", i: "1", o: "0", s: "$", а: "@", о: "0" };
/** Evasion variants of one filler word, as abusers write them (the normaliser folds most back). */
function obfuscate(word: string, rng: () => number): { text: string; kind: string } {
  const chars = [...word];
  const kind = pick(rng, ["leet", "spaced", "stretched", "masked"] as const);
  if (kind === "leet") return { text: chars.map((c) => LEET[c] ?? c).join(""), kind };
  if (kind === "spaced") return { text: chars.join(" "), kind };
  if (kind === "stretched") {
    const i = chars.findIndex((c) => /[aeiouyаеиоуыя]/u.test(c));
    if (i >= 0) chars.splice(i, 1, chars[i].repeat(4));
    return { text: chars.join(""), kind };
  }
  if (chars.length > 3) chars[Math.floor(chars.length / 2)] = "*";
  return { text: chars.join(""), kind: "masked" };
}

/** Topic/object particles agree with the filler before them: 은/을 after a final consonant, 는/를 after a vowel. */
function fixKoreanParticles(text: string, fillers: readonly string[]): string {
  let out = text;
  for (const f of fillers) {
    const last = f.charCodeAt(f.length - 1);
    if (last < 0xac00 || last > 0xd7a3) continue;
    const hasFinal = (last - 0xac00) % 28 !== 0;
    const fix = { 은: hasFinal ? "은" : "는", 는: hasFinal ? "은" : "는", 을: hasFinal ? "을" : "를", 를: hasFinal ? "을" : "를" } as const;
    out = out.split(f).map((part, i) => (i > 0 && part[0] in fix ? fix[part[0] as keyof typeof fix] + part.slice(1) : part)).join(f);
  }
  return out;
}

function fillDigits(s: string, rng: () => number): string {
  return s.replace(/#/g, () => String(Math.floor(rng() * 10)));
}

function splitFor(text: string): "train" | "dev" {
  return parseInt(createHash("sha1").update(text).digest("hex").slice(0, 8), 16) % 10 < 8 ? "train" : "dev";
}

/** Generates all rows of one template file. */
export function generateForFile(fileId: string, file: TemplateFile, lexicon: readonly LexiconEntry[]): SyntheticRecord[] {
  const rng = createRng(SEED ^ seedOf(fileId));
  const slots: Record<string, string[]> = { ...file.slots };
  for (const [slot, category] of Object.entries(LEXICON_SLOTS)) {
    if (slots[slot] === undefined) slots[slot] = lexiconFillers(lexicon, category, file);
  }
  // dev holds out whole templates where a functionality has enough of them, so dev measures
  // generalisation to unseen sentence frames rather than to unseen fillers of the same frame.
  const heldOut = new Set<string>();
  const heldOutFuncs = new Set<string>();
  for (const func of FUNCTIONALITY_NAMES) {
    const n = file.templates[func]?.length ?? 0;
    if (n >= MIN_TEMPLATES_FOR_HELD_OUT) {
      heldOut.add(`${func}#${seedOf(`${fileId}:${func}`) % n}`);
      heldOutFuncs.add(func);
    }
  }
  const rows: SyntheticRecord[] = [];
  const seen = new Set<string>();
  const emit = (func: Functionality, templateKey: string, template: string, overrides: Record<string, string[]>): void => {
    const fillers: Record<string, string> = {};
    let obf: { text: string; kind: string } | undefined;
    const fill = (t: string): string => t.replace(/\{(\w+)\}/g, (_, slot: string) => {
        const values = overrides[slot] ?? slots[slot];
        if (values === undefined || values.length === 0) throw new Error(`${fileId}: template "${template}" uses unknown or empty slot {${slot}}`);
        let v = pick(rng, values);
        if (DIGIT_SLOTS.has(slot)) v = fillDigits(v, rng);
        fillers[slot] = v;
        const canObfuscate = (slot === "slur" || slot === "insult") && func.endsWith("_h") && /\p{Script=Latin}|\p{Script=Cyrillic}/u.test(v);
        if (canObfuscate && obf === undefined && rng() < OBFUSCATION_RATE) {
          obf = obfuscate(v.toLowerCase(), rng);
          return obf.text;
        }
        return v;
      });
    let text = template;
    // Fillers may contain slots themselves (e.g. a doxxing phrase with {address}); two levels suffice.
    for (let depth = 0; depth < 3 && /\{\w+\}/.test(text); depth++) text = fill(text);
    text = text.replace(/\s+/g, " ").trim();
    if (file.lang === "ko") text = fixKoreanParticles(text, Object.values(fillers));
    const articled = file.lang === "en" ? text.replace(/\b([Aa]) ([aeiouAEIOU])/g, "$1n $2") : text;
    const finalText = articled.charAt(0).toLocaleUpperCase(file.lang) + articled.slice(1);
    // Rows that differ only in generated digits (phone numbers, house numbers) are one case, not many.
    const key = finalText.replace(/\d/g, "0");
    if (seen.has(key)) return;
    seen.add(key);
    const spec = FUNCTIONALITIES[func];
    rows.push({
      id: "",
      text: finalText,
      lang: file.lang,
      script: file.script,
      romanized: file.romanized,
      dataset: DATASET_ID,
      split: heldOut.has(templateKey) ? "dev" : heldOut.size > 0 && heldOutFuncs.has(func) ? "train" : splitFor(finalText),
      labels: { ...spec.labels },
      target: spec.target,
      functionality: obf ? `${func}_obf` : func,
      orig: { template: templateKey, fillers, ...(obf ? { obfuscation: obf.kind } : {}), generator: GENERATOR_VERSION },
    });
  };
  for (const func of FUNCTIONALITY_NAMES) {
    const templates = file.templates[func];
    if (templates === undefined) continue;
    const budget = func.endsWith("_nh") || BOOSTED_POSITIVES.has(func) ? ROWS_PER_FUNCTIONALITY * NEGATIVE_BOOST : ROWS_PER_FUNCTIONALITY;
    const perTemplate = Math.max(1, Math.ceil(budget / templates.length));
    templates.forEach((template, ti) => {
      const n = /\{\w+\}/.test(template) ? perTemplate : 1;
      for (let k = 0; k < n * 2 && rows.filter((r) => r.orig.template === `${func}#${ti}`).length < n; k++) {
        emit(func, `${func}#${ti}`, template, {});
      }
    });
    // Threats addressed by name are re-used against men: threat stays 1, misogyny/hate become 0.
    if (func === "threat_h" && slots.man_name !== undefined) {
      templates.forEach((template, ti) => {
        if (!template.includes("{name}") || /\{(woman|slur)\}/.test(template)) return;
        for (let k = 0; k < 6; k++) emit("threat_indiv_h", `threat_h#${ti}`, template, { name: slots.man_name });
      });
    }
  }
  rows.forEach((r, i) => {
    r.id = `${DATASET_ID}:${fileId}:${String(i).padStart(5, "0")}`;
  });
  return rows;
}

export function loadTemplateFile(path: string): TemplateFile {
  const parsed = TemplateFileSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return parsed.data;
}

/** The lexicon a template file's `{slur}`/`{insult}` slots draw on. */
export function loadLexicon(lexiconDir: string, lang: string): LexiconEntry[] {
  const path = join(lexiconDir, `${lang}.tsv`);
  return parseLexiconTsv(path, readFileSync(path, "utf8"));
}

export function generateAll(templatesDir: string, lexiconDir: string): SyntheticRecord[] {
  const all: SyntheticRecord[] = [];
  for (const f of readdirSync(templatesDir).filter((x) => x.endsWith(".json")).sort()) {
    const file = loadTemplateFile(join(templatesDir, f));
    all.push(...generateForFile(f.replace(/\.json$/, ""), file, loadLexicon(lexiconDir, file.lang)));
  }
  // A text generated for two files keeps its first row only.
  const seen = new Set<string>();
  return all.filter((r) => (seen.has(r.text) ? false : (seen.add(r.text), true)));
}

const HERE = dirname(fileURLToPath(import.meta.url));
export const LEXICON_DIR = join(HERE, "../../lexicons");
const DATA_DIR = join(HERE, "data");
export const DATA_LOCK = join(HERE, "data.lock.json");
const SPLITS = ["train", "dev"] as const;
type Split = (typeof SPLITS)[number];
const dataPath = (split: Split): string => join(DATA_DIR, `synthetic.${split}.jsonl`);

/** Each split's file content, exactly as written to data/. */
function serialiseSplits(rows: readonly SyntheticRecord[]): Record<Split, string> {
  return Object.fromEntries(SPLITS.map((s) => [s, rows.filter((r) => r.split === s).map((r) => JSON.stringify(r)).join("\n") + "\n"])) as Record<Split, string>;
}

interface DataLock {
  generator: string;
  rows: Record<Split, number>;
  sha256: Record<Split, string>;
}
const sha256 = (text: string): string => createHash("sha256").update(text).digest("hex");
/** The lock the given rows write: generator version, rows and sha256 per split (the test compares it with data.lock.json). */
export function dataLockOf(rows: readonly SyntheticRecord[], text = serialiseSplits(rows)): DataLock {
  return {
    generator: GENERATOR_VERSION,
    rows: Object.fromEntries(SPLITS.map((s) => [s, rows.filter((r) => r.split === s).length])) as Record<Split, number>,
    sha256: Object.fromEntries(SPLITS.map((s) => [s, sha256(text[s])])) as Record<Split, string>,
  };
}
export const readDataLock = (): DataLock => JSON.parse(readFileSync(DATA_LOCK, "utf8")) as DataLock;
const generateProjectData = (): SyntheticRecord[] => generateAll(join(HERE, "templates"), LEXICON_DIR);

function writeData(text: Record<Split, string>): void {
  mkdirSync(DATA_DIR, { recursive: true });
  for (const split of SPLITS) writeFileSync(dataPath(split), text[split]);
}

/**
 * The paths of the synthetic data files, (re)generated when missing or different from what data.lock.json records.
 * Throws when the templates or lexicons no longer generate the locked rows (run `npm run gen:synthetic`, then retrain
 * what uses them): offline scripts must not silently train or fit on other rows than the shipped models saw.
 */
export function ensureSyntheticData(): Record<Split, string> {
  const lock = readDataLock();
  const current = SPLITS.every((s) => existsSync(dataPath(s)) && sha256(readFileSync(dataPath(s), "utf8")) === lock.sha256[s]);
  if (!current) {
    const rows = generateProjectData();
    const text = serialiseSplits(rows);
    const now = dataLockOf(rows, text);
    const stale = SPLITS.filter((s) => now.sha256[s] !== lock.sha256[s]);
    if (stale.length) throw new Error(`synthetic data: the templates or lexicons no longer generate what ${DATA_LOCK} records (${stale.join(", ")}); run \`npm run gen:synthetic\``);
    writeData(text);
  }
  return { train: dataPath("train"), dev: dataPath("dev") };
}

function main(): void {
  if (process.argv.includes("--ensure")) {
    const paths = ensureSyntheticData();
    console.log(`synthetic data matches ${DATA_LOCK}: ${paths.train}, ${paths.dev}`);
    return;
  }
  const rows = generateProjectData();
  const statsOnly = process.argv.includes("--stats");
  if (!statsOnly) {
    const text = serialiseSplits(rows);
    writeData(text);
    writeFileSync(DATA_LOCK, JSON.stringify(dataLockOf(rows, text), null, 2) + "\n");
  }
  const byLang = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const key = `${r.lang}${r.romanized ? "-latn" : ""}`;
    const m = byLang.get(key) ?? new Map<string, number>();
    const f = r.functionality.replace(/_obf$/, "");
    m.set(f, (m.get(f) ?? 0) + 1);
    byLang.set(key, m);
  }
  console.log(`rows: ${rows.length} (train ${rows.filter((r) => r.split === "train").length}, dev ${rows.filter((r) => r.split === "dev").length})`);
  for (const [lang, m] of [...byLang].sort()) {
    const total = [...m.values()].reduce((a, b) => a + b, 0);
    console.log(`${lang.padEnd(8)} ${String(total).padStart(5)}  ${statsOnly ? [...m].map(([f, n]) => `${f}=${n}`).join(" ") : ""}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
