/**
 * Runs the misogyny detector over its development sentences (models/detectors/dev/misogyny/<key>.jsonl), the check a
 * list editor runs after adding or removing a cue phrase: which non-abusive rows it flags (FP), which abusive rows it
 * misses (MISS), and why (rules fired, pairs discounted as negated or quoted, dampeners).
 *
 *   npx tsx models/detectors/check-dev.ts                 # every key: counts per key and in total
 *   npx tsx models/detectors/check-dev.ts fr de --show    # those keys, each FP and MISS with its analysis
 *   npx tsx models/detectors/check-dev.ts --show-all ko   # every row
 *
 * The rows were written for this project (session 5 of issue 7: negated claims, counter-speech, reported speech, and
 * generalising abuse whose predicate itself holds a negative word) and the cue additions were tuned on them: they are
 * development data, not an evaluation (the evaluation sets are eval/datasets/tfgbv-func and suites/mhc). Rows:
 * {"text", "abusive": 0 | 1, "kind"}. Exit code 0 always: quality is read, not asserted.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadDetectors } from "../../src/classifiers/detectors/index.js";
import { LexiconClassifier } from "../../src/classifiers/lexicon/index.js";
import { maskAwareNormaliser } from "../../src/content/text/unmask.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const devDir = join(here, "dev", "misogyny");
const args = process.argv.slice(2);
const showAll = args.includes("--show-all");
const show = showAll || args.includes("--show");
const keys = args.filter((a) => !a.startsWith("--"));
const files = readdirSync(devDir)
  .filter((f) => f.endsWith(".jsonl") && (!keys.length || keys.includes(f.replace(/\.jsonl$/, ""))))
  .sort();

const lexicon = await LexiconClassifier.load(join(here, "..", "lexicons"), { framingDir: join(here, "..", "framing") });
const detectors = await loadDetectors(here, (t) => lexicon.frame(t).framed);
// the service's normal form: the detectors' and the lexicon's words are unmasked ("w*men")
const normalise = maskAwareNormaliser([detectors.misogyny, detectors.threat, lexicon]);
/** The default misogyny threshold of models/policies/default.json, rounded. */
const FLAGGED = 0.36;

let caught = 0, abusive = 0, flagged = 0, benign = 0;
for (const file of files) {
  const key = file.replace(/\.jsonl$/, "");
  const rows = readFileSync(join(devDir, file), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as { text: string; abusive: 0 | 1; kind?: string });
  let c = 0, a = 0, f = 0, b = 0;
  for (const row of rows) {
    const analysis = detectors.misogyny.analyse({ original: row.text, ...normalise(row.text), language: key.replace(/_latn$/, "") });
    const fired = analysis.score >= FLAGGED;
    if (row.abusive) (a++, fired && c++);
    else (b++, fired && f++);
    const mark = row.abusive ? (fired ? "ok  " : "MISS") : fired ? "FP  " : "ok  ";
    if (showAll || (show && mark !== "ok  "))
      console.log(
        `  ${mark} ${analysis.score.toFixed(2)} rules=${analysis.rules.map((r) => r.rule).join(",") || "-"} negated=${analysis.negated} quoted=${analysis.quoted} damp=${analysis.dampenedBy.join(",") || "-"} | ${row.text}`,
      );
  }
  console.log(`${key.padEnd(8)} abusive caught ${c}/${a}; non-abusive flagged ${f}/${b}`);
  (caught += c), (abusive += a), (flagged += f), (benign += b);
}
console.log(`total    abusive caught ${caught}/${abusive}; non-abusive flagged ${flagged}/${benign}`);
