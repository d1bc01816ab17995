/**
 * Issue-7 numbers on a JSONL set through the whole service (normalise → language id → components → fusion → policy):
 * per language, women-targeted abuse recall and the share of hard negatives (`*_nh`) flagged, with the same
 * "gendered abuse" decision as the eval report, plus which component carried each false flag (counts only).
 *
 *   npx tsx models/framing/measure.ts                                   # synthetic dev split (the tuning set)
 *   npx tsx models/framing/measure.ts path/to/set.jsonl [--by-func]     # any shared-schema JSONL
 *
 * Tune on the synthetic dev split only; the project evaluation sets are measured with `npm run eval`.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { createAppContext } from "../../src/context.js";
import type { Verdict } from "../../src/scoring/verdict.js";
import { ensureSyntheticData } from "../train/synthetic/generate.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("--")) ?? ensureSyntheticData().dev;
const byFunc = args.includes("--by-func");

interface Row {
  text: string;
  lang: string;
  romanized?: boolean | null;
  target?: string | null;
  functionality?: string | null;
}

/** The eval report's derived decision (eval/lib/report.ts): misogyny, sexual harassment or sextortion, or a threat at a woman. */
function genderedAbuse(v: Verdict, target: string | null | undefined): boolean {
  const f = (l: string) => v.labels[l]?.flagged === true;
  return f("misogyny") || f("sexual_harassment") || f("sextortion") || (target === "women" && f("threat"));
}

async function main() {
  const rows: Row[] = readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
  const ctx = createAppContext({ config: { logLevel: "warn", cacheEntries: 0 } });
  await ctx.ready;
  const svc = ctx.textScoring!;
  const stats = new Map<string, { pos: number; caught: number; neg: number; flagged: number; lexHit: number; framed: number }>();
  const funcs = new Map<string, { n: number; flagged: number }>();
  for (let i = 0; i < rows.length; i += 256) {
    const batch = rows.slice(i, i + 256);
    const vs = await svc.scoreTextBatch(batch.map((r) => ({ text: r.text, explain: true })), batch.map((_, j) => `m${i + j}`));
    vs.forEach((v, j) => {
      const r = batch[j];
      const fn = (r.functionality ?? "").replace(/_obf$/, "");
      const hateful = fn.endsWith("_h");
      const hardNeg = fn.endsWith("_nh");
      const key = `${r.lang}${r.romanized ? "-latn" : ""}`;
      const s = stats.get(key) ?? { pos: 0, caught: 0, neg: 0, flagged: 0, lexHit: 0, framed: 0 };
      stats.set(key, s);
      const flagged = genderedAbuse(v, r.target);
      if (hateful && r.target === "women") {
        s.pos++;
        if (flagged) s.caught++;
      }
      if (hardNeg) {
        s.neg++;
        if (flagged) {
          s.flagged++;
          const lex = v.modelScores?.lexicon ?? {};
          if ((lex.misogyny ?? 0) > 0 || (lex.sexual_harassment ?? 0) > 0 || (lex.threat ?? 0) > 0) s.lexHit++;
          if ((v.modelScores?.framing?.misogyny ?? 0.5) < 0.5) s.framed++;
        }
      }
      if (byFunc && (hateful || hardNeg)) {
        const f = funcs.get(fn) ?? { n: 0, flagged: 0 };
        f.n++;
        if (flagged) f.flagged++;
        funcs.set(fn, f);
      }
    });
  }
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : "–");
  console.log(`${path.relative(ROOT, file)}`);
  console.log("lang      recall (caught/n)    hard-neg flagged (n)   of which lexicon hit / framed");
  let P = 0, C = 0, N = 0, F = 0;
  for (const [k, s] of [...stats].sort()) {
    P += s.pos; C += s.caught; N += s.neg; F += s.flagged;
    console.log(`${k.padEnd(8)} ${(s.pos ? (s.caught / s.pos).toFixed(3) : "–").padStart(6)} (${s.caught}/${s.pos})`.padEnd(30) + `${pct(s.flagged, s.neg).padStart(6)}% (${s.flagged}/${s.neg})`.padEnd(24) + `${s.lexHit} / ${s.framed}`);
  }
  console.log(`ALL      ${(C / P).toFixed(3)} (${C}/${P})   ${pct(F, N)}% (${F}/${N})`);
  if (byFunc) for (const [f, s] of [...funcs].sort()) console.log(`  ${f.padEnd(22)} flagged ${pct(s.flagged, s.n)}% (${s.flagged}/${s.n})`);
  await ctx.close();
  process.exit(0);
}
void main();
