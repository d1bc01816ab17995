/**
 * Overlap between evaluation cases and text the models were trained or tuned on: the same sentence in both (up to
 * case, punctuation and spacing), or a brief that handed a writer an evaluation case's wording. A case the models saw
 * in training measures memory, not reach, so the overlap is pinned (eval/datasets/tfgbv-func/training-overlap.json) by
 * tests on the training side (models/train/synthetic/generate.test.ts, models/detectors/heldout.test.ts) and the
 * report gives the pooled issue-7 numbers with and without those cases.
 *
 *   npx tsx eval/overlap.ts        # prints the audit: exact overlaps per training source, shared word windows
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** A text folded for overlap checks: NFKC, lower case, punctuation and symbols as spaces, whitespace collapsed. */
export function foldForOverlap(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[\p{P}\p{S}]+/gu, " ").replace(/\s+/g, " ").trim();
}

export interface OverlapHit {
  /** The evaluation case's id. */
  id: string;
  /** The training source that holds the same text (e.g. "synthetic-tfgbv:train", "dev-rows:misogyny/sw"). */
  source: string;
}

/**
 * The evaluation cases whose folded text is also a text of one of the sources; one hit per case and source, sorted.
 * Example: findTextOverlaps([{ id: "e1", text: "Women are smart." }], [{ name: "dev", texts: ["women are smart"] }])
 *          // [{ id: "e1", source: "dev" }]
 */
export function findTextOverlaps(
  cases: readonly { id: string; text: string }[],
  sources: readonly { name: string; texts: Iterable<string> }[],
): OverlapHit[] {
  const byText = new Map<string, string[]>();
  for (const c of cases) {
    const k = foldForOverlap(c.text);
    if (!k) continue;
    const ids = byText.get(k);
    if (ids) ids.push(c.id);
    else byText.set(k, [c.id]);
  }
  const hits = new Map<string, OverlapHit>();
  for (const s of sources)
    for (const t of s.texts) for (const id of byText.get(foldForOverlap(t)) ?? []) hits.set(`${id}\u0000${s.name}`, { id, source: s.name });
  return [...hits.values()].sort((a, b) => (a.id === b.id ? (a.source < b.source ? -1 : 1) : a.id < b.id ? -1 : 1));
}

/** The n-word windows of a folded text (for scripts written with spaces; a text of fewer words has none). */
export function wordWindows(text: string, n: number): string[] {
  const w = foldForOverlap(text).split(" ").filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i + n <= w.length; i++) out.push(w.slice(i, i + n).join(" "));
  return out;
}

/** The n-word windows of `text` that also occur in one of `others`, sorted and unique (e.g. a writers' brief against the evaluation cases). */
export function sharedWindows(text: string, others: readonly string[], n: number): string[] {
  const theirs = new Set(others.flatMap((o) => wordWindows(o, n)));
  return [...new Set(wordWindows(text, n).filter((w) => theirs.has(w)))].sort();
}

export interface TrainingOverlapFile {
  description: string;
  /** Evaluation cases whose text a training source also holds (findTextOverlaps), with the sources. */
  cases: { id: string; sources: string[] }[];
  /** Writers' briefs that share word windows with the evaluation cases, and the windows. */
  briefs: { path: string; windows: string[]; note: string }[];
}

export const TRAINING_OVERLAP_PATH = "eval/datasets/tfgbv-func/training-overlap.json";

/** The pinned overlap list (repository root relative). */
export function readTrainingOverlap(root = process.cwd()): TrainingOverlapFile {
  return JSON.parse(readFileSync(join(root, TRAINING_OVERLAP_PATH), "utf8")) as TrainingOverlapFile;
}

/** The project's evaluation cases (eval/datasets/tfgbv-func/*.jsonl): id and text. */
export function tfgbvFuncCases(root = process.cwd()): { id: string; text: string }[] {
  const dir = join(root, "eval/datasets/tfgbv-func");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .flatMap((f) =>
      readFileSync(join(dir, f), "utf8")
        .split("\n")
        .filter((l) => l.trim())
        .map((l) => {
          const r = JSON.parse(l) as { id: string; text: string };
          return { id: r.id, text: r.text };
        }),
    );
}

/** The pinned overlap of one training source (or, with `prefix`, of every source whose name starts with it), as "id source" lines. */
export function pinnedOverlap(file: TrainingOverlapFile, prefix: string): string[] {
  return file.cases.flatMap((c) => c.sources.filter((s) => s.startsWith(prefix)).map((s) => `${c.id} ${s}`)).sort();
}
