/**
 * POST /v1/hash: PDQ (+ 8 dihedrals), MD5 and SHA-256 of an image. Also the path for hashing on a
 * survivor's own device: run this service locally, send the image, submit only the hashes.
 * Nothing about the image is kept or logged.
 */
import { createRoute, z } from "@hono/zod-openapi";
import type { AppContext } from "../../context.js";
import { PDQ_DIHEDRALS } from "../../signals/pdq/pdq-core.js";
import type { App } from "../app.js";
import { ApiError } from "../errors.js";
import { jsonBody } from "../json-body.js";
import { errorResponses, type Schemas } from "../schemas.js";
import { mapDomainErrors } from "./route-helpers.js";
import { decodeBase64 } from "./score.js";

const HEX64 = z.string().regex(/^[0-9a-f]{64}$/);

export const HashResponse = z
  .object({
    pdq: z
      .object({
        hash: HEX64.openapi({ example: "d8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22" }),
        quality: z.number().int().min(0).max(100).openapi({ description: "0..100; below 50 the hash is not matched by default" }),
        dihedrals: z.object(Object.fromEntries(PDQ_DIHEDRALS.map((d) => [d, HEX64])) as Record<(typeof PDQ_DIHEDRALS)[number], typeof HEX64>),
      })
      .nullable()
      .openapi({ description: "null when the image cannot be hashed reliably (a side under 5 px, or a flat image)" }),
    md5: z.string().regex(/^[0-9a-f]{32}$/),
    sha256: HEX64,
    image: z.object({
      format: z.string(),
      width: z.number().int(),
      height: z.number().int(),
      pages: z.number().int(),
      firstFrameOnly: z.boolean().openapi({ description: "true when the file has several frames and only the first was hashed" }),
    }),
  })
  .openapi("HashResponse");

const HashRequest = z
  .object({ image: z.string().min(1).openapi({ description: "Base64-encoded image (JPEG, PNG, WebP, GIF, AVIF, TIFF)" }) })
  .strict()
  .openapi("HashRequest");
const HashMultipart = z.object({ image: z.any().openapi({ type: "string", format: "binary" }) }).openapi("HashMultipart");

export function registerHashRoutes(app: App, ctx: AppContext, s: Schemas): void {
  const limits = { maxBytes: ctx.config.maxImageBytes, maxPixels: ctx.config.maxImagePixels };
  const body = jsonBody({
    maxBytes: Math.ceil((ctx.config.maxImageBytes * 4) / 3) + 64 * 1024,
    maxDepth: ctx.config.maxJsonDepth,
    allowMultipart: true,
  });
  const route = createRoute({
    method: "post",
    path: "/v1/hash",
    summary: "Hash an image: PDQ with quality and 8 dihedrals, MD5, SHA-256",
    description: "JSON `{\"image\": \"<base64>\"}` or multipart/form-data with a file field `image`. The image is not stored.",
    middleware: [body] as const,
    request: {
      body: { required: false, content: { "application/json": { schema: HashRequest }, "multipart/form-data": { schema: HashMultipart } } },
    },
    responses: {
      200: { description: "Hashes", content: { "application/json": { schema: HashResponse } } },
      ...errorResponses(s, [400, 401, 413, 415, 503]),
    },
  });

  app.openapi(route, async (c) => {
    let bytes: Uint8Array | null;
    if ((c.req.header("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")) {
      const file = (c.req.valid("form") as Record<string, unknown>).image;
      if (!(file instanceof File)) throw new ApiError("invalid_request", "multipart field `image` must be a file", [{ path: "image", message: "required file" }]);
      bytes = new Uint8Array(await file.arrayBuffer());
    } else {
      bytes = decodeBase64((c.req.valid("json") as z.infer<typeof HashRequest>).image);
      if (!bytes) throw new ApiError("invalid_image", "image is not valid base64", [{ path: "image", message: "invalid base64" }]);
    }
    const image = bytes;
    // Decoded and hashed on a hashing thread (ctx.imageHasher); 503 `overloaded` when its queue is full.
    return c.json(await mapDomainErrors(() => ctx.imageHasher.hashImage(image, limits)), 200);
  });
}
