import { createHash, timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { ApiError } from "./errors.js";

/**
 * API-key authentication. Keys are configured as SHA-256 digests (config hashes clear keys on read); the
 * presented key is hashed and compared with every digest in constant time, without early exit.
 * Accepts `Authorization: Bearer <key>` or `X-API-Key: <key>`. No digests configured → authentication is off.
 */
export function apiKeyAuth(digestsHex: readonly string[]): MiddlewareHandler {
  const digests = digestsHex.map((d) => Buffer.from(d, "hex"));
  return async (c, next) => {
    if (digests.length === 0) return next();
    const header = c.req.header("authorization");
    const key = header?.startsWith("Bearer ") ? header.slice(7).trim() : c.req.header("x-api-key");
    if (!key) throw new ApiError("unauthorized", "an API key is required (Authorization: Bearer <key> or X-API-Key)");
    const presented = createHash("sha256").update(key, "utf8").digest();
    let ok = 0;
    for (const d of digests) ok |= timingSafeEqual(presented, d) ? 1 : 0;
    if (!ok) throw new ApiError("unauthorized", "invalid API key");
    return next();
  };
}
