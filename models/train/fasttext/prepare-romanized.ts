/**
 * Training file for the romanised South Asian language detector used by src/signals/langid:
 * lid.176 calls Roman Urdu / romanised Hindi / Nepali "en" (or similar). Rows with `romanized: true`
 * in train/ give the positives (Roman Urdu: RUHSOLD; romanised Nepali: the Nepal corpus); other
 * Latin-script rows of train/ give `latn` (anything else written in Latin letters).
 * With project-written synthetic rows (extra files), their romanised hi/bn/ur/ne/ar rows add positives and
 * their Latin-script rows (id, ms, sw, tl, vi, es, it, ...) add the negatives train/ lacks.
 * Usage: tsx prepare-romanized.ts <trainDir> <workDir> [extra.jsonl ...]
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { normaliseText } from "../../../src/content/text/normalise.js";
import { NATIVE_LATIN_CLASSES, ROMANIZED_CLASSES } from "../../../src/signals/langid/language-identifier.js";
import { romanizedFeatures } from "../../../src/signals/langid/romanized-features.js";
import { loadTrainingSet, readJsonl } from "./data.js";

const [trainDir, workDir, ...extra] = process.argv.slice(2);
if (!trainDir || !workDir) {
  console.error("usage: tsx prepare-romanized.ts <trainDir> <workDir>");
  process.exit(2);
}
const set = loadTrainingSet(trainDir, extra);
// Classes (src/signals/langid/language-identifier.ts): ROMANIZED_CLASSES, romanised forms (ar = Arabizi, from the
// synthetic rows and mlma's few real ones); NATIVE_LATIN_CLASSES, Latin-script languages lid.176 is often unsure of on
// short texts (it got 87 of 133 synthetic Swahili dev sentences wrong, 80 of them with a top-two probability under
// 0.7, exactly when the detector is consulted). Swahili rows are synthetic only; Tagalog also has tl-mlthsc.
const extraDatasets = new Set(extra.flatMap((f) => readJsonl(f).map((r) => r.dataset)));
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
    if (row.romanized && ROMANIZED_CLASSES.has(row.lang)) label = row.lang;
    else if (!row.romanized && NATIVE_LATIN_CLASSES.has(row.lang)) label = row.lang;
    else if (!row.romanized && !ROMANIZED_CLASSES.has(row.lang)) label = "latn";
    if (label === null) continue;
    // The cap applies to the (large, English-heavy) shared data only; extra rows bring the languages it lacks.
    if (label === "latn" && split === "train" && !extraDatasets.has(row.dataset) && ++latn > MAX_LATN) continue;
    const f = romanizedFeatures(normaliseText(row.text).normalised);
    if (!f || seen.has(f)) continue; // the Nepal corpus repeats its neutral templates thousands of times
    seen.add(f);
    out[split].push(`__label__${label} ${f}`);
    counts[`${split}:${label}`] = (counts[`${split}:${label}`] ?? 0) + 1;
  }
}
for (const split of ["train", "dev"]) writeFileSync(join(workDir, `romanized.${split}.txt`), out[split].join("\n") + "\n");
console.log("romanized detector rows:", JSON.stringify(counts));
