/**
 * Scores a held-out writer round (models/detectors/heldout/<round>/<label>/<key>.jsonl, the development-row format) with
 * the whole service on its embedded defaults, and prints per label: uses caught and mentions flagged (the derived
 * gendered-abuse decision: misogyny, sexual harassment, sextortion or threat flagged), the label's own flags, the ROC-AUC
 * of the label's score (use vs mention), and the ROC-AUC of the learnt framing gate (framing-fasttext).
 *
 *   npx tsx models/detectors/check-heldout.ts                                   # the session-14 round
 *   npx tsx models/detectors/check-heldout.ts models/detectors/heldout/session14 --by-key
 *
 * Why a held-out round: the development rows under models/detectors/dev tune the cue lists and train the learnt models,
 * so they no longer measure them. A round written afterwards by other writers, scored before anything trains on it, is
 * how the service meets wording it has not seen (models/detectors/heldout/README.md). Run it on two checkouts to compare
 * builds. It prints counts only, never a row's text.
 */
import { resolve } from "node:path";
import { isGenderedAbuseFlag } from "../../eval/lib/evaluate.js";
import { computeRocAuc, toScoredSet } from "../../eval/lib/metrics.js";
import { createAppContext } from "../../src/context.js";
import { detectorDevRows, devRowLabel } from "../train/fasttext/dev-rows.js";

interface Scored {
  label: string;
  key: string;
  y: 0 | 1;
  score: number;
  gendered: boolean;
  flagged: boolean;
  gate: number | null;
}

const args = process.argv.slice(2);
const byKey = args.includes("--by-key");
const dir = resolve(args.find((a) => !a.startsWith("--")) ?? resolve(import.meta.dirname, "heldout/session14"));
const rows = detectorDevRows(dir);
if (!rows.length) throw new Error(`no rows under ${dir}/<label>/<key>.jsonl`);

const ctx = createAppContext({ config: { logLevel: "warn", cacheEntries: 0 } });
await ctx.ready;
if (!ctx.textScoring) throw new Error("the text scoring service did not start");
const scored: Scored[] = [];
const BATCH = 128;
for (let i = 0; i < rows.length; i += BATCH) {
  const batch = rows.slice(i, i + BATCH);
  const verdicts = await ctx.textScoring.scoreTextBatch(
    batch.map((r) => ({ text: r.text, explain: true })),
    batch.map((_, j) => `heldout-${i + j}`),
  );
  verdicts.forEach((v, j) => {
    const r = batch[j];
    const label = devRowLabel(r);
    scored.push({
      label,
      key: r.romanized ? `${r.lang}_latn` : r.lang,
      y: r.labels[label] as 0 | 1,
      score: v.labels[label]?.score ?? 0,
      // every row of a round is about women, so a threat flag counts too
      gendered: isGenderedAbuseFlag(v, "women"),
      flagged: Boolean(v.labels[label]?.flagged),
      gate: v.modelScores?.["framing-fasttext"]?.misogyny ?? null,
    });
  });
}
await ctx.close();

const auc = (xs: readonly Scored[], score: (x: Scored) => number): string => {
  const v = computeRocAuc(toScoredSet(xs.map((x) => ({ score: score(x), gold: x.y, flagged: false }))));
  return v === null ? "-" : v.toFixed(3);
};
const line = (name: string, xs: readonly Scored[]): string => {
  const uses = xs.filter((x) => x.y === 1);
  const mentions = xs.filter((x) => x.y === 0);
  const gated = xs.filter((x) => x.gate !== null);
  return (
    `${name}: ${xs.length} rows; uses caught ${uses.filter((x) => x.gendered).length}/${uses.length}, ` +
    `mentions flagged ${mentions.filter((x) => x.gendered).length}/${mentions.length} ` +
    `(own label: ${uses.filter((x) => x.flagged).length}/${uses.length} and ${mentions.filter((x) => x.flagged).length}/${mentions.length}); ` +
    `ROC-AUC score ${auc(xs, (x) => x.score)}, framing gate ${gated.length ? auc(gated, (x) => x.gate!) : "-"}`
  );
};
console.log(`${rows.length} rows from ${dir}`);
for (const label of [...new Set(scored.map((x) => x.label))].sort()) {
  const xs = scored.filter((x) => x.label === label);
  console.log(line(label, xs));
  if (byKey) for (const key of [...new Set(xs.map((x) => x.key))].sort()) console.log("  " + line(key, xs.filter((x) => x.key === key)));
}
