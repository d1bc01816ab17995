/**
 * A PDQ hash is 256 bits. On the wire it is 64 lowercase hex digits in the reference's order
 * (16-bit words from the last to the first, as `pdq-photo-hasher` prints them). In memory it is
 * eight 32-bit words so that a Hamming distance is eight XORs and eight popcounts.
 *
 * Example:
 *   pdqDistance("d8f8f0ce…9b22", "d8f8f0cc…9b22")   // number of differing bits, 0..256
 */

/** Bits in a PDQ hash. */
export const PDQ_BITS = 256;
/** Hex digits in a PDQ hash. */
export const PDQ_HEX_LENGTH = 64;
/** 32-bit words in a PDQ hash. */
export const PDQ_WORDS = 8;

const HEX_RE = /^[0-9a-fA-F]{64}$/;

export class PdqHexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PdqHexError";
  }
}

/** True when `hex` is exactly 64 hex digits. */
export function isPdqHex(hex: unknown): hex is string {
  return typeof hex === "string" && HEX_RE.test(hex);
}

/**
 * Parses 64 hex digits into 8 words; word 0 holds the first 8 digits. Throws PdqHexError (and may
 * have written part of `out`, like readPdqHex).
 */
export function parsePdqHex(hex: string, out: Uint32Array = new Uint32Array(PDQ_WORDS), offset = 0): Uint32Array {
  const raw: unknown = hex;
  if (typeof raw === "string" && readPdqHex(raw, out, offset)) return out;
  const len = typeof raw === "string" ? raw.length : 0;
  throw new PdqHexError(`a PDQ hash is ${PDQ_HEX_LENGTH} hex digits; got ${len} characters${len === PDQ_HEX_LENGTH ? " with non-hex digits" : ""}`);
}

/** Formats 8 words (from `offset`) as 64 lowercase hex digits. */
export function formatPdqHex(words: Uint32Array, offset = 0): string {
  let s = "";
  for (let w = 0; w < PDQ_WORDS; w++) s += (words[offset + w] >>> 0).toString(16).padStart(8, "0");
  return s;
}

/** Population count of a 32-bit integer (SWAR; V8 has no popcount intrinsic). */
export function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Hamming distance between two hashes stored as words at the given offsets. */
export function hammingWords(a: Uint32Array, aOff: number, b: Uint32Array, bOff: number): number {
  let d = 0;
  for (let w = 0; w < PDQ_WORDS; w++) d += popcount32((a[aOff + w] ^ b[bOff + w]) >>> 0);
  return d;
}

/** Hamming distance between two PDQ hex hashes (0..256). Throws PdqHexError on malformed input. */
export function pdqDistance(a: string, b: string): number {
  return hammingWords(parsePdqHex(a), 0, parsePdqHex(b), 0);
}

/**
 * Sets bit k (0..255) the way the reference's Hash256 does: bit k lives in 16-bit word k>>4, and
 * 16-bit word i is printed at hex position (15 - i) * 4.
 */
export function setPdqBit(words: Uint32Array, k: number): void {
  const word16 = k >> 4;
  const pos16 = 15 - word16; // position of the 16-bit word in print order
  const w32 = pos16 >> 1;
  const shift = (pos16 & 1 ? 0 : 16) + (k & 15);
  words[w32] = (words[w32] | (1 << shift)) >>> 0;
}

/** 64 hex digits → 32 raw bytes (the storage form; same order as the hex). Throws PdqHexError. */
export function pdqBytesFromHex(hex: string): Uint8Array {
  if (!isPdqHex(hex)) parsePdqHex(hex); // throws the descriptive error
  return Buffer.from(hex, "hex"); // a Buffer is a Uint8Array; small ones share Node's pool
}

/** Digit value per ASCII code; 255 for a non-hex character. */
const HEX_DIGIT = (() => {
  const t = new Uint8Array(128).fill(255);
  for (let c = 0; c < 10; c++) t[48 + c] = c;
  for (let c = 0; c < 6; c++) t[65 + c] = t[97 + c] = 10 + c;
  return t;
})();

/**
 * Reads 64 hex digits (either case) into 8 words at `offset` in one pass over the characters;
 * false (and `out` partly written) when `hex` is not exactly 64 hex digits. The bulk paths (bank
 * import, index build) use it instead of a regex test plus eight `parseInt` calls per hash.
 */
export function readPdqHex(hex: string, out: Uint32Array, offset = 0): boolean {
  if (hex.length !== PDQ_HEX_LENGTH) return false;
  for (let w = 0; w < PDQ_WORDS; w++) {
    let v = 0;
    for (let i = w * 8, end = i + 8; i < end; i++) {
      const c = hex.charCodeAt(i);
      const d = c < 128 ? HEX_DIGIT[c] : 255;
      if (d > 15) return false;
      v = (v << 4) | d;
    }
    out[offset + w] = v >>> 0;
  }
  return true;
}

/** 32 raw bytes → 8 words, written into `out` at `offset`. */
export function pdqWordsFromBytes(bytes: Uint8Array, out: Uint32Array = new Uint32Array(PDQ_WORDS), offset = 0): Uint32Array {
  if (bytes.byteLength !== 32) throw new PdqHexError(`a PDQ hash is 32 bytes; got ${bytes.byteLength}`);
  for (let w = 0; w < PDQ_WORDS; w++) {
    const b = w * 4;
    out[offset + w] = ((bytes[b] << 24) | (bytes[b + 1] << 16) | (bytes[b + 2] << 8) | bytes[b + 3]) >>> 0;
  }
  return out;
}
