import { serve } from "@hono/node-server";
import { allocatorStatus, GLIBC_TUNABLES_FOR_IMAGES } from "./allocator.js";
import { ConfigError } from "./config.js";
import { createAppContext } from "./context.js";
import { createApp } from "./http/app.js";

/** Starts the service: validated config → context (models load in the background) → HTTP server. */
async function main(): Promise<void> {
  let ctx;
  try {
    ctx = createAppContext();
  } catch (e) {
    // Config and policy problems are listed at once; nothing else is printed (no secrets in messages).
    console.error(e instanceof ConfigError ? e.message : `start-up failed: ${(e as Error).message}`);
    process.exit(1);
  }
  const app = createApp(ctx);
  const allocator = allocatorStatus();
  if (allocator.libc === "glibc" && !allocator.tuned)
    ctx.logger.warn({ GLIBC_TUNABLES: GLIBC_TUNABLES_FOR_IMAGES }, "glibc malloc is not tuned: each image decode page-faults its pixels in again (measured 1.6× the CPU per 1 MP JPEG); start with `npm start` or set GLIBC_TUNABLES");
  // Start the image hashing threads now rather than on the first image (each loads tsx, sharp and PDQ).
  void ctx.imageHasher.warm().catch((e: unknown) => ctx.logger.warn({ err: String((e as Error)?.message ?? e) }, "image hashing threads did not start"));
  const started = performance.now();
  const server = serve({ fetch: app.fetch, hostname: ctx.config.host, port: ctx.config.port }, (info) => {
    ctx.logger.info({ host: info.address, port: info.port }, "listening");
  });
  void ctx.ready.then(() =>
    ctx.logger.info({ ready: ctx.readiness.isReady, ms: Math.round(performance.now() - started), reasons: ctx.readiness.reasons() }, "ready"),
  );
  const shutdown = (signal: string) => {
    ctx.logger.info({ signal }, "shutting down");
    server.close(() => void ctx.close().then(() => process.exit(0)));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}

void main();
