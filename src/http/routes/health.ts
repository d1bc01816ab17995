import type { AppContext } from "../../context.js";
import type { App } from "../app.js";

export function registerHealthRoutes(app: App, ctx: AppContext): void {
  /** Liveness: the process is up. Never depends on models. */
  app.get("/livez", (c) => c.json({ status: "ok" }));

  /** Readiness: 503 with the reasons until models are loaded and indexes built. */
  app.get("/readyz", (c) => {
    const ready = ctx.readiness.isReady && ctx.textScoring !== undefined;
    const reasons = ctx.readiness.reasons();
    if (!ready && ctx.textScoring === undefined && reasons.length === 0) reasons.push("scoring: starting");
    return c.json({ status: ready ? "ready" : "not_ready", reasons, components: ctx.readiness.snapshot() }, ready ? 200 : 503);
  });

  app.get("/metrics", async (c) => {
    c.header("Content-Type", ctx.metrics.registry.contentType);
    return c.body(await ctx.metrics.registry.metrics());
  });
}
