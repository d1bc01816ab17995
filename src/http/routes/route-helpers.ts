/** Small helpers shared by the hash and bank routes: domain error → ApiError, bounded raw bodies. */
import { BankError } from "../../banks/types.js";
import { ImageError } from "../../content/image/decode.js";
import { HashQueueFullError } from "../../content/image/hash-pool.js";
import { readBodyLimited } from "../json-body.js";
import { ApiError } from "../errors.js";

const BANK_ERROR_CODES = {
  bank_not_found: "not_found",
  entry_not_found: "not_found",
  bank_exists: "conflict",
  invalid_bank: "invalid_request",
  invalid_entry: "invalid_request",
  invalid_query: "invalid_request",
} as const satisfies Record<BankError["code"], ConstructorParameters<typeof ApiError>[0]>;

/** Rethrows BankError / ImageError / HashQueueFullError as ApiError (same message, issues kept); anything else unchanged. */
export function toApiError(err: unknown): never {
  if (err instanceof BankError) throw new ApiError(BANK_ERROR_CODES[err.code], err.message, err.issues);
  if (err instanceof ImageError) throw new ApiError(err.code, err.message);
  if (err instanceof HashQueueFullError) throw new ApiError("overloaded", err.message);
  throw err;
}

/** Runs `fn`, mapping domain errors to ApiError. */
export async function mapDomainErrors<T>(fn: () => T | Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    return toApiError(err);
  }
}

/** Reads a request body as UTF-8 text, refusing more than `max` bytes (413) or invalid UTF-8 (400). */
export async function readTextBody(req: Request, max: number): Promise<string> {
  const bytes = await readBodyLimited(req, max);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ApiError("invalid_request", "request body is not valid UTF-8");
  }
}
