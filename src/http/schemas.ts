import { z } from "@hono/zod-openapi";
import { IMAGE_LABELS, LABELS } from "../taxonomy.js";
import { checkText } from "../scoring/text-input.js";

/** Request/response schemas: the single source of validation and of /openapi.json. */
export function makeSchemas(limits: { maxTextChars: number; maxBatchItems: number }) {
  const Text = z
    .string()
    .superRefine((s, ctx) => {
      const p = checkText(s, limits.maxTextChars);
      if (p) ctx.addIssue({ code: "custom", message: p.message });
    })
    .openapi({ description: `UTF-8 text, 1..${limits.maxTextChars} characters; no control characters other than tab/newline`, example: "example text" });
  const Language = z
    .string()
    .regex(/^[A-Za-z]{2,3}$/, "language must be an ISO 639-1 or 639-3 code")
    .openapi({ description: "Language hint (ISO 639-1, or 639-3 where no 639-1 code exists); wins over detection", example: "ko" });
  const PolicyId = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/).openapi({ description: "Policy id (default policy when absent)" });

  const ScoreRequest = z
    .object({
      text: Text.optional(),
      image: z.string().min(1).openapi({ description: "Base64-encoded image (JPEG, PNG, WebP, GIF, AVIF, TIFF)" }).optional(),
      language: Language.optional(),
      explain: z.boolean().default(false).openapi({ description: "Include spans for every label and per-model scores" }),
      policy: PolicyId.optional(),
      dihedral: z.boolean().default(false).openapi({ description: "Image only: also match the 8 rotations/flips of the PDQ hash" }),
    })
    .strict()
    .refine((b) => (b.text === undefined) !== (b.image === undefined), { message: "give exactly one of text or image" })
    .openapi("ScoreRequest");

  const ScoreMultipart = z
    .object({
      image: z.any().openapi({ type: "string", format: "binary" }),
      explain: z.enum(["true", "false"]).optional(),
      policy: PolicyId.optional(),
      dihedral: z.enum(["true", "false"]).optional(),
    })
    .openapi("ScoreMultipart");

  const BatchRequest = z
    .object({
      items: z
        .array(z.object({ text: Text, language: Language.optional(), explain: z.boolean().default(false) }).strict())
        .min(1)
        .max(limits.maxBatchItems),
      policy: PolicyId.optional(),
    })
    .strict()
    .openapi("BatchRequest");

  const LabelVerdict = z
    .object({
      score: z.number().min(0).max(1).nullable(),
      threshold: z.number(),
      flagged: z.boolean(),
      note: z.string().optional().openapi({
        description:
          "Why a score is null, or why a label is not flagged although its evidence alone would be (the text reads as a mention of abuse: reported, quoted, condemned, negated or in the news).",
      }),
    })
    .openapi("LabelVerdict");
  const Span = z.object({
    start: z.number().int(),
    end: z.number().int(),
    label: z.enum(LABELS),
    weight: z.number(),
    source: z.string(),
  });
  const Verdict = z
    .object({
      id: z.string(),
      kind: z.enum(["text", "image"]),
      content: z.object({ sha256: z.string(), length: z.number().int() }),
      labels: z.record(z.string(), LabelVerdict).openapi({
        description: `Text: every label of the taxonomy (${LABELS.join(", ")}). Image: safety classes (${IMAGE_LABELS.join(", ")}).`,
      }),
      decision: z.enum(["allow", "review", "block"]),
      reasons: z.array(z.string()),
      language: z
        .object({
          code: z.string(),
          confidence: z.number(),
          source: z.enum(["hint", "detected"]),
          measured: z.boolean(),
          romanized: z.boolean().optional(),
          note: z.string().optional(),
        })
        .optional(),
      spans: z.array(Span).optional(),
      modelScores: z.record(z.string(), z.record(z.string(), z.number())).optional(),
      counterSpans: z
        .array(z.object({ start: z.number().int(), end: z.number().int(), source: z.string() }))
        .optional()
        .openapi({
          description:
            "explain: true only. Ranges of the original text (UTF-16 offsets) that read as speaking well of a group, e.g. a positive statement about women, by component; fusion vetoes may cap hate and misogyny on them (the label's note says so).",
        }),
      models: z.array(z.object({ id: z.string(), version: z.string(), kind: z.string() })),
      policy: z.object({ id: z.string(), version: z.string() }),
      timing: z.object({ totalMs: z.number(), stages: z.record(z.string(), z.number()) }),
      errors: z.array(z.object({ component: z.string(), code: z.string(), message: z.string() })),
      cached: z.boolean(),
      image: z.record(z.string(), z.unknown()).optional(),
      hashes: z.record(z.string(), z.unknown()).nullable().optional(),
      matches: z.array(z.record(z.string(), z.unknown())).optional(),
      synthetic: z
        .object({ likelihood: z.enum(["unknown", "low", "medium", "high"]), evidence: z.array(z.record(z.string(), z.unknown())) })
        .optional(),
      text: z.any().optional().openapi({ description: "Image verdicts: the verdict of text found in the image (OCR), when available" }),
    })
    .openapi("Verdict");

  const ErrorBody = z
    .object({
      error: z.object({
        code: z.string(),
        message: z.string(),
        requestId: z.string(),
        issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
      }),
    })
    .openapi("Error");

  return { ScoreRequest, ScoreMultipart, BatchRequest, Verdict, ErrorBody, LabelVerdict };
}

export type Schemas = ReturnType<typeof makeSchemas>;

/** Standard error responses for route definitions. */
export function errorResponses(s: Schemas, codes: number[]) {
  const desc: Record<number, string> = {
    400: "Invalid JSON or request (every problem listed)",
    401: "Missing or invalid API key",
    404: "Not found",
    409: "Conflict",
    413: "Body or image over the limit",
    415: "Wrong content type or unsupported image format",
    503: "Models or indexes still loading",
  };
  return Object.fromEntries(
    codes.map((c) => [c, { description: desc[c] ?? "Error", content: { "application/json": { schema: s.ErrorBody } } }]),
  );
}
