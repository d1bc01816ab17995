import { z } from "zod";
import { IMAGE_LABELS, LABELS } from "../taxonomy.js";

/**
 * A Policy: per label (optionally per language) the threshold at which a label is flagged and the action a flag
 * leads to. Thresholds apply to calibrated scores, so they should come from dev-split operating points
 * (see `source` fields), never guesses.
 *
 * Example:
 *   { "id": "default", "version": "2026-11-27.1",
 *     "text": { "misogyny": { "threshold": 0.62, "action": "review", "blockAt": 0.93,
 *                             "languages": { "ko": { "threshold": 0.55 } } } } }
 */
export const ACTIONS = ["none", "review", "block"] as const;
export type Action = (typeof ACTIONS)[number];

const probability = z.number().min(0).max(1);

const LANGUAGE_OVERRIDE = z
  .object({ threshold: probability.optional(), blockAt: probability.optional(), source: z.string().optional() })
  .strict();

export const LABEL_RULE = z
  .object({
    threshold: probability,
    /** What a flag leads to. */
    action: z.enum(ACTIONS),
    /** Optional escalation: a score at or above this blocks (must be >= threshold). */
    blockAt: probability.optional(),
    /** Per-language overrides keyed by ISO 639 code. */
    languages: z.record(z.string().regex(/^[a-z]{2,3}$/), LANGUAGE_OVERRIDE).optional(),
    /** Where the threshold came from (e.g. "dev precision>=0.9, eval/reports/baseline"). */
    source: z.string().optional(),
  })
  .strict()
  .refine((r) => r.blockAt === undefined || r.blockAt >= r.threshold, { message: "blockAt must be >= threshold" });
export type LabelRule = z.infer<typeof LABEL_RULE>;

const textRules = Object.fromEntries(LABELS.map((l) => [l, LABEL_RULE])) as Record<
  (typeof LABELS)[number],
  typeof LABEL_RULE
>;
const imageRules = Object.fromEntries(IMAGE_LABELS.map((l) => [l, LABEL_RULE.optional()])) as Record<
  (typeof IMAGE_LABELS)[number],
  z.ZodOptional<typeof LABEL_RULE>
>;

export const POLICY_SCHEMA = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/),
    version: z.string().min(1),
    description: z.string().optional(),
    text: z.object(textRules).strict(),
    image: z.object(imageRules).strict().default({}),
    /** Action for a hash-bank match (any bank, within the bank's distance). */
    bankMatchAction: z.enum(ACTIONS).default("block"),
    /** Action when synthetic-media likelihood reaches the given level. */
    synthetic: z
      .object({ level: z.enum(["low", "medium", "high"]), action: z.enum(ACTIONS) })
      .strict()
      .optional(),
  })
  .strict();

export type Policy = z.infer<typeof POLICY_SCHEMA>;
