import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { LABELS } from "../../../src/taxonomy.js";
import { buildAll, datasetPath, LANGUAGES, toJsonl } from "./build.js";
import { isAbusiveCase, loadTfgbvFunc } from "./load.js";

const labelValue = z.union([z.literal(0), z.literal(1), z.null()]);
const RECORD = z.strictObject({
  id: z.string().min(1),
  text: z.string().min(1),
  lang: z.string().regex(/^[a-z]{2,3}$/),
  script: z.string().regex(/^[A-Z][a-z]{3}$/),
  romanized: z.boolean(),
  dataset: z.string().regex(/^tfgbv-func-[a-z]{2,3}$/),
  split: z.literal("test"),
  labels: z.strictObject(Object.fromEntries(LABELS.map((l) => [l, labelValue])) as Record<(typeof LABELS)[number], typeof labelValue>),
  target: z.enum(["women", "men", "lgbtq", "race", "religion", "origin", "disability", "other", "none"]).nullable(),
  functionality: z.string().regex(/^[a-z_]+_(h|nh)$/),
  orig: z.strictObject({ template: z.string(), pack: z.string(), derived_from: z.string().optional() }),
});
type Rec = z.infer<typeof RECORD>;

/** Scripts the 23 languages use, as Unicode script properties (ISO 15924 code -> regex). */
const SCRIPT_RE: Record<string, RegExp> = {
  Latn: /\p{Script=Latin}/u,
  Cyrl: /\p{Script=Cyrillic}/u,
  Arab: /\p{Script=Arabic}/u,
  Deva: /\p{Script=Devanagari}/u,
  Beng: /\p{Script=Bengali}/u,
  Sinh: /\p{Script=Sinhala}/u,
  Taml: /\p{Script=Tamil}/u,
  Thai: /\p{Script=Thai}/u,
  Khmr: /\p{Script=Khmer}/u,
  Hang: /\p{Script=Hangul}/u,
  Hans: /\p{Script=Han}/u,
};

/** Dominant script of a text: the script with most letters (as DATA.md detects it per row). */
function detectScript(text: string): string {
  const counts = new Map<string, number>();
  for (const ch of text) {
    if (!/\p{L}/u.test(ch)) continue;
    const code = Object.keys(SCRIPT_RE).find((k) => SCRIPT_RE[k].test(ch)) ?? "Zzzz";
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "Zyyy";
}

/** Languages normally written in a non-Latin script: Latin text in them is romanised. */
const NON_LATIN = new Set(["ko", "bn", "ar", "ru", "kk", "ky", "ne", "hi", "ur", "si", "ta", "th", "km", "zh"]);
/** Languages commonly written in Latin letters online: each must carry a romanised part. */
const ROMANISED_REQUIRED = ["hi", "ur", "bn", "ne", "ar"];
const GENDERED: (typeof LABELS)[number][] = ["misogyny", "sexual_harassment", "sextortion", "threat"];
const TARGETED: (typeof LABELS)[number][] = ["misogyny", "sexual_harassment", "threat", "sextortion", "doxxing", "hate"];

const readRecords = (lang: string): Rec[] =>
  readFileSync(datasetPath(lang), "utf8")
    .split("\n")
    .filter((l) => l.length > 0)
    .map((l) => RECORD.parse(JSON.parse(l)));

const ALL = new Map<string, Rec[]>(LANGUAGES.map((lang) => [lang, readRecords(lang)]));

describe("tfgbv-func evaluation sets", () => {
  it("has one file for each of the 23 languages, and every record is in the shared-data schema", () => {
    expect(LANGUAGES).toHaveLength(23);
    for (const [lang, records] of ALL) {
      expect(records.length, lang).toBeGreaterThanOrEqual(120);
      expect(records.length, lang).toBeLessThanOrEqual(400);
      for (const r of records) {
        expect(r.lang).toBe(lang);
        expect(r.dataset).toBe(`tfgbv-func-${lang}`);
        expect(r.id.startsWith(`${r.dataset}:`)).toBe(true);
      }
    }
  });

  it("loads through the harness loader, which rejects unknown languages by listing the known ones", () => {
    expect(loadTfgbvFunc("sw").length).toBe(ALL.get("sw")!.length);
    expect(loadTfgbvFunc("ko").filter(isAbusiveCase).length).toBe(ALL.get("ko")!.filter((r) => r.functionality.endsWith("_h")).length);
    expect(() => loadTfgbvFunc("xx")).toThrow(/available: ko, id/);
  });

  it("is in sync with the generator (rerun build.ts after editing a pack)", () => {
    const built = buildAll();
    expect([...built.keys()].sort()).toEqual([...LANGUAGES].sort());
    for (const [lang, records] of built) expect(readFileSync(datasetPath(lang), "utf8"), lang).toBe(toJsonl(records));
  });

  it("has unique ids and unique texts across all files (no case counts twice, even across languages)", () => {
    const all = [...ALL.values()].flat();
    const ids = all.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const seen = new Map<string, string>();
    const dups: string[] = [];
    for (const r of all) {
      const key = r.text.toLowerCase();
      if (seen.has(key)) dups.push(`${seen.get(key)} = ${r.id}`);
      else seen.set(key, r.id);
    }
    expect(dups).toEqual([]);
  });

  it("keeps text clean: NFC, trimmed, no unfilled template slot", () => {
    for (const r of [...ALL.values()].flat()) {
      expect(r.text, r.id).toBe(r.text.normalize("NFC").trim());
      expect(r.text, r.id).not.toMatch(/\{[A-Z]\}/);
    }
  });

  it("tags each row with the script its text is written in, and romanized only where it applies", () => {
    for (const r of [...ALL.values()].flat()) {
      expect(`${r.id} ${detectScript(r.text)}`).toBe(`${r.id} ${r.script}`);
      expect(r.romanized, r.id).toBe(r.script === "Latn" && NON_LATIN.has(r.lang));
    }
    for (const lang of ROMANISED_REQUIRED) {
      const rom = ALL.get(lang)!.filter((r) => r.romanized);
      const native = ALL.get(lang)!.filter((r) => !r.romanized);
      expect(rom.length, lang).toBeGreaterThanOrEqual(60);
      expect(native.length, lang).toBeGreaterThanOrEqual(60);
    }
  });

  it("gives every language women-targeted abuse, each TFGBV functionality, and hard negatives", () => {
    for (const [lang, records] of ALL) {
      const abusiveWomen = records.filter((r) => r.target === "women" && GENDERED.some((l) => r.labels[l] === 1));
      const hardNegatives = records.filter((r) => r.functionality.endsWith("_nh") && r.target === "women");
      const abusive = records.filter((r) => r.functionality.endsWith("_h"));
      expect(abusiveWomen.length, lang).toBeGreaterThanOrEqual(50);
      expect(hardNegatives.length, lang).toBeGreaterThanOrEqual(40);
      const share = abusive.length / records.length;
      expect(share, lang).toBeGreaterThan(0.4);
      expect(share, lang).toBeLessThan(0.65);
      const fns = new Set(records.map((r) => r.functionality));
      for (const f of [
        "derog_women_h", "slur_women_h", "threat_women_h", "threat_dir_h", "sexual_harass_h", "sextortion_h",
        "doxxing_h", "obf_spacing_h", "obf_zwsp_h", "obf_mask_h", "obf_punct_h", "counter_quote_nh", "negate_neg_nh",
        "survivor_report_nh", "news_nh", "helpline_nh", "ident_neutral_nh", "ident_pos_nh", "profanity_nh",
        "nonprotected_target_nh", "benign_photo_nh", "benign_contact_nh",
      ]) expect(fns.has(f), `${lang} ${f}`).toBe(true);
    }
  });

  it("labels abusive cases positive on what they decide and never marks a non-abusive case abusive", () => {
    for (const r of [...ALL.values()].flat()) {
      const positives = TARGETED.filter((l) => r.labels[l] === 1);
      if (r.functionality.endsWith("_h")) {
        expect(positives.length, r.id).toBeGreaterThan(0);
        expect(r.labels.toxicity, r.id).toBe(1);
        expect(r.target, r.id).toBe("women");
      } else {
        expect(positives, r.id).toEqual([]);
      }
      if (r.functionality === "sextortion_h") expect(r.labels.sextortion, r.id).toBe(1);
      if (r.functionality === "doxxing_h") expect(r.labels.doxxing, r.id).toBe(1);
      if (r.functionality === "sexual_harass_h") expect(r.labels.sexual_harassment, r.id).toBe(1);
      if (r.functionality.startsWith("threat_")) expect(r.labels.threat, r.id).toBe(1);
    }
  });

  it("derives each obfuscated or quoted case from a real case of the same file, with changed text", () => {
    for (const records of ALL.values()) {
      const byId = new Map(records.map((r) => [r.id, r]));
      for (const r of records.filter((x) => x.orig.derived_from)) {
        const src = byId.get(r.orig.derived_from!);
        expect(src, r.id).toBeDefined();
        expect(r.text).not.toBe(src!.text);
        if (r.functionality.startsWith("obf_")) expect(r.labels, r.id).toEqual(src!.labels);
        if (r.functionality === "counter_quote_nh") expect(src!.functionality.endsWith("_h"), r.id).toBe(true);
      }
    }
  });
});

// Independence from shared data: no case may repeat a text of the public suites or of the training sets.
const SHARED = resolve(import.meta.dirname, "../../../../shared/data");
const sharedFiles = (): string[] =>
  ["train", "suites"].flatMap((d) =>
    existsSync(join(SHARED, d)) ? readdirSync(join(SHARED, d)).filter((f) => f.endsWith(".jsonl.gz")).map((f) => join(SHARED, d, f)) : [],
  );

describe.skipIf(sharedFiles().length === 0)("tfgbv-func independence from ../shared/data", () => {
  it("shares no text with the shared train/ and suites/ files", () => {
    const ours = new Set([...ALL.values()].flat().map((r) => r.text.toLowerCase().replace(/\s+/g, " ")));
    const hits: string[] = [];
    for (const file of sharedFiles()) {
      for (const line of gunzipSync(readFileSync(file)).toString("utf8").split("\n")) {
        if (!line) continue;
        const text = (JSON.parse(line) as { text: string }).text.toLowerCase().replace(/\s+/g, " ");
        if (ours.has(text)) hits.push(file);
      }
    }
    expect(hits).toEqual([]);
  });
});
