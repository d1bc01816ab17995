/**
 * Audit of the overlap between the project's evaluation sets (eval/datasets/tfgbv-func) and what trains or tunes the
 * models: the synthetic data (models/train/synthetic, generated if missing), the cue lists' development sentences
 * (models/detectors/dev, which train the second fastText set and the framing gate) and the held-out writer rounds
 * (models/detectors/heldout), plus the writers' briefs against the evaluation cases, and (counts only) the shared
 * suites/ and eval-only/ sets when ../shared/data is beside the checkout. Prints counts and ids, never a
 * training or evaluation text (a brief's shared word windows are printed: briefs are ours).
 *
 *   npx tsx eval/overlap.ts            # the audit
 *   npx tsx eval/overlap.ts --write    # also rewrite the pinned list (eval/datasets/tfgbv-func/training-overlap.json),
 *                                      # keeping its description and each brief's note; review the diff
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join, relative } from "node:path";
import { ensureSyntheticData } from "../models/train/synthetic/generate.js";
import { detectorDevRows } from "../models/train/fasttext/dev-rows.js";
import { readJsonl } from "../models/train/fasttext/data.js";
import {
  TRAINING_OVERLAP_PATH,
  findTextOverlaps,
  readTrainingOverlap,
  sharedWindows,
  tfgbvFuncCases,
  wordWindows,
  type TrainingOverlapFile,
} from "./lib/overlap.js";

const ROOT = join(import.meta.dirname, "..");
/**
 * Word-window length for the brief check: 4 words finds the paraphrased evaluation cases in two briefs ("let's be clear",
 * "wives are great leaders", "women who talk back") and nothing in the others; 3 words also matches stock phrases
 * ("women are not", "send me the").
 */
export const WINDOW = 4;
/** Word-window length for the near-duplicate count of training texts (5: fewer stock phrases than 4). */
const NEAR_WINDOW = 5;

/** The development sentences (`dev-rows:<label>/<key>`) and the held-out rounds (`heldout-<round>:<label>/<key>`), one source per file. */
export function devRowSources(root = ROOT): { name: string; texts: string[] }[] {
  const byFile = new Map<string, string[]>();
  const add = (prefix: string, rows: { id: string; text: string }[]) => {
    for (const r of rows) {
      const [, label, key] = r.id.split(":");
      const name = `${prefix}:${label}/${key}`;
      const texts = byFile.get(name);
      if (texts) texts.push(r.text);
      else byFile.set(name, [r.text]);
    }
  };
  add("dev-rows", detectorDevRows(join(root, "models/detectors/dev")));
  const heldout = join(root, "models/detectors/heldout");
  for (const round of readdirSync(heldout, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort())
    add(`heldout-${round}`, detectorDevRows(join(heldout, round)));
  return [...byFile].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, texts]) => ({ name, texts }));
}

/** Every training-side source, named as in the pinned file: the synthetic splits (generated if missing), then devRowSources. */
export function trainingSources(root = ROOT): { name: string; texts: string[] }[] {
  const syn = ensureSyntheticData();
  return [
    { name: "synthetic-tfgbv:train", texts: readJsonl(syn.train).map((r) => r.text) },
    { name: "synthetic-tfgbv:dev", texts: readJsonl(syn.dev).map((r) => r.text) },
    ...devRowSources(root),
  ];
}

/** Every writers' brief under models/ (brief*.md), repository-relative. */
export function briefPaths(dir = join(ROOT, "models")): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === "node_modules" || e.name === "work") continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...briefPaths(p));
    else if (/^brief.*\.md$/.test(e.name)) out.push(relative(ROOT, p));
  }
  return out.sort();
}

function main(): void {
  const cases = tfgbvFuncCases(ROOT);
  const sources = trainingSources();
  const hits = findTextOverlaps(cases, sources);
  const caseIds = new Set(hits.map((h) => h.id));
  console.log(`${cases.length} evaluation cases; ${caseIds.size} have the same text (case, punctuation and spacing folded) in a training source`);
  const perSource = new Map<string, number>();
  for (const h of hits) perSource.set(h.source.split(":")[0], (perSource.get(h.source.split(":")[0]) ?? 0) + 1);
  for (const [s, n] of perSource) console.log(`  ${s}: ${n}`);
  for (const id of caseIds) console.log(`  ${id}: ${hits.filter((h) => h.id === id).map((h) => h.source).join(", ")}`);

  // near duplicates: training texts that share a NEAR_WINDOW-word window with an evaluation case (scripts written with spaces)
  const evalWindows = new Set(cases.flatMap((c) => wordWindows(c.text, NEAR_WINDOW)));
  for (const s of sources.filter((x) => !x.name.includes("/")).concat([{ name: "dev-rows (all)", texts: sources.filter((x) => x.name.startsWith("dev-rows:")).flatMap((x) => x.texts) }])) {
    const near = s.texts.filter((t) => wordWindows(t, NEAR_WINDOW).some((w) => evalWindows.has(w))).length;
    console.log(`${s.name}: ${near} of ${s.texts.length} texts share a ${NEAR_WINDOW}-word window with an evaluation case`);
  }

  // the shared evaluation-only sets (suites/, eval-only/), when ../shared/data is beside the checkout: counts only
  for (const group of ["suites", "eval-only"]) {
    const dir = join(ROOT, "../shared/data", group);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".jsonl.gz")).sort()) {
      const shared = gunzipSync(readFileSync(join(dir, f)))
        .toString("utf8")
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { id: string; text: string });
      const ids = new Set(findTextOverlaps(shared, sources).map((h) => h.id));
      console.log(`${group}/${f}: ${ids.size} of ${shared.length} cases have the same text in a training source`);
    }
  }

  const caseTexts = cases.map((c) => c.text);
  const old = readTrainingOverlap(ROOT);
  const briefs: TrainingOverlapFile["briefs"] = [];
  for (const path of briefPaths()) {
    const windows = sharedWindows(readFileSync(join(ROOT, path), "utf8"), caseTexts, WINDOW);
    console.log(`${path}: ${windows.length} ${WINDOW}-word windows shared with the evaluation cases${windows.length ? `: ${windows.join(" | ")}` : ""}`);
    if (windows.length) briefs.push({ path, windows, note: old.briefs.find((b) => b.path === path)?.note ?? "TODO: say what this means" });
  }
  if (process.argv.includes("--write")) {
    const next: TrainingOverlapFile = {
      description: old.description,
      cases: [...caseIds].map((id) => ({ id, sources: hits.filter((h) => h.id === id).map((h) => h.source) })),
      briefs,
    };
    writeFileSync(join(ROOT, TRAINING_OVERLAP_PATH), JSON.stringify(next, null, 2) + "\n");
    console.log(`wrote ${TRAINING_OVERLAP_PATH}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
