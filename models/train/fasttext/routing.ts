/**
 * Writes the language routing of the fastText classifier into models/manifest.json (entry
 * "fasttext-tfgbv", field `routing`). Per label:
 *  - naturalLanguages: languages with at least MIN_REAL_ROWS rows of real text annotated for the label
 *    in ../shared/data/train (any split) or ../shared/data/eval-only (romanised rows counted under their
 *    language). They keep the first set, the one measured on that text. Only the existence of rows is
 *    read from eval-only, never a score, and nothing there trains anything. (With train/ alone, Hindi
 *    toxicity was routed and its eval-only sets regressed: hi-macd F1 0.642 → 0.618, HateCheckHIn
 *    0.773 → 0.700. The functional suites are templates, not real text, and do not count.)
 *  - routedLanguages: the other languages of the project's synthetic data (models/train/synthetic),
 *    scored by the second set (fasttext-tfgbv-synthetic, trained with synthetic data v2, which regressed
 *    real-text sets when it replaced the first: eval/reports/issue7-v2/retrained-trial.md).
 * Any other language the identifier may report (often a misidentified short text) keeps the first set.
 * See src/classifiers/fasttext/fasttext-classifier.ts and models/fasttext/MODEL_CARD.md.
 *
 * Usage: npx tsx models/train/fasttext/routing.ts [trainDir]   (default ../shared/data/train)
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { LABELS, type Label } from "../../../src/taxonomy.js";
import { readFolder, readJsonl, type DataRow } from "./data.js";

/** Fewer annotated rows than this (e.g. 3 English rows inside the Nepal corpus) do not make a language "measured". */
export const MIN_REAL_ROWS = 20;
const PRIMARY = "fasttext-tfgbv";
const ROUTED = "fasttext-tfgbv-synthetic";

const repoRoot = resolve(fileURLToPath(new URL("../../..", import.meta.url)));
const trainDir = process.argv[2] ?? join(repoRoot, "..", "shared", "data", "train");
const evalOnlyDir = join(trainDir, "..", "eval-only");
/** label → language → rows annotated (0 or 1) for that label. */
function annotatedRowsByLanguage(rows: readonly DataRow[]): Map<Label, Map<string, number>> {
  const counts = new Map<Label, Map<string, number>>();
  for (const row of rows)
    for (const label of LABELS) {
      const v = row.labels[label];
      if (v !== 0 && v !== 1) continue;
      const perLang = counts.get(label) ?? new Map<string, number>();
      perLang.set(row.lang, (perLang.get(row.lang) ?? 0) + 1);
      counts.set(label, perLang);
    }
  return counts;
}

const real = annotatedRowsByLanguage([...readFolder(trainDir), ...readFolder(evalOnlyDir)]);
const synthetic = annotatedRowsByLanguage(readJsonl(join(repoRoot, "models", "train", "synthetic", "data", "synthetic.train.jsonl")));

const manifestPath = join(repoRoot, "models", "manifest.json");
const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { models: { id: string; labels?: string[]; routing?: unknown }[] };
const primary = manifest.models.find((m) => m.id === PRIMARY);
const routed = manifest.models.find((m) => m.id === ROUTED);
if (!primary || !routed) throw new Error(`manifest needs both "${PRIMARY}" and "${ROUTED}" entries`);
const naturalLanguages: Partial<Record<Label, string[]>> = {};
const routedLanguages: Partial<Record<Label, string[]>> = {};
for (const label of primary.labels ?? []) {
  if (!routed.labels?.includes(label)) continue;
  naturalLanguages[label as Label] = [...(real.get(label as Label) ?? new Map<string, number>())]
    .filter(([, n]) => n >= MIN_REAL_ROWS)
    .map(([lang]) => lang)
    .sort();
  const natural = new Set(naturalLanguages[label as Label]);
  routedLanguages[label as Label] = [...(synthetic.get(label as Label)?.keys() ?? [])].filter((lang) => !natural.has(lang)).sort();
}
primary.routing = {
  model: ROUTED,
  routedLanguages,
  naturalLanguages,
  rule: `per label, languages with ≥ ${MIN_REAL_ROWS} rows of real text annotated for it in ../shared/data/train (any split) or eval-only keep this set (naturalLanguages); the other languages of the synthetic training data (routedLanguages) are scored by ${ROUTED}, its raw score mapped onto this set's raw scale through both Platt calibrations; any other language keeps this set`,
  command: "npx tsx models/train/fasttext/routing.ts",
};
writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + "\n");
for (const [label, langs] of Object.entries(routedLanguages)) console.log(`${label}: routed ${langs.join(" ")}; real data ${naturalLanguages[label as Label]!.join(" ")}`);
