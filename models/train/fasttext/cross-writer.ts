/**
 * Cross-writer check for the development sentences as training data (MODEL_CARD.md, "Development sentences"): scores
 * one writer round of models/detectors/dev (rows whose `kind` starts with a prefix) with the label models of one or more
 * model folders, through fasttext.wasm (the serving path), and prints per label the ROC-AUC and, at a raw score of 0.5,
 * the share of abusive rows caught and of the others flagged.
 *
 *   npx tsx models/train/fasttext/cross-writer.ts --kind s12- models/fasttext-synthetic /tmp/trial [--by-lang]
 *
 * A fair check only for models trained without that round (WITH_DEV_ROWS=1 DEV_ROWS_EXCLUDE=s12- …, NO_MANIFEST=1).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { computeRocAuc, toScoredSet } from "../../../eval/lib/metrics.js";
import { toFastTextInput } from "../../../src/classifiers/fasttext/features.js";
import { createFastTextRuntime } from "../../../src/classifiers/fasttext/runtime.js";
import { normaliseText } from "../../../src/content/text/normalise.js";
import { LABELS, type Label } from "../../../src/taxonomy.js";
import { detectorDevRows } from "./dev-rows.js";

const args = process.argv.slice(2);
const byLang = args.includes("--by-lang");
const kindAt = args.indexOf("--kind");
const prefix = kindAt >= 0 ? args[kindAt + 1] : undefined;
const dirs = args.filter((a, i) => !a.startsWith("--") && i !== kindAt + 1);
if (!prefix || !dirs.length) {
  console.error("usage: tsx cross-writer.ts --kind PREFIX <modelDir> [<modelDir> ...] [--by-lang]");
  process.exit(2);
}
const all = detectorDevRows();
const rows = all.filter((r) => r.functionality?.startsWith(prefix));
if (!rows.length) throw new Error(`no development rows with a kind starting ${prefix}`);
const features = rows.map((r) => toFastTextInput(normaliseText(r.text).normalised));
const runtime = await createFastTextRuntime();
const fmt = (v: number | null) => (v === null ? "  -  " : v.toFixed(3));

console.log(`${rows.length} of ${all.length} development rows (kind ${prefix}*)`);
for (const label of LABELS) {
  const idx = rows.map((r, i) => (r.labels[label] === 0 || r.labels[label] === 1 ? i : -1)).filter((i) => i >= 0);
  if (!idx.length) continue;
  for (const dir of dirs) {
    const file = join(dir, `${label}.ftz`);
    if (!existsSync(file)) continue;
    const model = runtime.loadModel(readFileSync(file));
    const score = (i: number) => model.predict(features[i], -1, 0).find(([name]) => name === "1")?.[1] ?? 0;
    const groups = new Map<string, { score: number; gold: 0 | 1 }[]>([["all", []]]);
    for (const i of idx) {
      const s = { score: score(i), gold: rows[i].labels[label as Label] as 0 | 1 };
      groups.get("all")!.push(s);
      if (byLang) {
        const key = `${rows[i].lang}${rows[i].romanized ? "_latn" : ""}`;
        if (!groups.has(key)) groups.set(key, []);
        groups.get(key)!.push(s);
      }
    }
    for (const [group, scored] of groups) {
      const pos = scored.filter((s) => s.gold === 1);
      const neg = scored.filter((s) => s.gold === 0);
      const auc = computeRocAuc(toScoredSet(scored.map((s) => ({ ...s, flagged: false }))));
      const caught = pos.length ? pos.filter((s) => s.score >= 0.5).length / pos.length : null;
      const flagged = neg.length ? neg.filter((s) => s.score >= 0.5).length / neg.length : null;
      console.log(
        `${label.padEnd(18)} ${group.padEnd(8)} ${dir.padEnd(32)} abusive ${String(pos.length).padStart(4)} others ${String(neg.length).padStart(4)}  ROC-AUC ${fmt(auc)}  caught@0.5 ${fmt(caught)}  flagged@0.5 ${fmt(flagged)}`,
      );
    }
  }
}
