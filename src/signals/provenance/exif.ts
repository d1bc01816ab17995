/**
 * Minimal EXIF / TIFF directory reader: the few tags provenance needs (Make, Model, Software, Artist,
 * DateTimeOriginal, UserComment, and for TIFF files XMP and C2PA). Bounded: IFD0 and the Exif sub-IFD only,
 * entry counts capped, every offset checked. A hand-written reader rather than a library because the npm
 * EXIF parsers we could use offline either decode everything (thumbnails, maker notes: more attack surface)
 * or need the whole file as a Buffer API we do not control; this one is ~100 lines and fuzzed.
 */
import { type ProvenanceLimits, u16be, u16le, u32be, u32le } from "./limits.js";

const TYPE_SIZE: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4 };
const TAG_MAKE = 0x010f;
const TAG_MODEL = 0x0110;
const TAG_SOFTWARE = 0x0131;
const TAG_ARTIST = 0x013b;
const TAG_IMAGE_DESCRIPTION = 0x010e;
const TAG_EXIF_IFD = 0x8769;
const TAG_DATETIME_ORIGINAL = 0x9003;
const TAG_USER_COMMENT = 0x9286;
/** Longest string we keep from a tag (they are echoed in evidence). */
const MAX_STRING = 256;

export interface ExifFields {
  make?: string;
  model?: string;
  software?: string;
  artist?: string;
  imageDescription?: string;
  dateTimeOriginal?: string;
  /** Full UserComment text (generators such as AUTOMATIC1111 store their parameters here in JPEG/WebP). */
  userComment?: string;
}

interface Entry {
  tag: number;
  type: number;
  count: number;
  /** absolute offset of the value bytes */
  offset: number;
  length: number;
}

interface Tiff {
  b: Uint8Array;
  le: boolean;
}

function openTiff(b: Uint8Array): Tiff | null {
  if (b.length < 8) return null;
  if (b[0] === 0x49 && b[1] === 0x49 && u16le(b, 2) === 42) return { b, le: true };
  if (b[0] === 0x4d && b[1] === 0x4d && u16be(b, 2) === 42) return { b, le: false };
  return null;
}

const r16 = (t: Tiff, o: number) => (t.le ? u16le(t.b, o) : u16be(t.b, o));
const r32 = (t: Tiff, o: number) => (t.le ? u32le(t.b, o) : u32be(t.b, o));

function readIfd(t: Tiff, ifdOffset: number, limits: ProvenanceLimits): Entry[] {
  const { b } = t;
  if (ifdOffset < 8 || ifdOffset + 2 > b.length) return [];
  const count = Math.min(r16(t, ifdOffset), limits.maxIfdEntries);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    const e = ifdOffset + 2 + i * 12;
    if (e + 12 > b.length) break;
    const type = r16(t, e + 2);
    const size = TYPE_SIZE[type];
    if (!size) continue;
    const n = r32(t, e + 4);
    const length = size * n;
    if (!Number.isSafeInteger(length)) continue;
    const offset = length <= 4 ? e + 8 : r32(t, e + 8);
    if (offset + length > b.length) continue; // points outside the block: ignore the tag
    entries.push({ tag: r16(t, e), type, count: n, offset, length });
  }
  return entries;
}

const cleanString = (s: string) => s.replace(/\0+$/, "").trim().slice(0, MAX_STRING);

function readAscii(t: Tiff, e: Entry): string {
  let s = "";
  for (let i = 0; i < Math.min(e.length, MAX_STRING * 4); i++) s += String.fromCharCode(t.b[e.offset + i]!);
  // ASCII tags are often UTF-8 in practice
  try {
    s = new TextDecoder("utf-8", { fatal: true }).decode(t.b.subarray(e.offset, e.offset + Math.min(e.length, MAX_STRING * 4)));
  } catch {
    /* keep the latin-1 reading */
  }
  return cleanString(s);
}

function readUserComment(t: Tiff, e: Entry, limits: ProvenanceLimits): string | undefined {
  if (e.length < 8) return undefined;
  const data = t.b.subarray(e.offset, e.offset + Math.min(e.length, limits.maxTextBytes));
  const charset = String.fromCharCode(...data.subarray(0, 8)).replace(/\0+$/, "");
  const body = data.subarray(8);
  let text: string;
  if (charset === "UNICODE") {
    // UTF-16 in the TIFF byte order (piexif writes big-endian); a BOM wins if present
    const le = body[0] === 0xff && body[1] === 0xfe ? true : body[0] === 0xfe && body[1] === 0xff ? false : t.le;
    text = new TextDecoder(le ? "utf-16le" : "utf-16be").decode(body);
  } else {
    text = new TextDecoder("utf-8").decode(body);
  }
  text = text.replace(/^\uFEFF/, "").replace(/\0+$/, "").trim();
  return text || undefined;
}

/** EXIF fields from a TIFF-layout block (the payload after "Exif\0\0", a PNG eXIf chunk, or a TIFF file). */
export function parseExif(block: Uint8Array, limits: ProvenanceLimits): ExifFields | null {
  const t = openTiff(block);
  if (!t) return null;
  const out: ExifFields = {};
  const ifd0 = readIfd(t, r32(t, 4), limits);
  for (const e of ifd0) {
    if (e.type !== 2 && e.tag !== TAG_EXIF_IFD) continue;
    if (e.tag === TAG_MAKE) out.make = readAscii(t, e);
    else if (e.tag === TAG_MODEL) out.model = readAscii(t, e);
    else if (e.tag === TAG_SOFTWARE) out.software = readAscii(t, e);
    else if (e.tag === TAG_ARTIST) out.artist = readAscii(t, e);
    else if (e.tag === TAG_IMAGE_DESCRIPTION) out.imageDescription = readAscii(t, e);
  }
  const exifPointer = ifd0.find((e) => e.tag === TAG_EXIF_IFD && (e.type === 4 || e.type === 13));
  if (exifPointer) {
    for (const e of readIfd(t, r32(t, exifPointer.offset), limits)) {
      if (e.tag === TAG_DATETIME_ORIGINAL && e.type === 2) out.dateTimeOriginal = readAscii(t, e);
      else if (e.tag === TAG_USER_COMMENT) out.userComment = readUserComment(t, e, limits);
    }
  }
  for (const k of Object.keys(out) as (keyof ExifFields)[]) if (!out[k]) delete out[k];
  return Object.keys(out).length ? out : null;
}

/** Raw bytes of one IFD0 tag of a TIFF file (XMP = 700, C2PA = 0xCD41), or null. */
export function readTiffTag(block: Uint8Array, tag: number, limits: ProvenanceLimits): Uint8Array | null {
  const t = openTiff(block);
  if (!t) return null;
  const e = readIfd(t, r32(t, 4), limits).find((x) => x.tag === tag);
  return e ? block.subarray(e.offset, e.offset + e.length) : null;
}
