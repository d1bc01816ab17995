/**
 * Container walkers: find the metadata blocks that carry provenance in JPEG, PNG, WebP, GIF, TIFF and
 * ISO-BMFF (AVIF/HEIF) files, without decoding pixels and without native code. Every offset is bounds-checked;
 * a malformed container stops the walk with an error entry and keeps what was found before it.
 */
import { inflateSync } from "node:zlib";
import {
  ascii,
  indexOfNul,
  ProvenanceParseError,
  startsWith,
  u16be,
  u32be,
  u32le,
  type ProvenanceLimits,
} from "./limits.js";
import { readTiffTag } from "./exif.js";

export type ContainerFormat = "jpeg" | "png" | "webp" | "gif" | "tiff" | "heif" | "avif" | "unknown";

export interface TextChunk {
  keyword: string;
  text: string;
  /** where it was found: PNG tEXt/iTXt/zTXt, EXIF UserComment... */
  source: string;
}

/** Raw metadata blocks found in a file, not yet interpreted. */
export interface ContainerMetadata {
  format: ContainerFormat;
  /** The assembled JUMBF bytes of a C2PA manifest store, if embedded. */
  jumbf: Uint8Array | null;
  /** XMP packets (UTF-8). */
  xmp: string[];
  /** EXIF blocks in TIFF layout ("II*\0" / "MM\0*"). */
  exif: Uint8Array[];
  /** Text chunks (PNG) that image generators write. */
  text: TextChunk[];
  /** Problems met while walking; the walk keeps whatever was read before them. */
  errors: string[];
}

const C2PA_BMFF_UUID = "d8fec3d61b0e483c92975828877ec481";
const utf8 = new TextDecoder("utf-8", { fatal: false });
const latin1 = new TextDecoder("latin1");

export function sniffFormat(b: Uint8Array): ContainerFormat {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "jpeg";
  if (startsWith(b, 0, "\x89PNG\r\n\x1a\n")) return "png";
  if (startsWith(b, 0, "RIFF") && startsWith(b, 8, "WEBP")) return "webp";
  if (startsWith(b, 0, "GIF87a") || startsWith(b, 0, "GIF89a")) return "gif";
  if (startsWith(b, 0, "II*\0") || startsWith(b, 0, "MM\0*")) return "tiff";
  if (startsWith(b, 4, "ftyp")) {
    const brands = ascii(b, 8, Math.min(b.length, 8 + Math.max(0, Math.min(u32be(b, 0), 64) - 8)));
    return /avi[fs]/.test(brands) ? "avif" : "heif";
  }
  return "unknown";
}

export function walkContainer(bytes: Uint8Array, limits: ProvenanceLimits): ContainerMetadata {
  const meta: ContainerMetadata = { format: sniffFormat(bytes), jumbf: null, xmp: [], exif: [], text: [], errors: [] };
  try {
    switch (meta.format) {
      case "jpeg":
        walkJpeg(bytes, meta, limits);
        break;
      case "png":
        walkPng(bytes, meta, limits);
        break;
      case "webp":
        walkRiff(bytes, meta, limits);
        break;
      case "gif":
        walkGif(bytes, meta, limits);
        break;
      case "tiff":
        walkTiff(bytes, meta, limits);
        break;
      case "heif":
      case "avif":
        walkBmff(bytes, meta, limits);
        break;
      case "unknown":
        break;
    }
  } catch (err) {
    meta.errors.push(err instanceof ProvenanceParseError ? err.message : `${meta.format}: ${(err as Error).message}`);
  }
  return meta;
}

function addXmp(meta: ContainerMetadata, data: Uint8Array, limits: ProvenanceLimits): void {
  if (data.length > limits.maxXmpBytes) {
    meta.errors.push(`xmp: packet of ${data.length} bytes exceeds ${limits.maxXmpBytes}`);
    return;
  }
  meta.xmp.push(utf8.decode(data));
}

function setJumbf(meta: ContainerMetadata, data: Uint8Array, limits: ProvenanceLimits): void {
  if (data.length > limits.maxJumbfBytes) throw new ProvenanceParseError("c2pa", `manifest store of ${data.length} bytes exceeds ${limits.maxJumbfBytes}`);
  if (meta.jumbf) meta.errors.push("c2pa: more than one embedded manifest store; using the first");
  else meta.jumbf = data;
}

// ---------------------------------------------------------------- JPEG
function walkJpeg(b: Uint8Array, meta: ContainerMetadata, limits: ProvenanceLimits): void {
  // APP11 JUMBF segments grouped by box instance (En), each ordered by packet sequence (Z)
  const app11 = new Map<number, { z: number; data: Uint8Array }[]>();
  const extendedXmp = new Map<string, { total: number; parts: { offset: number; data: Uint8Array }[] }>();
  let pos = 2;
  for (let n = 0; n < limits.maxSegments; n++) {
    while (pos < b.length && b[pos] === 0xff && b[pos + 1] === 0xff) pos++; // fill bytes
    if (pos + 4 > b.length) break; // truncated: keep what we have
    if (b[pos] !== 0xff) throw new ProvenanceParseError("jpeg", `expected a marker at ${pos}`);
    const marker = b[pos + 1]!;
    if (marker === 0xda || marker === 0xd9) break; // start of scan / end of image: metadata is before
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      pos += 2;
      continue;
    }
    const length = u16be(b, pos + 2);
    if (length < 2) throw new ProvenanceParseError("jpeg", `segment length ${length} at ${pos}`);
    const start = pos + 4;
    const end = Math.min(b.length, pos + 2 + length);
    if (pos + 2 + length > b.length) meta.errors.push(`jpeg: segment 0xFF${marker.toString(16)} truncated`);
    const data = b.subarray(start, end);
    if (marker === 0xe1) {
      if (startsWith(data, 0, "Exif\0")) meta.exif.push(data.subarray(6));
      else if (startsWith(data, 0, "http://ns.adobe.com/xap/1.0/\0")) addXmp(meta, data.subarray(29), limits);
      else if (startsWith(data, 0, "http://ns.adobe.com/xmp/extension/\0") && data.length >= 35 + 40) {
        const guid = ascii(data, 35, 67);
        const total = u32be(data, 67);
        const offset = u32be(data, 71);
        const entry = extendedXmp.get(guid) ?? { total, parts: [] };
        entry.parts.push({ offset, data: data.subarray(75) });
        extendedXmp.set(guid, entry);
      }
    } else if (marker === 0xeb && startsWith(data, 0, "JP") && data.length >= 16) {
      const en = u16be(data, 2);
      const z = u32be(data, 4);
      const list = app11.get(en) ?? [];
      list.push({ z, data: data.subarray(8) });
      app11.set(en, list);
    }
    pos = pos + 2 + length;
  }
  for (const [guid, { total, parts }] of extendedXmp) {
    if (total > limits.maxXmpBytes) {
      meta.errors.push(`xmp: extended packet ${guid} of ${total} bytes exceeds ${limits.maxXmpBytes}`);
      continue;
    }
    const buf = new Uint8Array(total);
    for (const p of parts) if (p.offset + p.data.length <= total) buf.set(p.data, p.offset);
    addXmp(meta, buf, limits);
  }
  for (const segments of app11.values()) {
    segments.sort((a, c) => a.z - c.z);
    const first = segments[0]!.data;
    // continuation segments repeat the superbox header (LBox + TBox [+ XLBox]); drop it
    const headerLength = u32be(first, 0) === 1 ? 16 : 8;
    if (!startsWith(first, 4, "jumb")) continue;
    if (!isC2paStore(first)) continue;
    let total = first.length;
    for (const s of segments.slice(1)) total += Math.max(0, s.data.length - headerLength);
    if (total > limits.maxJumbfBytes) throw new ProvenanceParseError("c2pa", `manifest store of ${total} bytes exceeds ${limits.maxJumbfBytes}`);
    const out = new Uint8Array(total);
    out.set(first, 0);
    let o = first.length;
    for (const s of segments.slice(1)) {
      const part = s.data.subarray(headerLength);
      out.set(part, o);
      o += part.length;
    }
    setJumbf(meta, out, limits);
  }
}

/** A JUMBF superbox whose description box is labelled "c2pa" (the manifest store). */
function isC2paStore(box: Uint8Array): boolean {
  const header = u32be(box, 0) === 1 ? 16 : 8;
  // jumd: LBox TBox UUID(16) toggles(1) label
  if (!startsWith(box, header + 4, "jumd")) return false;
  return startsWith(box, header + 8 + 17, "c2pa\0");
}

// ---------------------------------------------------------------- PNG
function inflateBounded(data: Uint8Array, limits: ProvenanceLimits): Uint8Array {
  return inflateSync(data, { maxOutputLength: limits.maxTextBytes });
}

function walkPng(b: Uint8Array, meta: ContainerMetadata, limits: ProvenanceLimits): void {
  let pos = 8;
  for (let n = 0; n < limits.maxSegments && pos + 8 <= b.length; n++) {
    const length = u32be(b, pos);
    const type = ascii(b, pos + 4, pos + 8);
    const start = pos + 8;
    const end = start + length;
    if (length > 0x7fffffff || end > b.length) {
      meta.errors.push(`png: chunk ${JSON.stringify(type)} truncated`);
      break;
    }
    const data = b.subarray(start, end);
    try {
      if (type === "caBX") setJumbf(meta, data, limits);
      else if (type === "eXIf") meta.exif.push(data);
      else if (type === "tEXt" || type === "zTXt" || type === "iTXt") readPngText(type, data, meta, limits);
    } catch (err) {
      meta.errors.push(`png ${type}: ${(err as Error).message}`);
    }
    if (type === "IEND") break;
    pos = end + 4; // CRC
  }
}

function readPngText(type: string, data: Uint8Array, meta: ContainerMetadata, limits: ProvenanceLimits): void {
  const nul = indexOfNul(data, 0, 80);
  if (nul <= 0) throw new Error("missing keyword");
  const keyword = latin1.decode(data.subarray(0, nul));
  let text: string;
  if (type === "tEXt") {
    if (data.length - nul - 1 > limits.maxTextBytes) throw new Error("text too large");
    text = latin1.decode(data.subarray(nul + 1));
  } else if (type === "zTXt") {
    text = latin1.decode(inflateBounded(data.subarray(nul + 2), limits));
  } else {
    const compressed = data[nul + 1] === 1;
    const langEnd = indexOfNul(data, nul + 3);
    const transEnd = langEnd < 0 ? -1 : indexOfNul(data, langEnd + 1);
    if (transEnd < 0) throw new Error("malformed iTXt");
    const body = data.subarray(transEnd + 1);
    if (!compressed && body.length > limits.maxTextBytes) throw new Error("text too large");
    const raw = compressed ? inflateBounded(body, limits) : body;
    if (keyword === "XML:com.adobe.xmp") {
      addXmp(meta, raw, limits);
      return;
    }
    text = utf8.decode(raw);
  }
  meta.text.push({ keyword, text, source: `png:${type}` });
}

// ---------------------------------------------------------------- WebP (RIFF)
function walkRiff(b: Uint8Array, meta: ContainerMetadata, limits: ProvenanceLimits): void {
  let pos = 12;
  for (let n = 0; n < limits.maxSegments && pos + 8 <= b.length; n++) {
    const fourcc = ascii(b, pos, pos + 4);
    const size = u32le(b, pos + 4);
    const start = pos + 8;
    const end = start + size;
    if (end > b.length) {
      meta.errors.push(`webp: chunk ${JSON.stringify(fourcc)} truncated`);
      break;
    }
    const data = b.subarray(start, end);
    if (fourcc === "EXIF") meta.exif.push(startsWith(data, 0, "Exif\0\0") ? data.subarray(6) : data);
    else if (fourcc === "XMP ") addXmp(meta, data, limits);
    else if (fourcc === "C2PA") setJumbf(meta, data, limits);
    pos = end + (size & 1);
  }
}

// ---------------------------------------------------------------- GIF
function walkGif(b: Uint8Array, meta: ContainerMetadata, limits: ProvenanceLimits): void {
  if (b.length < 13) throw new ProvenanceParseError("gif", "truncated header");
  let pos = 13;
  const flags = b[10]!;
  if (flags & 0x80) pos += 3 * (1 << ((flags & 7) + 1));
  const readSubBlocks = (from: number, collect: boolean): { end: number; data: Uint8Array | null } => {
    const parts: Uint8Array[] = [];
    let total = 0;
    let p = from;
    for (let n = 0; n < 1_000_000; n++) {
      if (p >= b.length) throw new ProvenanceParseError("gif", "truncated sub-blocks");
      const size = b[p]!;
      if (size === 0) return { end: p + 1, data: collect ? concat(parts, total) : null };
      if (collect) {
        total += size;
        if (total > limits.maxJumbfBytes) throw new ProvenanceParseError("gif", "application data too large");
        parts.push(b.subarray(p + 1, Math.min(b.length, p + 1 + size)));
      }
      p += 1 + size;
    }
    throw new ProvenanceParseError("gif", "too many sub-blocks");
  };
  for (let n = 0; n < limits.maxSegments && pos < b.length; n++) {
    const introducer = b[pos]!;
    if (introducer === 0x3b) return; // trailer
    if (introducer === 0x21) {
      const label = b[pos + 1];
      if (label === 0xff && b[pos + 2] === 11) {
        const app = ascii(b, pos + 3, pos + 14);
        const dataStart = pos + 14;
        if (app === "XMP DataXMP") {
          // XMP is stored raw (its bytes double as sub-block sizes) and ends with a 258-byte "magic trailer"
          const text = latin1.decode(b.subarray(dataStart, Math.min(b.length, dataStart + limits.maxXmpBytes)));
          const end = text.indexOf("<?xpacket end=");
          const close = end < 0 ? -1 : text.indexOf("?>", end);
          if (close > 0) addXmp(meta, b.subarray(dataStart, dataStart + close + 2), limits);
        }
        // C2PA: application identifier "C2PA_GIF" + 3-byte authentication code, manifest store in sub-blocks
        const { end, data } = readSubBlocks(dataStart, app.startsWith("C2PA_GIF"));
        if (data) setJumbf(meta, data, limits);
        pos = end;
      } else {
        pos = readSubBlocks(pos + 2, false).end;
      }
    } else if (introducer === 0x2c) {
      if (pos + 10 > b.length) throw new ProvenanceParseError("gif", "truncated image descriptor");
      const f = b[pos + 9]!;
      pos += 10;
      if (f & 0x80) pos += 3 * (1 << ((f & 7) + 1));
      pos = readSubBlocks(pos + 1, false).end; // LZW minimum code size, then data
    } else {
      throw new ProvenanceParseError("gif", `unknown block 0x${introducer.toString(16)} at ${pos}`);
    }
  }
}

function concat(parts: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

// ---------------------------------------------------------------- TIFF
function walkTiff(b: Uint8Array, meta: ContainerMetadata, limits: ProvenanceLimits): void {
  meta.exif.push(b);
  const xmp = readTiffTag(b, 700, limits);
  if (xmp) addXmp(meta, xmp, limits);
  const c2pa = readTiffTag(b, 0xcd41, limits);
  if (c2pa) setJumbf(meta, c2pa, limits);
}

// ---------------------------------------------------------------- ISO BMFF (AVIF, HEIF)
function walkBmff(b: Uint8Array, meta: ContainerMetadata, limits: ProvenanceLimits): void {
  let pos = 0;
  for (let n = 0; n < limits.maxSegments && pos + 8 <= b.length; n++) {
    let size = u32be(b, pos);
    const type = ascii(b, pos + 4, pos + 8);
    let header = 8;
    if (size === 1) {
      if (pos + 16 > b.length) break;
      if (u32be(b, pos + 8) !== 0) throw new ProvenanceParseError("bmff", "box larger than 4 GiB");
      size = u32be(b, pos + 12);
      header = 16;
    } else if (size === 0) size = b.length - pos;
    if (size < header || pos + size > b.length) {
      meta.errors.push(`bmff: box ${JSON.stringify(type)} truncated`);
      break;
    }
    if (type === "uuid" && size >= header + 16 + 4) {
      const uuid = Array.from(b.subarray(pos + header, pos + header + 16), (x) => x.toString(16).padStart(2, "0")).join("");
      if (uuid === C2PA_BMFF_UUID) {
        let p = pos + header + 16 + 4; // version + flags
        const nul = indexOfNul(b, p, pos + size);
        if (nul < 0) throw new ProvenanceParseError("c2pa", "bmff uuid box without purpose");
        const purpose = ascii(b, p, nul);
        p = nul + 1;
        if (purpose === "manifest") setJumbf(meta, b.subarray(p + 8, pos + size), limits);
      }
    }
    pos += size;
  }
  // EXIF/XMP in HEIF live in items of the meta box; a bounded scan for the XMP packet covers the common case
  const window = latin1.decode(b.subarray(0, Math.min(b.length, 8 * 1024 * 1024)));
  const start = window.indexOf("<x:xmpmeta");
  if (start >= 0) {
    const end = window.indexOf("</x:xmpmeta>", start);
    if (end > start) addXmp(meta, b.subarray(start, end + 12), limits);
  }
}
