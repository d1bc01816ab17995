import { createRoute, z } from "@hono/zod-openapi";
import type { AppContext } from "../../context.js";
import { ImageError } from "../../content/image/decode.js";
import { HashQueueFullError } from "../../content/image/hash-pool.js";
import { UnknownPolicyError } from "../../scoring/score-text.js";
import type { App } from "../app.js";
import { ApiError } from "../errors.js";
import { jsonBody } from "../json-body.js";
import { errorResponses, type Schemas } from "../schemas.js";

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes strict base64 (standard alphabet, optional data: URL prefix); null when malformed. */
export function decodeBase64(input: string): Uint8Array | null {
  const s = input.startsWith("data:") ? input.slice(input.indexOf(",") + 1) : input;
  const clean = s.replace(/\s+/g, "");
  if (clean.length === 0 || clean.length % 4 !== 0 || !BASE64.test(clean)) return null;
  return new Uint8Array(Buffer.from(clean, "base64"));
}

function requireScoring(ctx: AppContext) {
  if (!ctx.textScoring) throw new ApiError("not_ready", `models are loading: ${ctx.readiness.reasons().join("; ") || "starting"}`);
  return ctx.textScoring;
}

const mapPolicyError = (e: unknown): never => {
  if (e instanceof UnknownPolicyError) throw new ApiError("invalid_request", e.message, [{ path: "policy", message: e.message }]);
  throw e;
};

export function registerScoreRoutes(app: App, ctx: AppContext, s: Schemas): void {
  const imageBodyBytes = Math.ceil((ctx.config.maxImageBytes * 4) / 3) + 64 * 1024;
  const scoreBody = jsonBody({
    maxBytes: Math.max(ctx.config.maxJsonBodyBytes, imageBodyBytes),
    maxDepth: ctx.config.maxJsonDepth,
    allowMultipart: true,
  });
  const batchBody = jsonBody({ maxBytes: ctx.config.maxJsonBodyBytes, maxDepth: ctx.config.maxJsonDepth });

  const score = createRoute({
    method: "post",
    path: "/v1/score",
    summary: "Score one text or one image",
    description:
      "Returns a Verdict: calibrated per-label scores, the decision of the active policy, spans, language, models and errors. " +
      "Images may also be sent as multipart/form-data (field `image`).",
    middleware: [scoreBody] as const,
    request: {
      body: {
        // Not "required": with two media types that makes both validators run; json-body already enforces the type.
        required: false,
        content: { "application/json": { schema: s.ScoreRequest }, "multipart/form-data": { schema: s.ScoreMultipart } },
      },
    },
    responses: {
      200: { description: "Verdict", content: { "application/json": { schema: s.Verdict } } },
      ...errorResponses(s, [400, 401, 413, 415, 503]),
    },
  });

  app.openapi(score, async (c) => {
    const requestId = c.get("requestId");
    const isMultipart = (c.req.header("content-type") ?? "").toLowerCase().startsWith("multipart/form-data");
    if (isMultipart) {
      const form = c.req.valid("form") as Record<string, unknown>;
      const file = form.image;
      if (!(file instanceof File)) throw new ApiError("invalid_request", "multipart field `image` must be a file", [{ path: "image", message: "required file" }]);
      const bytes = new Uint8Array(await file.arrayBuffer());
      return c.json(await scoreImage(ctx, bytes, { explain: form.explain === "true", policy: form.policy as string | undefined, dihedral: form.dihedral === "true" }, requestId), 200);
    }
    const body = c.req.valid("json") as z.infer<Schemas["ScoreRequest"]>;
    if (body.image !== undefined) {
      const bytes = decodeBase64(body.image);
      if (!bytes) throw new ApiError("invalid_image", "image is not valid base64", [{ path: "image", message: "invalid base64" }]);
      return c.json(await scoreImage(ctx, bytes, { explain: body.explain, policy: body.policy, dihedral: body.dihedral }, requestId), 200);
    }
    const scoring = requireScoring(ctx);
    const verdict = await scoring
      .scoreText({ text: body.text!, language: body.language, explain: body.explain, policy: body.policy }, requestId)
      .catch(mapPolicyError);
    return c.json(verdict, 200);
  });

  const batch = createRoute({
    method: "post",
    path: "/v1/score/batch",
    summary: `Score up to ${ctx.config.maxBatchItems} texts in one call`,
    description: "Results are in request order. Much faster per text than single calls (one batched pass per classifier).",
    middleware: [batchBody] as const,
    request: { body: { required: true, content: { "application/json": { schema: s.BatchRequest } } } },
    responses: {
      200: {
        description: "Verdicts in request order",
        content: { "application/json": { schema: z.object({ results: z.array(s.Verdict) }).openapi("BatchResponse") } },
      },
      ...errorResponses(s, [400, 401, 413, 415, 503]),
    },
  });

  app.openapi(batch, async (c) => {
    const requestId = c.get("requestId");
    const body = c.req.valid("json");
    const scoring = requireScoring(ctx);
    const ids = body.items.map((_, i) => `${requestId}:${i}`);
    const results = await scoring
      .scoreTextBatch(body.items.map((it) => ({ ...it, policy: body.policy })), ids)
      .catch(mapPolicyError);
    return c.json({ results }, 200);
  });
}

async function scoreImage(
  ctx: AppContext,
  bytes: Uint8Array,
  opts: { explain: boolean; policy?: string; dihedral: boolean },
  requestId: string,
) {
  if (bytes.byteLength > ctx.config.maxImageBytes) {
    throw new ApiError("image_too_large", `image is ${bytes.byteLength} bytes; the limit is ${ctx.config.maxImageBytes}`);
  }
  if (!ctx.imageScoring) throw new ApiError("not_ready", `image scoring is not available: ${ctx.readiness.reasons().join("; ") || "not configured"}`);
  return ctx.imageScoring.scoreImage(bytes, opts, requestId).catch((e: unknown) => {
    if (e instanceof ImageError) throw new ApiError(e.code, e.message);
    if (e instanceof HashQueueFullError) throw new ApiError("overloaded", e.message);
    return mapPolicyError(e);
  });
}
