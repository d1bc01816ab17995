import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LABELS } from "../../../src/taxonomy.js";
import { findTextOverlaps, pinnedOverlap, readTrainingOverlap, tfgbvFuncCases } from "../../../eval/lib/overlap.js";
import { DATASET_ID, FUNCTIONALITIES, dataLockOf, generateAll, readDataLock, type SyntheticRecord } from "./generate.js";

const HERE = "models/train/synthetic";
const LEXICONS = "models/lexicons";
const rows = generateAll(join(HERE, "templates"), LEXICONS);
const languages = Object.keys(JSON.parse(readFileSync(join(LEXICONS, "languages.json"), "utf8")) as Record<string, unknown>);
const RECORD_KEYS = ["id", "text", "lang", "script", "romanized", "dataset", "split", "labels", "target", "functionality", "orig"].sort();

/** Problems of one record against the shared-data schema (empty = valid). */
function schemaProblems(r: SyntheticRecord): string[] {
  const p: string[] = [];
  if (Object.keys(r).sort().join() !== RECORD_KEYS.join()) p.push("record keys");
  if (Object.keys(r.labels).sort().join() !== [...LABELS].sort().join()) p.push("label keys");
  if (Object.values(r.labels).some((v) => v !== 0 && v !== 1 && v !== null)) p.push("label values");
  if (r.dataset !== DATASET_ID) p.push("dataset");
  if (r.split !== "train" && r.split !== "dev") p.push("split");
  if (/\{\w+\}/.test(r.text)) p.push("unfilled slot");
  if (r.text.trim() !== r.text || r.text === "") p.push("whitespace");
  return p.map((x) => `${r.id}: ${x}`);
}

describe("synthetic generator", () => {
  it("writes records in exactly the shared-data schema", () => {
    expect(rows.flatMap(schemaProblems)).toEqual([]);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.text)).size).toBe(rows.length);
  });

  it("is deterministic", () => {
    const again = generateAll(join(HERE, "templates"), LEXICONS);
    expect(again.map((r) => JSON.stringify(r))).toEqual(rows.map((r) => JSON.stringify(r)));
  });

  it("generates exactly the rows data.lock.json pins (run `npm run gen:synthetic` after editing templates or lexicons)", () => {
    expect(dataLockOf(rows)).toEqual(readDataLock());
  });

  it("covers every lexicon language with a positive for every label and hard negatives", () => {
    const problems: string[] = [];
    for (const lang of languages) {
      const mine = rows.filter((r) => r.lang === lang);
      if (mine.length < 300) problems.push(`${lang}: only ${mine.length} rows`);
      for (const label of LABELS) if (!mine.some((r) => r.labels[label] === 1)) problems.push(`${lang}: no ${label} positive`);
      const negatives = mine.filter((r) => r.functionality.endsWith("_nh")).length;
      if (negatives / mine.length < 0.2) problems.push(`${lang}: hard negatives ${negatives}/${mine.length}`);
      for (const f of ["counter_quote_nh", "report_nh", "news_nh", "helpline_nh", "neutral_use_nh", "insult_nonprot_nh"]) {
        if (!mine.some((r) => r.functionality === f)) problems.push(`${lang}: no ${f}`);
      }
      if (!mine.some((r) => r.split === "dev")) problems.push(`${lang}: no dev rows`);
    }
    expect(problems).toEqual([]);
  });

  it("labels every row from its functionality; hard negatives are never misogyny", () => {
    const wrong = rows.filter((r) => {
      const spec = FUNCTIONALITIES[r.functionality.replace(/_obf$/, "") as keyof typeof FUNCTIONALITIES];
      return spec === undefined || JSON.stringify(r.labels) !== JSON.stringify(spec.labels);
    });
    expect(wrong.map((r) => r.id)).toEqual([]);
    expect(rows.filter((r) => r.functionality.endsWith("_nh") && r.labels.misogyny !== 0)).toEqual([]);
  });

  it("has second-writer (generator v4) files whose hate at other groups is hate, never misogyny, and benign photo talk is clean", () => {
    const files = readdirSync(join(HERE, "templates"));
    const firstWriter = files.filter((f) => !f.endsWith(".w4.json"));
    expect(firstWriter.filter((f) => !files.includes(f.replace(/\.json$/, ".w4.json")))).toEqual([]);
    const otherHate = rows.filter((r) => r.functionality === "hate_other_h");
    expect(new Set(otherHate.map((r) => r.lang)).size).toBe(languages.length);
    expect(otherHate.filter((r) => r.labels.hate !== 1 || r.labels.misogyny !== null || r.target !== "other")).toEqual([]);
    const photos = rows.filter((r) => r.functionality === "benign_photo_nh");
    expect(new Set(photos.map((r) => r.lang)).size).toBe(languages.length);
    expect(photos.filter((r) => Object.values(r.labels).some((v) => v !== 0))).toEqual([]);
  });

  it("has a template file for every lexicon language and no other", () => {
    const langs = readdirSync(join(HERE, "templates")).map((f) => JSON.parse(readFileSync(join(HERE, "templates", f), "utf8")).lang as string);
    expect([...new Set(langs)].sort()).toEqual([...languages].sort());
  });

  it("repeats only the pinned evaluation cases (eval/datasets/tfgbv-func/training-overlap.json; `npx tsx eval/overlap.ts`)", () => {
    const sources = (["train", "dev"] as const).map((split) => ({ name: `synthetic-tfgbv:${split}`, texts: rows.filter((r) => r.split === split).map((r) => r.text) }));
    const found = findTextOverlaps(tfgbvFuncCases(), sources).map((h) => `${h.id} ${h.source}`);
    expect(found).toEqual(pinnedOverlap(readTrainingOverlap(), "synthetic-tfgbv:"));
  });
});
