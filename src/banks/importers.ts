/**
 * Readers for the hash-list shapes operators receive. Each returns plain NewEntry objects tagged
 * with their record number (1-based line or array position); validation happens afterwards, so a
 * bad record is reported and never guessed.
 *
 * - `jsonl`: one object per line: {"pdq": "<64 hex>", "quality": 90, "md5": "...", "metadata": {...}};
 *   other top-level fields go into metadata. Lines may also be single ThreatExchange or StopNCII records.
 * - `csv`: a header row naming `pdq` (or `hash`), optional `quality`, `md5`, `sha256`; every other
 *   column becomes a metadata field. A file without a header whose first column is hashes also works.
 * - `threatexchange`: the Graph API shape `{"data": [{"id", "type": "HASH_PDQ", "indicator" | "raw_indicator",
 *   "should_delete", "tags", ...}]}` (threat_updates and threat_descriptors). HASH_PDQ and HASH_MD5 are read;
 *   `should_delete: true` and other types are skipped.
 * - `stopncii`: the FetchHashes response `{"hashRecords": [{"signalType": "ImagePDQ", "hashValue",
 *   "hashStatus", "caseNumbers", "lastModtimestamp"}]}`; Withdrawn/Deleted records are skipped.
 */
import { parse as parseCsv } from "csv-parse/sync";
import type { NewEntry } from "./types.js";

export const IMPORT_FORMATS = Object.freeze(["jsonl", "csv", "threatexchange", "stopncii"] as const);
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ParsedImport {
  format: ImportFormat;
  entries: { record: number; entry: NewEntry }[];
  errors: { record: number; message: string }[];
  skipped: number;
}

type Json = Record<string, unknown>;

const PDQ_KEYS = ["pdq", "pdq_hex", "hash", "signal_value"];
const RESERVED_KEYS = new Set([...PDQ_KEYS, "quality", "md5", "sha256", "metadata"]);

/** Detects the format from the content when `format` is "auto". */
export function detectImportFormat(text: string): ImportFormat {
  const head = text.trimStart();
  if (head.startsWith("{")) {
    const firstLine = head.split("\n", 1)[0].trim();
    const single = firstLine.length === head.trimEnd().length || !isJsonObject(firstLine);
    if (single) {
      if (/"hashRecords"\s*:/.test(head)) return "stopncii";
      if (/"data"\s*:/.test(head)) return "threatexchange";
    }
    return "jsonl";
  }
  return "csv";
}

/** Receives each record as it is read (bulk imports validate and store without keeping the list). */
export interface ImportSink {
  entry(record: number, entry: NewEntry): void;
  error(record: number, message: string): void;
  skip(record: number): void;
}

/** Reads every record and returns them all (small lists, tests); imports use `readBankImport`. */
export function parseBankImport(text: string, format: ImportFormat | "auto" = "auto"): ParsedImport {
  const fmt = format === "auto" ? detectImportFormat(text) : format;
  const out: ParsedImport = { format: fmt, entries: [], errors: [], skipped: 0 };
  readBankImport(text, fmt, {
    entry: (record, entry) => out.entries.push({ record, entry }),
    error: (record, message) => out.errors.push({ record, message }),
    skip: () => out.skipped++,
  });
  return out;
}

/** Reads every record of `text` into `sink`, in order; returns the format read. */
export function readBankImport(text: string, format: ImportFormat | "auto", sink: ImportSink): ImportFormat {
  const fmt = format === "auto" ? detectImportFormat(text) : format;
  switch (fmt) {
    case "jsonl":
      readJsonl(text, sink);
      break;
    case "csv":
      readCsvList(text, sink);
      break;
    case "threatexchange":
      readEnvelope(text, "data", fromThreatExchange, sink);
      break;
    case "stopncii":
      readEnvelope(text, "hashRecords", fromStopNcii, sink);
      break;
    default:
      throw new RangeError(`unknown import format ${String(format)}; use one of ${IMPORT_FORMATS.join(", ")}, auto`);
  }
  return fmt;
}

/** A record conversion: an entry, "skip" (withdrawn/unsupported), or an error message. */
type Converted = NewEntry | { skip: string } | { error: string };

function readJsonl(text: string, out: ImportSink): void {
  // indexOf + slice, not split(/\r?\n/): at a million lines the regex split costs more than JSON.parse.
  for (let pos = 0, record = 1; pos < text.length; record++) {
    let end = text.indexOf("\n", pos);
    if (end < 0) end = text.length;
    const line = text.slice(pos, end > pos && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
    pos = end + 1;
    if (isBlank(line)) continue;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch {
      out.error(record, "not valid JSON");
      continue;
    }
    if (!obj || typeof obj !== "object" || Array.isArray(obj)) {
      out.error(record, "each line must be a JSON object");
      continue;
    }
    const o = obj as Json;
    const converted = "hashValue" in o ? fromStopNcii(o) : "indicator" in o || "raw_indicator" in o ? fromThreatExchange(o) : fromFlat(o);
    collect(out, record, converted);
  }
}

/** True for an empty or whitespace-only line; a line starting with "{" skips the trimmed copy. */
function isBlank(line: string): boolean {
  return line.charCodeAt(0) !== 123 && !line.trim();
}

function readCsvList(text: string, out: ImportSink): void {
  let rows: string[][];
  try {
    rows = parseCsv(text, { relax_column_count: true, skip_empty_lines: true, trim: true, bom: true }) as string[][];
  } catch (err) {
    out.error(0, `CSV could not be read: ${(err as Error).message.split("\n")[0]}`);
    return;
  }
  if (!rows.length) return;
  const first = rows[0].map((h) => h.toLowerCase());
  const headerless = /^[0-9a-f]{64}$/i.test(first[0] ?? "");
  const header = headerless ? ["pdq", "quality"] : first;
  if (!headerless && !header.some((h) => PDQ_KEYS.includes(h) || h === "md5" || h === "sha256")) {
    out.error(1, `the header names no hash column (expected one of ${[...PDQ_KEYS, "md5", "sha256"].join(", ")})`);
    return;
  }
  rows.slice(headerless ? 0 : 1).forEach((row, i) => {
    const o: Json = {};
    header.forEach((h, c) => {
      if (row[c] !== undefined && row[c] !== "") o[h] = row[c];
    });
    if (typeof o.quality === "string") o.quality = /^\d+$/.test(o.quality) ? Number(o.quality) : o.quality;
    collect(out, i + (headerless ? 1 : 2), fromFlat(o));
  });
}

function readEnvelope(text: string, key: string, convert: (o: Json) => Converted, out: ImportSink): void {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    out.error(0, "not valid JSON");
    return;
  }
  const list = doc && typeof doc === "object" ? (doc as Json)[key] : undefined;
  if (!Array.isArray(list)) {
    out.error(0, `expected a JSON object with a "${key}" array`);
    return;
  }
  list.forEach((item, i) => {
    if (!item || typeof item !== "object") out.error(i + 1, "record is not an object");
    else collect(out, i + 1, convert(item as Json));
  });
}

function collect(out: ImportSink, record: number, c: Converted): void {
  if ("skip" in c) out.skip(record);
  else if ("error" in c) out.error(record, c.error);
  else out.entry(record, c);
}

function fromFlat(o: Json): Converted {
  const entry: NewEntry = {};
  for (const k of PDQ_KEYS) {
    if (o[k] !== undefined) {
      entry.pdq = lower(o[k]) as string;
      break;
    }
  }
  if (o.quality !== undefined) entry.quality = o.quality as number;
  if (o.md5 !== undefined) entry.md5 = lower(o.md5) as string;
  if (o.sha256 !== undefined) entry.sha256 = lower(o.sha256) as string;
  let metadata: Json | undefined;
  for (const k of Object.keys(o)) if (!RESERVED_KEYS.has(k)) (metadata ??= {})[k] = o[k];
  if (o.metadata !== undefined) {
    if (!o.metadata || typeof o.metadata !== "object" || Array.isArray(o.metadata)) return { error: "metadata must be an object" };
    metadata = Object.assign(metadata ?? {}, o.metadata);
  }
  if (metadata && Object.keys(metadata).length) entry.metadata = metadata;
  return entry;
}

function fromThreatExchange(o: Json): Converted {
  if (o.should_delete === true) return { skip: "should_delete" };
  const nested = o.indicator && typeof o.indicator === "object" ? (o.indicator as Json) : null;
  const value = nested ? nested.indicator : (o.indicator ?? o.raw_indicator);
  const type = String(o.type ?? o.indicator_type ?? nested?.type ?? "").toUpperCase();
  if (typeof value !== "string") return { error: "no indicator value" };
  const metadata: Json = { source: "threatexchange" };
  if (o.id !== undefined) metadata.threatexchangeId = String(o.id);
  if (Array.isArray(o.tags)) metadata.tags = o.tags;
  else if (o.tags && typeof o.tags === "object" && Array.isArray((o.tags as Json).data)) {
    metadata.tags = ((o.tags as Json).data as Json[]).map((t) => t.text ?? t.name ?? t.id);
  }
  for (const k of ["status", "privacy_type", "last_updated", "creation_time"]) if (o[k] !== undefined) metadata[k] = o[k];
  const owner = o.owner as Json | undefined;
  if (owner && typeof owner === "object" && owner.name !== undefined) metadata.owner = owner.name;
  if (type === "HASH_PDQ" || type === "PDQ") return { pdq: value.toLowerCase(), metadata };
  if (type === "HASH_MD5" || type === "MD5") return { md5: value.toLowerCase(), metadata };
  return { skip: `type ${type || "missing"}` };
}

function fromStopNcii(o: Json): Converted {
  const status = String(o.hashStatus ?? "");
  if (status === "Withdrawn" || status === "Deleted") return { skip: status };
  const value = o.hashValue;
  if (typeof value !== "string") return { error: "no hashValue" };
  const metadata: Json = { source: "stopncii" };
  if (status) metadata.hashStatus = status;
  if (o.caseNumbers && typeof o.caseNumbers === "object") metadata.caseNumbers = Object.keys(o.caseNumbers as Json);
  if (o.lastModtimestamp !== undefined) metadata.lastModtimestamp = o.lastModtimestamp;
  const type = String(o.signalType ?? "");
  if (type === "ImagePDQ") return { pdq: value.toLowerCase(), metadata };
  if (type === "VideoMD5") return { md5: value.toLowerCase(), metadata };
  return { skip: `signalType ${type || "missing"}` };
}

function lower(v: unknown): unknown {
  return typeof v === "string" ? v.toLowerCase() : v;
}

function isJsonObject(line: string): boolean {
  try {
    const v = JSON.parse(line);
    return !!v && typeof v === "object" && !Array.isArray(v);
  } catch {
    return false;
  }
}
