/**
 * The cue lists' development sentences (models/detectors/dev/<detector>/<key>.jsonl) as fastText training rows.
 *
 * Those sentences were written for this project by three rounds of writers (sessions 4-12 of issue 7), each in styles
 * the earlier rounds did not use, with hard negatives beside the abuse (reports, news, counter-speech, rebuttals,
 * neutral uses of the same words). A row supervises only its detector's label (`abusive` 0/1); every other label is
 * masked, since a threat written for the threat list says nothing about whether it is also misogyny.
 *
 *   npx tsx models/train/fasttext/dev-rows.ts <out.jsonl> [--exclude-kind-prefix s12-]
 *
 * train.sh writes them when WITH_DEV_ROWS=1. `--exclude-kind-prefix` leaves a writer round out (the cross-writer
 * check in MODEL_CARD.md trains without the session-12 rows and scores them).
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { z } from "zod";
import { LABELS, type Label } from "../../../src/taxonomy.js";
import type { DataRow } from "./data.js";

export const DEV_ROWS_DATASET = "project-devrows";
const DEV_DIR = resolve(import.meta.dirname, "../../detectors/dev");
const ROW = z.object({ text: z.string().min(1), abusive: z.union([z.literal(0), z.literal(1)]), kind: z.string().optional() });

/** One development row as written: `{"text", "abusive": 0 | 1, "kind"}`. */
export type DevRow = z.infer<typeof ROW>;

/**
 * The rows of one development file (`<key>.jsonl`), validated, in file order, each with its 1-based line number (row ids
 * are built from it, and the training set's hash hold-out from the ids); a malformed row is an error naming its file
 * and line.
 */
export function readDevRows(file: string): (DevRow & { line: number })[] {
  const rows: (DevRow & { line: number })[] = [];
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((line, i) => {
      if (!line.trim()) return;
      const parsed = ROW.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0]?.message}`);
      rows.push({ ...parsed.data, line: i + 1 });
    });
  return rows;
}

/** The label a development row supervises (its detector's: detectorDevRows gives each row that one label). */
export function devRowLabel(r: DataRow): Label {
  return Object.keys(r.labels)[0] as Label;
}

/** Every development row under `dir/<label>/<key>.jsonl`, in a stable order; `<key>` is a language, `_latn` for romanised. */
export function detectorDevRows(dir = DEV_DIR, excludeKindPrefix?: string): DataRow[] {
  const rows: DataRow[] = [];
  for (const detector of readdirSync(dir).sort()) {
    if (!(LABELS as readonly string[]).includes(detector)) continue; // dev/session12 holds the writers' briefs
    const label = detector as Label;
    for (const file of readdirSync(join(dir, detector)).filter((f) => f.endsWith(".jsonl")).sort()) {
      const key = file.slice(0, -".jsonl".length);
      const [lang, latn] = key.split("_");
      for (const r of readDevRows(join(dir, detector, file))) {
        if (excludeKindPrefix && r.kind?.startsWith(excludeKindPrefix)) continue;
        rows.push({
          id: `${DEV_ROWS_DATASET}:${label}:${key}:${r.line}`,
          text: r.text,
          lang,
          script: latn === "latn" ? "Latn" : "",
          romanized: latn === "latn",
          dataset: DEV_ROWS_DATASET,
          split: "train",
          labels: { [label]: r.abusive },
          functionality: r.kind ?? null,
        });
      }
    }
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [out, flag, prefix] = process.argv.slice(2);
  if (!out || (flag && (flag !== "--exclude-kind-prefix" || !prefix))) {
    console.error("usage: tsx dev-rows.ts <out.jsonl> [--exclude-kind-prefix PREFIX]");
    process.exit(2);
  }
  const rows = detectorDevRows(DEV_DIR, prefix);
  writeFileSync(out, rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
  console.log(`${rows.length} development rows -> ${out}`);
}
