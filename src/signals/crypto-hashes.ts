/**
 * Exact-match signals: MD5 (what StopNCII and many hash lists carry alongside PDQ) and SHA-256
 * (our own content id in logs and audit). Both over the original file bytes, lowercase hex.
 *
 * Example:
 *   cryptoHashes(bytes)   // { md5: "9e10…", sha256: "b94d…" }
 */
import { createHash } from "node:crypto";

export interface CryptoHashes {
  md5: string;
  sha256: string;
}

export const MD5_HEX_RE = /^[0-9a-f]{32}$/;
export const SHA256_HEX_RE = /^[0-9a-f]{64}$/;

export function md5Hex(bytes: Uint8Array): string {
  return createHash("md5").update(bytes).digest("hex");
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export function cryptoHashes(bytes: Uint8Array): CryptoHashes {
  return { md5: md5Hex(bytes), sha256: sha256Hex(bytes) };
}
