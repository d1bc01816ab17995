/**
 * Runs the service's own text normaliser (src/content/text/normalise.ts) over the prepared training
 * files, in place, so the encoder trains on exactly the form it sees at inference (PreparedText.normalised).
 * Usage: npx tsx models/train/transformer/normalise-data.ts [workDir]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { normaliseText } from "../../../src/content/text/normalise.js";

const work = process.argv[2] ?? "models/train/transformer/work";

for (const name of ["train.jsonl", "dev.jsonl"]) {
  const path = join(work, name);
  const rows = readFileSync(path, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as { text: string });
  writeFileSync(path, rows.map((r) => JSON.stringify({ ...r, text: normaliseText(r.text).normalised })).join("\n") + "\n");
  console.log(`${name}: ${rows.length} rows normalised`);
}
const corpusPath = join(work, "corpus.txt");
const lines = readFileSync(corpusPath, "utf8").split("\n").filter(Boolean);
writeFileSync(corpusPath, lines.map((l) => normaliseText(l).normalised).filter(Boolean).join("\n") + "\n");
console.log(`corpus.txt: ${lines.length} lines normalised`);
