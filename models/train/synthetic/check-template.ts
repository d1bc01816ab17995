// Validates a template file and shows what it generates (rows per functionality, a sample of each):
//   npx tsx models/train/synthetic/check-template.ts <file>.json [--all]
// Used by the generator-v4 writers (brief-v4.md) and by anyone adding or editing a template file.
import { basename } from "node:path";
import { FUNCTIONALITIES, LEXICON_DIR, generateForFile, loadLexicon, loadTemplateFile } from "./generate.js";
const p = process.argv[2];
const file = loadTemplateFile(p);
const rows = generateForFile(basename(p).replace(/\.json$/, ""), file, loadLexicon(LEXICON_DIR, file.lang));
const missing = Object.keys(FUNCTIONALITIES).filter((f) => f !== "threat_indiv_h" && !(file.templates as Record<string, string[]>)[f]);
if (missing.length) console.log("functionalities without templates:", missing.join(", "));
const by = new Map<string, typeof rows>();
for (const r of rows) {
  const f = r.functionality.replace(/_obf$/, "");
  if (!by.has(f)) by.set(f, []);
  by.get(f)!.push(r);
}
console.log(`${rows.length} rows (dev ${rows.filter((r) => r.split === "dev").length})`);
for (const [f, rs] of by) {
  console.log(`\n== ${f}: ${rs.length} rows from ${(file.templates as Record<string, string[]>)[f]?.length ?? "-"} templates`);
  const show = process.argv.includes("--all") ? rs : rs.filter((_, i) => i % Math.max(1, Math.floor(rs.length / 4)) === 0).slice(0, 4);
  for (const r of show) console.log("   ", r.text);
}
