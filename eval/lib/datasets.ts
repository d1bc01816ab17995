/**
 * Dataset loaders: the normalised shared JSONL (../shared/data, see DATA.md), the project's own
 * evaluation sets (eval/datasets/**), and a researcher's CSV / JSONL with a column mapping.
 * Unannotated labels stay null and are masked from every metric (never guessed as 0).
 */
import { createHash } from "node:crypto";
import { createReadStream, existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, extname, join, relative, resolve } from "node:path";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { parse as parseCsv } from "csv-parse/sync";
import { LABELS, isLabel, type Label } from "../../src/taxonomy.js";

export type GoldValue = 0 | 1 | null;

/** One evaluation row in the shared-data schema (only the fields the harness uses). */
export interface EvalRecord {
  id: string;
  text: string;
  lang: string;
  dataset: string;
  split: string;
  labels: Record<Label, GoldValue>;
  target: string | null;
  functionality: string | null;
  /** Normally non-Latin language written in Latin letters (shared schema); null when unknown. */
  romanized: boolean | null;
}

/** Where a dataset comes from; decides what it may be used for (DATA.md "Rules of use"). */
export type DatasetGroup = "train" | "suites" | "eval-only" | "project" | "custom";

export interface DatasetSource {
  /** Dataset id as reported, e.g. "edos", "mhc", "tfgbv-func/en". */
  name: string;
  group: DatasetGroup;
  /** Absolute file path. */
  path: string;
  /** Template-generated functional tests (HateCheck style): accuracy per functionality, not prevalence. */
  functional: boolean;
  licence?: string;
  /** Column mapping for researcher files; absent for shared-schema files. */
  mapping?: ColumnMapping;
  /** Project collection the file belongs to ("tfgbv-func", "detectors"). */
  collection?: string;
}

/** How a researcher's CSV/JSONL maps onto our schema (`--map` or a small JSON config). */
export interface ColumnMapping {
  text: string;
  /** Our label → the source column holding it. */
  labels: Partial<Record<Label, string>>;
  /** Column with the language code; else `defaultLanguage`. */
  language?: string;
  defaultLanguage?: string;
  /** Optional columns (functional tests, targets, ids, splits). */
  id?: string;
  split?: string;
  target?: string;
  functionality?: string;
  /** Split assigned when there is no split column (default "test"). */
  defaultSplit?: string;
}

/** Default locations, relative to the repository root. */
export const SHARED_DATA_DIR = "../shared/data";
export const PROJECT_DATASET_DIRS = ["eval/datasets/tfgbv-func", "eval/datasets/detectors"] as const;

interface ManifestFile {
  file: string;
  dataset: string;
  name: string;
  group: string;
  functional_suite: boolean;
  splits: Record<string, number>;
}

const emptyLabels = (): Record<Label, GoldValue> =>
  Object.fromEntries(LABELS.map((l) => [l, null])) as Record<Label, GoldValue>;

/** Accepts 1/0, true/false, yes/no (any case); anything else (blank, NA, null) is unannotated. */
export function parseGold(value: unknown): GoldValue {
  if (value === 1 || value === true) return 1;
  if (value === 0 || value === false) return 0;
  if (typeof value !== "string") return null;
  const v = value.trim().toLowerCase();
  if (["1", "1.0", "true", "yes", "y"].includes(v)) return 1;
  if (["0", "0.0", "false", "no", "n"].includes(v)) return 0;
  return null;
}

/** Reads the shared manifest into sources (all groups). */
export function listSharedSources(dataDir: string): DatasetSource[] {
  const manifestPath = join(dataDir, "manifest.json");
  if (!existsSync(manifestPath)) throw new Error(`no manifest at ${manifestPath} (is ../shared beside the repository?)`);
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { files: ManifestFile[] };
  return manifest.files.map((f) => ({
    name: f.dataset,
    group: f.group as DatasetGroup,
    path: resolve(dataDir, f.file),
    functional: f.functional_suite,
  }));
}

/** Project-written sets (issue 7): every *.jsonl under the project dataset folders that exist. */
export function listProjectSources(repoRoot: string): DatasetSource[] {
  const out: DatasetSource[] = [];
  for (const dir of PROJECT_DATASET_DIRS) {
    const abs = resolve(repoRoot, dir);
    if (!existsSync(abs)) continue;
    for (const file of readdirSync(abs).sort()) {
      if (!/\.jsonl(\.gz)?$/.test(file)) continue;
      const collection = basename(dir);
      const name = file.replace(/\.jsonl(\.gz)?$/, "");
      // HateCheck-style sets are functional; detector sets may be too (decided from the rows when read).
      out.push({ name, group: "project", path: join(abs, file), functional: collection === "tfgbv-func", collection });
    }
  }
  return out;
}

/**
 * Parses `--map text=comment,lang=language,misogyny=is_sexist,split=part` into a mapping.
 * Keys: text, lang|language, id, split, target, functionality, and any of our label ids.
 */
export function parseColumnMapping(spec: string, defaults: Partial<ColumnMapping> = {}): ColumnMapping {
  const mapping: ColumnMapping = { text: "", labels: {}, ...defaults };
  for (const part of spec.split(",").map((p) => p.trim()).filter(Boolean)) {
    const eq = part.indexOf("=");
    if (eq <= 0) throw new Error(`bad --map entry "${part}": expected key=column`);
    const key = part.slice(0, eq).trim();
    const column = part.slice(eq + 1).trim();
    if (key === "text") mapping.text = column;
    else if (key === "lang" || key === "language") mapping.language = column;
    else if (key === "id" || key === "split" || key === "target" || key === "functionality") mapping[key] = column;
    else if (isLabel(key)) mapping.labels[key] = column;
    else throw new Error(`unknown --map key "${key}"; valid: text, lang, id, split, target, functionality, ${LABELS.join(", ")}`);
  }
  return validateMapping(mapping);
}

function validateMapping(mapping: ColumnMapping): ColumnMapping {
  if (!mapping.text) throw new Error("column mapping needs a text column (text=<column>)");
  if (Object.keys(mapping.labels).length === 0) throw new Error("column mapping needs at least one label column (e.g. misogyny=<column>)");
  for (const key of Object.keys(mapping.labels)) if (!isLabel(key)) throw new Error(`unknown label "${key}"; valid: ${LABELS.join(", ")}`);
  return mapping;
}

/**
 * A dataset config file (JSON): `{ "path": "my.csv", "name": "my-set", "mapping": { "text": "comment",
 * "labels": { "misogyny": "is_sexist" }, "language": "lang", "defaultLanguage": "en" } }`. Paths are relative to the config.
 */
export function readDatasetConfig(configPath: string): DatasetSource {
  const raw = JSON.parse(readFileSync(configPath, "utf8")) as { path?: string; name?: string; functional?: boolean; mapping?: ColumnMapping };
  if (!raw.path || !raw.mapping) throw new Error(`${configPath}: a dataset config needs "path" and "mapping"`);
  return {
    name: raw.name ?? basename(raw.path).replace(/\.(csv|tsv|jsonl)(\.gz)?$/, ""),
    group: "custom",
    path: resolve(dirname(configPath), raw.path),
    functional: raw.functional ?? false,
    mapping: validateMapping({ ...raw.mapping, labels: raw.mapping.labels ?? {} }),
  };
}

async function* readLines(path: string): AsyncGenerator<string> {
  const stream = path.endsWith(".gz") ? createReadStream(path).pipe(createGunzip()) : createReadStream(path);
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  for await (const line of rl) if (line.trim()) yield line;
}

function readTable(path: string): Record<string, unknown>[] {
  const ext = extname(path.replace(/\.gz$/, "")).toLowerCase();
  const text = readFileSync(path, "utf8");
  return parseCsv(text, {
    columns: true,
    skip_empty_lines: true,
    delimiter: ext === ".tsv" ? "\t" : ",",
    bom: true,
    relax_column_count: true,
  }) as Record<string, unknown>[];
}

/** Converts one mapped row; returns null (and a reason) for rows that cannot be used. */
export function mapRow(raw: Record<string, unknown>, mapping: ColumnMapping, dataset: string, index: number): EvalRecord | string {
  const text = raw[mapping.text];
  if (typeof text !== "string" || !text.trim()) return `row ${index + 1}: empty or missing text column "${mapping.text}"`;
  const lang = (mapping.language ? String(raw[mapping.language] ?? "") : "") || mapping.defaultLanguage || "und";
  const labels = emptyLabels();
  for (const [label, column] of Object.entries(mapping.labels)) labels[label as Label] = parseGold(raw[column!]);
  const str = (column?: string): string | null => (column && raw[column] != null && raw[column] !== "" ? String(raw[column]) : null);
  return {
    id: `${dataset}:${str(mapping.id) ?? index}`,
    text: text.normalize("NFC").trim(),
    lang: lang.trim().toLowerCase(),
    dataset,
    split: str(mapping.split) ?? mapping.defaultSplit ?? "test",
    labels,
    target: str(mapping.target),
    functionality: str(mapping.functionality),
    romanized: null,
  };
}

/** Shared-schema row → record (labels outside our taxonomy ignored, missing ones null). */
export function normaliseSharedRow(raw: Record<string, unknown>, fallbackDataset: string): EvalRecord | string {
  if (typeof raw.text !== "string" || !raw.text) return `row ${String(raw.id ?? "?")}: no text`;
  const labels = emptyLabels();
  const src = (raw.labels ?? {}) as Record<string, unknown>;
  for (const label of LABELS) labels[label] = src[label] === 1 ? 1 : src[label] === 0 ? 0 : null;
  return {
    id: String(raw.id ?? ""),
    text: raw.text,
    lang: typeof raw.lang === "string" ? raw.lang : "und",
    dataset: typeof raw.dataset === "string" ? raw.dataset : fallbackDataset,
    split: typeof raw.split === "string" ? raw.split : "test",
    labels,
    target: typeof raw.target === "string" ? raw.target : null,
    functionality: typeof raw.functionality === "string" ? raw.functionality : null,
    romanized: typeof raw.romanized === "boolean" ? raw.romanized : null,
  };
}

export interface LoadResult {
  records: EvalRecord[];
  /** Rows skipped, with the reason (first few kept). */
  skipped: number;
  skipReasons: string[];
}

/** Loads a source, keeping only the requested splits. Shared-schema rows keep their own dataset name. */
export async function loadDataset(source: DatasetSource, splits: ReadonlySet<string>): Promise<LoadResult> {
  const records: EvalRecord[] = [];
  const skipReasons: string[] = [];
  let skipped = 0;
  const keep = (r: EvalRecord | string) => {
    if (typeof r === "string") {
      skipped++;
      if (skipReasons.length < 5) skipReasons.push(r);
      return;
    }
    if (splits.has(r.split)) records.push(r);
  };
  const isJsonl = /\.jsonl(\.gz)?$/.test(source.path);
  if (isJsonl) {
    let index = 0;
    for await (const line of readLines(source.path)) {
      let raw: Record<string, unknown>;
      try {
        raw = JSON.parse(line) as Record<string, unknown>;
      } catch {
        keep(`line ${index + 1}: malformed JSON`);
        index++;
        continue;
      }
      keep(source.mapping ? mapRow(raw, source.mapping, source.name, index) : normaliseSharedRow(raw, source.name));
      index++;
    }
  } else {
    if (!source.mapping) throw new Error(`${source.path}: CSV/TSV needs a column mapping (--map or a dataset config)`);
    readTable(source.path).forEach((raw, i) => keep(mapRow(raw, source.mapping!, source.name, i)));
  }
  // Project sets carry their own dataset field; report them under the file's name so files stay apart.
  if (source.group === "project" || source.group === "custom") for (const r of records) r.dataset = source.name;
  return { records, skipped, skipReasons };
}

/** sha256 of a file (report provenance: which exact data produced the numbers). */
export function hashFile(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

export interface ResolveOptions {
  repoRoot: string;
  dataDir: string;
  /** Column mapping from --map, applied to positional CSV/JSONL paths. */
  mapping?: ColumnMapping;
}

/**
 * Resolves positional selectors: a group (`suites`, `train`, `eval-only`, `project`), a shared file
 * (`suites/mhc`, `mhc`), a project set (`tfgbv-func`, `tfgbv-func/en`), a dataset config (*.json),
 * or a researcher file (*.csv, *.tsv, *.jsonl[.gz]; needs --map unless it already uses our schema).
 * No selector = the default run: every shared file plus every project set.
 */
export function resolveSources(selectors: readonly string[], options: ResolveOptions): DatasetSource[] {
  const shared = listSharedSources(options.dataDir);
  const project = listProjectSources(options.repoRoot);
  if (selectors.length === 0) return [...shared, ...project];
  const out: DatasetSource[] = [];
  for (const sel of selectors) {
    const clean = sel.replace(/\/+$/, "").replace(/\.jsonl(\.gz)?$/, "");
    const fromShared = shared.filter(
      (s) => s.group === clean || s.name === clean || `${s.group}/${s.name}` === clean || relative(options.dataDir, s.path).startsWith(`${clean}.`),
    );
    const fromProject = project.filter((s) => clean === "project" || s.name === clean || s.collection === clean || `${s.collection}/${s.name}` === clean);
    if (fromShared.length || fromProject.length) {
      out.push(...fromShared, ...fromProject);
      continue;
    }
    if (existsSync(sel) && statSync(sel).isFile()) {
      if (sel.endsWith(".json")) out.push(readDatasetConfig(sel));
      else
        out.push({
          name: basename(sel).replace(/\.(csv|tsv|jsonl)(\.gz)?$/, ""),
          group: "custom",
          path: resolve(sel),
          functional: false,
          mapping: options.mapping,
        });
      continue;
    }
    const known = [...new Set([...shared.map((s) => `${s.group}/${s.name}`), ...project.map((s) => `${s.collection}/${s.name}`)])];
    throw new Error(`unknown dataset "${sel}". Groups: train, suites, eval-only, project. Datasets: ${known.join(", ")}`);
  }
  return [...new Map(out.map((s) => [s.path, s])).values()];
}
