import type { MiddlewareHandler } from "hono";
import { ApiError } from "./errors.js";

/**
 * Reads a JSON request body once, defensively, before any validator sees it:
 *  - wrong media type → 415 (multipart allowed where the route says so),
 *  - over `maxBytes` → 413 (Content-Length checked first, then the bytes actually read),
 *  - invalid UTF-8 → 400 (a fatal decoder: no silent U+FFFD),
 *  - nesting deeper than `maxDepth` → 400 (checked by a linear scan, before JSON.parse can recurse).
 * The decoded text is left in Hono's body cache so the zod validator parses it exactly once.
 */
export function jsonBody(opts: { maxBytes: number; maxDepth: number; allowMultipart?: boolean }): MiddlewareHandler {
  return async (c, next) => {
    const mediaType = (c.req.header("content-type") ?? "").split(";")[0].trim().toLowerCase();
    const isJson = mediaType === "application/json" || /^application\/[\w.-]+\+json$/.test(mediaType);
    const isMultipart = mediaType === "multipart/form-data";
    if (!isJson && !(opts.allowMultipart && isMultipart)) {
      throw new ApiError(
        "unsupported_media_type",
        `Content-Type must be application/json${opts.allowMultipart ? " or multipart/form-data" : ""}`,
      );
    }
    const buf = await readBodyLimited(c.req.raw, opts.maxBytes);
    if (isMultipart) {
      // Hono's body cache holds promises although its type names the resolved values.
      (c.req.bodyCache as Record<string, unknown>).arrayBuffer = Promise.resolve(buf.buffer as ArrayBuffer);
      return next();
    }
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(buf);
    } catch {
      throw new ApiError("invalid_json", "request body is not valid UTF-8");
    }
    const depth = maxNesting(text);
    if (depth > opts.maxDepth) throw new ApiError("invalid_json", `JSON nesting depth exceeds ${opts.maxDepth}`);
    (c.req.bodyCache as Record<string, unknown>).text = Promise.resolve(text);
    return next();
  };
}

const tooLarge = (max: number) => new ApiError("payload_too_large", `request body exceeds ${max} bytes`);

/**
 * Reads a request body, refusing more than `max` bytes with a 413: the declared Content-Length first, then the
 * bytes actually read, aborting as soon as they pass the limit (chunked uploads have no Content-Length).
 */
export async function readBodyLimited(req: Request, max: number): Promise<Uint8Array> {
  const declared = Number(req.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > max) throw tooLarge(max);
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(max);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let off = 0;
  for (const ch of chunks) {
    out.set(ch, off);
    off += ch.byteLength;
  }
  return out;
}

/** Maximum bracket nesting of a JSON text, ignoring brackets inside strings. */
export function maxNesting(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92 /* \ */) i++;
      else if (ch === 34 /* " */) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 91 || ch === 123) {
      if (++depth > max) max = depth;
    } else if (ch === 93 || ch === 125) depth--;
  }
  return max;
}
