import { randomUUID } from "node:crypto";
import { OpenAPIHono } from "@hono/zod-openapi";
import { swaggerUI } from "@hono/swagger-ui";
import { HTTPException } from "hono/http-exception";
import type { AppContext } from "../context.js";
import { apiKeyAuth } from "./auth.js";
import { ApiError, errorEnvelope, issuesFromZod } from "./errors.js";
import { makeSchemas, type Schemas } from "./schemas.js";
import { registerHealthRoutes } from "./routes/health.js";
import { registerScoreRoutes } from "./routes/score.js";
import { EXTRA_ROUTES } from "./routes/index.js";

export interface AppEnv {
  Variables: { requestId: string };
}
export type App = OpenAPIHono<AppEnv>;

const REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;
/** Routes open without an API key: probes, metrics and API docs. */
const PUBLIC = new Set(["/livez", "/readyz", "/metrics", "/openapi.json", "/docs"]);

export function createApp(ctx: AppContext): App {
  const schemas: Schemas = makeSchemas(ctx.config);
  const app: App = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        throw new ApiError("invalid_request", "request does not match the schema", issuesFromZod(result.error.issues));
      }
    },
  });

  // request id + metrics by route template + access log (ids and timings only, never content)
  app.use("*", async (c, next) => {
    const given = c.req.header("x-request-id");
    const requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
    c.set("requestId", requestId);
    const start = performance.now();
    try {
      await next();
    } finally {
      c.header("X-Request-Id", requestId);
      const route = c.req.routePath && c.req.routePath !== "*" && c.res.status !== 404 ? c.req.routePath : "unmatched";
      const labels = { method: c.req.method, route, status: String(c.res.status) };
      const seconds = (performance.now() - start) / 1000;
      ctx.metrics.httpRequests.inc(labels);
      ctx.metrics.httpDuration.observe(labels, seconds);
      ctx.logger.debug({ requestId, ...labels, ms: Math.round(seconds * 1e4) / 10 }, "request");
    }
  });

  const auth = apiKeyAuth(ctx.config.apiKeyHashes);
  app.use("*", async (c, next) => (PUBLIC.has(c.req.path) ? next() : auth(c, next)));

  app.onError((err, c) => {
    const requestId = c.get("requestId") ?? randomUUID();
    let apiErr: ApiError;
    if (err instanceof ApiError) apiErr = err;
    else if (err instanceof HTTPException && err.status === 400) apiErr = new ApiError("invalid_json", "request body is not valid JSON");
    else if (err instanceof HTTPException && err.status === 413) apiErr = new ApiError("payload_too_large", "request body over the limit");
    else {
      // A 500 never leaks internals: the log gets the error (no content), the client a fixed message.
      ctx.logger.error({ requestId, err: { name: (err as Error).name, message: (err as Error).message, stack: (err as Error).stack } }, "unhandled error");
      apiErr = new ApiError("internal", "internal error");
    }
    return c.json(errorEnvelope(apiErr, requestId), apiErr.status);
  });

  app.notFound((c) => c.json(errorEnvelope(new ApiError("not_found", `no route for ${c.req.method} ${c.req.path}`), c.get("requestId")), 404));

  registerHealthRoutes(app, ctx);
  registerScoreRoutes(app, ctx, schemas);
  for (const register of EXTRA_ROUTES) register(app, ctx, schemas);

  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "TFGBV Guard",
      version: "0.1.0",
      description:
        "On-device scoring of text and images for technology-facilitated gender-based violence. Content is never stored or logged.",
    },
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "apiKey", { type: "http", scheme: "bearer" });
  app.get("/docs", swaggerUI({ url: "/openapi.json" }));
  return app;
}
