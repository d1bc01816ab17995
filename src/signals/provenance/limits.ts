/**
 * Hard bounds for every provenance reader. Each reader works on untrusted bytes: it never reads outside the
 * buffer, never recurses deeper or loops longer than these, and never allocates more than a bound.
 */
export interface ProvenanceLimits {
  /** Largest file scanned at all. */
  maxInputBytes: number;
  /** Container segments/chunks/boxes walked before giving up. */
  maxSegments: number;
  /** Total JUMBF (C2PA manifest store) bytes assembled from segments. */
  maxJumbfBytes: number;
  /** JUMBF superbox nesting depth. */
  maxJumbfDepth: number;
  /** JUMBF boxes in one store. */
  maxJumbfBoxes: number;
  /** One XMP packet (after assembling extended XMP). */
  maxXmpBytes: number;
  /** One text chunk, after decompression. */
  maxTextBytes: number;
  /** EXIF IFD entries per directory. */
  maxIfdEntries: number;
}

export const DEFAULT_PROVENANCE_LIMITS: ProvenanceLimits = Object.freeze({
  maxInputBytes: 64 * 1024 * 1024,
  maxSegments: 20_000,
  maxJumbfBytes: 16 * 1024 * 1024,
  maxJumbfDepth: 12,
  maxJumbfBoxes: 4_000,
  maxXmpBytes: 2 * 1024 * 1024,
  maxTextBytes: 1024 * 1024,
  maxIfdEntries: 1_000,
});

/** A structural problem in the bytes; readers catch it per component and record it, never crash. */
export class ProvenanceParseError extends Error {
  constructor(
    readonly component: string,
    message: string,
  ) {
    super(`${component}: ${message}`);
    this.name = "ProvenanceParseError";
  }
}

export const u16be = (b: Uint8Array, o: number) => (b[o]! << 8) | b[o + 1]!;
export const u32be = (b: Uint8Array, o: number) => ((b[o]! << 24) >>> 0) + ((b[o + 1]! << 16) | (b[o + 2]! << 8) | b[o + 3]!);
export const u16le = (b: Uint8Array, o: number) => b[o]! | (b[o + 1]! << 8);
export const u32le = (b: Uint8Array, o: number) => (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16)) + ((b[o + 3]! << 24) >>> 0);
export const ascii = (b: Uint8Array, start: number, end: number) => {
  let s = "";
  for (let i = start; i < Math.min(end, b.length); i++) s += String.fromCharCode(b[i]!);
  return s;
};
export const startsWith = (b: Uint8Array, offset: number, text: string) => {
  if (offset + text.length > b.length) return false;
  for (let i = 0; i < text.length; i++) if (b[offset + i] !== text.charCodeAt(i)) return false;
  return true;
};
/** Index of the first 0 byte at or after `from` (and before `end`), or -1. */
export const indexOfNul = (b: Uint8Array, from: number, end = b.length) => {
  for (let i = from; i < Math.min(end, b.length); i++) if (b[i] === 0) return i;
  return -1;
};
