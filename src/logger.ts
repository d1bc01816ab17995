import { pino, type Logger, type DestinationStream } from "pino";

/**
 * Structured JSON logs. Raw content must never reach a log line: callers log request ids, content SHA-256 and
 * timings only, and these paths are redacted as a second line of defence.
 */
export const REDACT_PATHS = [
  "text",
  "image",
  "content",
  "items",
  "body",
  "*.text",
  "*.image",
  "*.content",
  "req.headers.authorization",
  "req.headers['x-api-key']",
];

export type { Logger };

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: "tfgbv-guard" },
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}
