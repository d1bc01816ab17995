/**
 * Component-level quality of the lexicon matcher alone (the service-level numbers come from `npm run eval`).
 * Reads the natural held-out splits of ../shared/data/train (test, else dev) and the synthetic dev split,
 * and prints, per dataset × language × label, recall on positives and the flag rate on negatives at
 * score >= threshold. Never reads suites/ or eval-only/ (evaluation data the lexicon must not be tuned on).
 *
 *   npx tsx models/lexicons/evaluate.ts [--threshold 0.5] [--bench]
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { normaliseText } from "../../src/content/text/normalise.js";
import { LexiconClassifier } from "../../src/classifiers/lexicon/lexicon-classifier.js";
import { LABELS, type Label } from "../../src/taxonomy.js";
import { ensureSyntheticData } from "../train/synthetic/generate.js";

interface Row {
  text: string;
  lang: string;
  split: string;
  labels: Record<Label, 0 | 1 | null>;
  functionality?: string | null;
}

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
};
const THRESHOLD = Number(arg("--threshold", "0.5"));
const TRAIN_DIR = arg("--data", "../shared/data/train");

const readJsonl = (path: string): Row[] => {
  const raw = path.endsWith(".gz") ? gunzipSync(readFileSync(path)).toString("utf8") : readFileSync(path, "utf8");
  return raw.split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l) as Row);
};

async function main(): Promise<void> {
  const lex = await LexiconClassifier.load("models/lexicons", { framingDir: "models/framing" });
  const sets: { name: string; rows: Row[] }[] = [];
  for (const f of readdirSync(TRAIN_DIR).filter((x) => x.endsWith(".jsonl.gz")).sort()) {
    const all = readJsonl(join(TRAIN_DIR, f));
    const split = all.some((r) => r.split === "test") ? "test" : "dev";
    sets.push({ name: `${f.replace(".jsonl.gz", "")}:${split}`, rows: all.filter((r) => r.split === split) });
  }
  sets.push({ name: "synthetic-tfgbv:dev", rows: readJsonl(ensureSyntheticData().dev) });

  console.log(`lexicon ${lex.version}: ${lex.languages.length} languages, ${lex.patternCount} patterns; flag = score >= ${THRESHOLD}`);
  console.log("dataset\tlang\tlabel\tpos\trecall\tneg\tflagged_neg");
  let texts = 0;
  let ms = 0;
  for (const set of sets) {
    const byLang = new Map<string, Row[]>();
    for (const r of set.rows) byLang.set(r.lang, [...(byLang.get(r.lang) ?? []), r]);
    for (const [lang, rows] of [...byLang].sort()) {
      const t0 = performance.now();
      const results = rows.map((r) => lex.classifyOne({ original: r.text, language: r.lang, ...normaliseText(r.text) }));
      ms += performance.now() - t0;
      texts += rows.length;
      for (const label of LABELS) {
        let pos = 0, tp = 0, neg = 0, fp = 0;
        rows.forEach((r, i) => {
          const flagged = (results[i].scores[label] ?? 0) >= THRESHOLD;
          if (r.labels[label] === 1) { pos++; if (flagged) tp++; }
          else if (r.labels[label] === 0) { neg++; if (flagged) fp++; }
        });
        if (pos + neg < 20) continue;
        const pct = (a: number, b: number) => (b === 0 ? "-" : (a / b).toFixed(3));
        console.log(`${set.name}\t${lang}\t${label}\t${pos}\t${pct(tp, pos)}\t${neg}\t${pct(fp, neg)}`);
      }
    }
  }
  // Includes normalisation; one thread, whatever else runs on the machine.
  console.log(`throughput: ${texts} texts in ${(ms / 1000).toFixed(1)} s = ${Math.round(texts / (ms / 1000))} texts/s (normalise + match + score)`);
}

await main();
