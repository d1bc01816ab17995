/**
 * Training file for the romanised South Asian language detector used by src/signals/langid:
 * lid.176 calls Roman Urdu / romanised Hindi / Nepali "en" (or similar). Rows with `romanized: true`
 * in train/ give the positives (Roman Urdu: RUHSOLD; romanised Nepali: the Nepal corpus); other
 * Latin-script rows of train/ give `latn` (anything else written in Latin letters).
 * Usage: tsx prepare-romanized.ts <trainDir> <workDir>
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { normaliseText } from "../../../src/content/text/normalise.js";
import { romanizedFeatures } from "../../../src/signals/langid/romanized-features.js";
import { loadTrainingSet } from "./data.js";

const [trainDir, workDir] = process.argv.slice(2);
if (!trainDir || !workDir) {
  console.error("usage: tsx prepare-romanized.ts <trainDir> <workDir>");
  process.exit(2);
}
const set = loadTrainingSet(trainDir);
/** Latin-script negatives are capped so the small positive classes are not drowned. */
const MAX_LATN = 40_000;
const out: Record<string, string[]> = { train: [], dev: [] };
let latn = 0;
const counts: Record<string, number> = {};
for (const [split, rows] of [["train", set.train], ["dev", set.dev]] as const) {
  const seen = new Set<string>();
  for (const row of rows) {
    if (row.script !== "Latn") continue;
    let label: string | null = null;
    if (row.romanized && (row.lang === "ur" || row.lang === "ne")) label = row.lang;
    else if (!row.romanized && row.lang !== "ne") label = "latn";
    if (label === null) continue;
    if (label === "latn" && split === "train" && ++latn > MAX_LATN) continue;
    const f = romanizedFeatures(normaliseText(row.text).normalised);
    if (!f || seen.has(f)) continue; // the Nepal corpus repeats its neutral templates thousands of times
    seen.add(f);
    out[split].push(`__label__${label} ${f}`);
    counts[`${split}:${label}`] = (counts[`${split}:${label}`] ?? 0) + 1;
  }
}
for (const split of ["train", "dev"]) writeFileSync(join(workDir, `romanized.${split}.txt`), out[split].join("\n") + "\n");
console.log("romanized detector rows:", JSON.stringify(counts));
