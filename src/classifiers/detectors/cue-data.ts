import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { z } from "zod";

/**
 * The detectors' data files (models/detectors/*.json): cue phrases per language and category plus the
 * evidence weights. Weights are data, not code (STYLE.md #6); each file is validated once at load and
 * every problem is reported at once.
 */
/** Most spellings one phrase may expand to: `{…|…}` groups multiply (a typo should not make a list explode). */
export const MAX_EXPANSIONS = 2_000;
const ALTERNATIVES_RE = /\{([^{}]*)\}/u;

/**
 * The spellings of a phrase with `{a|b|c}` groups: every combination of one alternative per group, in order
 * ("{gue|aku} {bunuh|tusuk} {lo|kamu}" is eight phrases); an alternative may be empty ("video{| kamu}"). A phrase
 * without braces is itself. Throws on unbalanced braces or more than MAX_EXPANSIONS spellings.
 */
export function expandAlternatives(phrase: string): string[] {
  let out = [phrase];
  while (ALTERNATIVES_RE.test(out[0])) {
    out = out.flatMap((p) => {
      const m = ALTERNATIVES_RE.exec(p)!;
      return m[1].split("|").map((alt) => p.slice(0, m.index) + alt + p.slice(m.index + m[0].length));
    });
    if (out.length > MAX_EXPANSIONS) throw new Error(`"${phrase}" expands to more than ${MAX_EXPANSIONS} phrases`);
  }
  if (/[{}]/u.test(out[0])) throw new Error(`"${phrase}": unbalanced { }`);
  return [...new Set(out.map((p) => p.replace(/\s+/gu, " ").trim()).filter(Boolean))];
}

const Phrases = z
  .array(z.string().min(1))
  .min(1)
  .transform((phrases, ctx) => {
    const out: string[] = [];
    for (const phrase of phrases)
      try {
        out.push(...expandAlternatives(phrase));
      } catch (err) {
        ctx.addIssue({ code: "custom", message: (err as Error).message });
      }
    return out;
  });
const CueListsSchema = z.record(z.string().regex(/^[a-z]{2,3}(_latn)?$/), z.record(z.string(), Phrases));
const Unit = z.number().min(0).max(1);

const Header = {
  id: z.string(),
  version: z.string(),
  licence: z.string(),
  description: z.string(),
};

export const SextortionDataSchema = z.object({
  ...Header,
  scoring: z.object({
    near_chars: z.number().int().positive(),
    rules: z.object({
      exposure_intimate: Unit,
      exposure_media: Unit,
      demand_exposure: Unit,
      demand_exposure_intimate: Unit,
      conditional_exposure: Unit,
      conditional_demand_intimate: Unit,
      exposure_only: Unit,
    }),
    dampeners: z.record(z.string(), Unit),
    span_min_score: Unit,
  }),
  cues: CueListsSchema,
});

export const DoxxingDataSchema = z.object({
  ...Header,
  scoring: z.object({
    near_chars: z.number().int().positive(),
    pii_base: z.record(z.string(), Unit),
    rules: z.object({ pii_exposure: Unit, pii_harassment: Unit, publish_threat: Unit, visit_threat: Unit, multi_pii: Unit }),
    dampeners: z.record(z.string(), Unit),
    span_min_score: Unit,
  }),
  cues: CueListsSchema,
});

/**
 * Scoring of the pairing detectors (misogyny, threat, sexual harassment): pairing window, negation windows, rule
 * weights, dampeners.
 */
const pairingScoring = <R extends z.ZodRawShape>(rules: R) =>
  z.object({
    /** Most characters between the two phrases of a pair in one sentence. */
    near_chars: z.number().int().positive(),
    /** A negation this many characters after the phrase still negates it (post-verbal negation: नहीं, 아니다, емес). */
    negation_after_chars: z.number().int().nonnegative(),
    /** … and this many characters before it. */
    negation_before_chars: z.number().int().nonnegative(),
    /**
     * A pair does not count when either phrase sits inside a quotation within a longer text, not only when both do:
     * 'people who call women "whores" are the problem' mentions the word. Off when absent (the threat detector keeps
     * scare-quoted verbs: 'I will "visit" you').
     */
    quoted_phrase_discounts: z.boolean().optional(),
    /**
     * A negator that ends a yes/no question ("send me a pic, gak?", "muốn không?", "…or not?") asks rather than negates,
     * so it cancels nothing. Off when absent: "are women stupid or not?" stays negated for the misogyny detector.
     */
    question_tags_ask: z.boolean().optional(),
    rules: z.object(rules),
    /** `counter` (the file's own cues), `framed` (the lexicon's framing analysis) and context.json categories. */
    dampeners: z.record(z.string(), Unit),
    span_min_score: Unit,
  });

export const MisogynyDataSchema = z.object({
  ...Header,
  scoring: pairingScoring({ group_derog: Unit, group_dehum: Unit, group_prescriptive: Unit, group_emote: Unit, group_negpos: Unit }).extend({
    /** Most characters between a reference to women and the writer's hostile feeling (`group_emote`). */
    emote_near_chars: z.number().int().nonnegative(),
  }),
  cues: CueListsSchema,
});

export const ThreatDataSchema = z.object({
  ...Header,
  scoring: pairingScoring({ intent_violence: Unit, incite_violence: Unit, threat_phrase: Unit, wish: Unit }),
  cues: CueListsSchema,
});

export const SexualHarassmentDataSchema = z.object({
  ...Header,
  scoring: pairingScoring({ desire_sexual: Unit, sexual_comment: Unit }),
  cues: CueListsSchema,
});

export const ContextDataSchema = z.object({ ...Header, cues: CueListsSchema });

export type SextortionData = z.infer<typeof SextortionDataSchema>;
export type DoxxingData = z.infer<typeof DoxxingDataSchema>;
export type MisogynyData = z.infer<typeof MisogynyDataSchema>;
export type ThreatData = z.infer<typeof ThreatDataSchema>;
export type SexualHarassmentData = z.infer<typeof SexualHarassmentDataSchema>;
export type ContextData = z.infer<typeof ContextDataSchema>;

export interface DetectorData {
  sextortion: SextortionData;
  doxxing: DoxxingData;
  misogyny: MisogynyData;
  threat: ThreatData;
  sexualHarassment: SexualHarassmentData;
  context: ContextData;
}

/** models/detectors/ in this repository. */
export const DEFAULT_DETECTOR_DIR = fileURLToPath(new URL("../../../models/detectors/", import.meta.url));

const parse = <T>(schema: z.ZodType<T>, raw: unknown, file: string): T => {
  const result = schema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
    throw new Error(`invalid detector data ${file}: ${problems}`);
  }
  return result.data;
};

const readJson = async (dir: string, name: string): Promise<unknown> => {
  const file = `${dir.replace(/\/?$/, "/")}${name}`;
  try {
    return JSON.parse(await readFile(file, "utf8"));
  } catch (err) {
    throw new Error(`cannot read detector data ${file}: ${(err as Error).message}`);
  }
};

/**
 * Load and validate sextortion.json, doxxing.json, misogyny.json, threat.json, sexual_harassment.json and context.json
 * from `dir`.
 */
export const loadDetectorData = async (dir: string = DEFAULT_DETECTOR_DIR): Promise<DetectorData> => {
  const [s, d, m, t, h, c] = await Promise.all(
    ["sextortion.json", "doxxing.json", "misogyny.json", "threat.json", "sexual_harassment.json", "context.json"].map((n) => readJson(dir, n)),
  );
  return {
    sextortion: parse(SextortionDataSchema, s, "sextortion.json"),
    doxxing: parse(DoxxingDataSchema, d, "doxxing.json"),
    misogyny: parse(MisogynyDataSchema, m, "misogyny.json"),
    threat: parse(ThreatDataSchema, t, "threat.json"),
    sexualHarassment: parse(SexualHarassmentDataSchema, h, "sexual_harassment.json"),
    context: parse(ContextDataSchema, c, "context.json"),
  };
};
