/**
 * One error-code enum, one exhaustive code → status map, one envelope:
 *   { "error": { "code": "invalid_request", "message": "...", "requestId": "..." } }
 * A 500 never leaks internals: its message is fixed.
 */
export const ERROR_STATUS = {
  invalid_json: 400,
  invalid_request: 400,
  invalid_image: 400,
  malformed_image: 400,
  unsupported_image_format: 415,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  image_too_large: 413,
  image_too_many_pixels: 413,
  unsupported_media_type: 415,
  not_ready: 503,
  overloaded: 503,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export type ErrorStatus = (typeof ERROR_STATUS)[ErrorCode];

/** Details listed with a 400 (every schema problem at once). */
export interface ErrorIssue {
  path: string;
  message: string;
}

export class ApiError extends Error {
  readonly status: ErrorStatus;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: ErrorIssue[],
  ) {
    super(message);
    this.name = "ApiError";
    this.status = ERROR_STATUS[code];
  }
}

export interface ErrorEnvelope {
  error: { code: ErrorCode; message: string; requestId: string; issues?: ErrorIssue[] };
}

export function errorEnvelope(err: ApiError, requestId: string): ErrorEnvelope {
  const body: ErrorEnvelope = { error: { code: err.code, message: err.message, requestId } };
  if (err.issues?.length) body.error.issues = err.issues;
  return body;
}

/** Formats zod issues as `path: message` pairs (path "" for the root). */
export function issuesFromZod(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): ErrorIssue[] {
  return issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
}
