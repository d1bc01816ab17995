import { readFileSync } from "node:fs";
import { z } from "zod";
import { LABELS, type Label } from "../taxonomy.js";

/**
 * Calibrated fusion of classifier outputs into one probability per label.
 *
 * Each component (classifier id) gets a Platt calibration per label on the logit of its raw score:
 *   p_m = σ(a · logit(raw) + b)
 * A label with a fitted stacker combines the components that ran:
 *   p = σ(bias + Σ_m w_m · logit(raw_m) + Σ_(m,g) w_mg · logit(raw_m) · logit(raw_g))
 * (with `hinge`, max(0, logit(raw_m)) in the product: the gate g discounts only m's evidence for the label)
 * (weights fitted on the dev split by models/fusion/fit.ts; the products let a gate such as the framing component
 * scale a learnt model's evidence).
 * When a weighted component did not produce a score (it failed or does not cover the label), the fused score
 * falls back to the maximum of the calibrated component scores (gates excluded), and says so.
 * Components listed in `maxWith` for a label stay out of its stacker; the fused score is at least their calibrated
 * score (a rule detector whose evidence natural dev data hardly contains, so a stacker cannot weigh it).
 */
const PLATT = z.object({ a: z.number(), b: z.number() }).strict();
const STACKER = z
  .object({
    bias: z.number(),
    weights: z.record(z.string(), z.number()),
    /**
     * Products of two components' logits, e.g. a learnt model's score gated by the framing component (logit 0 when a
     * text is not framed, so the term vanishes; negative when it is): z += weight · logit(raw_component) · logit(raw_by).
     */
    interactions: z
      .array(
        z
          .object({
            component: z.string(),
            by: z.string(),
            weight: z.number(),
            /**
             * Only the component's evidence FOR the label counts: z += weight · max(0, logit(raw_component)) · logit(raw_by).
             * A gate then discounts what a learnt model found and leaves a text it scores low where it was.
             */
            hinge: z.boolean().optional(),
          })
          .strict(),
      )
      .default([]),
    source: z.string().optional(),
  })
  .strict();

export const FUSION_SCHEMA = z
  .object({
    version: z.string().min(1),
    description: z.string().optional(),
    /** componentId → label → Platt parameters. A component/label without an entry passes its raw score through. */
    calibration: z.record(z.string(), z.record(z.string(), PLATT)).default({}),
    /** label → stacker. Labels without one use the max of calibrated components. */
    stackers: z.record(z.string(), STACKER).default({}),
    /**
     * label → components whose scores fusion ignores for that label, with the reason in `exclusionReasons`
     * (e.g. a model trained only on synthetic templates that fires on natural text).
     */
    exclude: z.record(z.string(), z.array(z.string())).default({}),
    exclusionReasons: z.record(z.string(), z.string()).default({}),
    /**
     * label → components outside the stacker whose calibrated score is a floor for the fused score: rule detectors
     * that fire on cases natural dev data hardly contains (e.g. "women are property"), so a stacker fitted there
     * would give them no weight. They can only raise a score, so their false positives are theirs alone.
     */
    maxWith: z.record(z.string(), z.array(z.string())).default({}),
    /**
     * label → counter-evidence that caps its fused score. When a component in `by` reports counter-evidence for a text
     * (ClassifierResult `counter`: the misogyny detector's positive statements about women, "women deserve respect") and
     * no component in `unless` gave any label a score above 0 (a slur in the lexicon, another rule detector's phrase)
     * or failed on the text, and no label in `unlessFlagged` is flagged (a threat the learnt models found), the label's
     * fused score is at most `cap`. The learnt models score the word "women" itself; a stacker fitted on
     * natural dev rows, which hardly hold such statements, could not learn this, so it is hand-set like `maxWith` and
     * measured by `npm run eval`.
     */
    vetoes: z
      .record(
        z.string(),
        z
          .object({
            by: z.array(z.string()).min(1),
            cap: z.number().min(0).max(1),
            unless: z.array(z.string()).default([]),
            unlessFlagged: z.array(z.string()).default([]),
          })
          .strict(),
      )
      .default({}),
    /** Languages with a measured number in the shipped evaluation report. */
    measuredLanguages: z.array(z.string()).default([]),
  })
  .strict();

export type FusionSpec = z.infer<typeof FUSION_SCHEMA>;

const EPS = 1e-6;
export const logit = (p: number): number => {
  const q = Math.min(1 - EPS, Math.max(EPS, p));
  return Math.log(q / (1 - q));
};
export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

export interface FusedScore {
  score: number | null;
  method: "stacker" | "max" | "none";
}

export class Fusion {
  constructor(readonly spec: FusionSpec) {
    for (const label of [...Object.keys(spec.stackers), ...Object.keys(spec.maxWith)]) {
      if (!(LABELS as readonly string[]).includes(label)) throw new Error(`fusion: unknown label "${label}" in stackers or maxWith`);
    }
    for (const [label, veto] of Object.entries(spec.vetoes)) {
      for (const l of [label, ...veto.unlessFlagged]) {
        if (!(LABELS as readonly string[]).includes(l)) throw new Error(`fusion: unknown label "${l}" in vetoes`);
        // a label read before the vetoes must not be vetoed itself
        if (l !== label && spec.vetoes[l]) throw new Error(`fusion: "${l}" is both vetoed and in ${label}'s unlessFlagged`);
      }
    }
    for (const [label, ids] of Object.entries(spec.maxWith)) {
      const inStacker = ids.filter((m) => spec.stackers[label]?.weights[m] !== undefined);
      if (inStacker.length) throw new Error(`fusion: ${inStacker.join(", ")} both in the "${label}" stacker and in maxWith`);
    }
  }

  static fromFile(file: string): Fusion {
    const r = FUSION_SCHEMA.safeParse(JSON.parse(readFileSync(file, "utf8")));
    if (!r.success) throw new Error(`${file}: ${r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    return new Fusion(r.data);
  }

  /** Calibrated probability of one component's raw score. */
  calibrate(component: string, label: Label, raw: number): number {
    const p = this.spec.calibration[component]?.[label];
    return p ? sigmoid(p.a * logit(raw) + p.b) : raw;
  }

  /** Fuses the raw scores that components produced for one label (componentId → raw score). */
  fuse(label: Label, all: ReadonlyMap<string, number>): FusedScore {
    const raw = this.usable(label, all);
    if (raw.size === 0) return { score: null, method: "none" };
    const z = this.stackerLogit(label, raw);
    // the max branch below already covers the maxWith components (they are among `raw`)
    if (z !== null) return { score: Math.max(sigmoid(z), this.floorOf(label, raw)), method: "stacker" };
    // A gate (the `by` of the stacker's products) says how a text is framed, not whether it is abusive: no vote here.
    const gates = new Set(this.spec.stackers[label]?.interactions.map((i) => i.by));
    const voters = [...raw].filter(([m]) => !gates.has(m));
    if (voters.length === 0) return { score: null, method: "none" };
    let best = 0;
    for (const [m, r] of voters) best = Math.max(best, this.calibrate(m, label, r));
    return { score: best, method: "max" };
  }

  /**
   * The veto on a label's fused score for one text (see `vetoes`), or null. `counterBy`: the components that reported
   * counter-evidence; `raws`: every component's raw scores by label (for `unless`); `failed`: the components that failed
   * on this text (an `unless` component among them might have found a slur: no veto); `flagged`: the labels flagged
   * (for `unlessFlagged`, which are never vetoed themselves).
   * Example: fusion.vetoFor("hate", { counterBy: new Set(["misogyny-detector"]), raws }) // { cap: 0.2, by: [...] }
   */
  vetoFor(
    label: Label,
    text: {
      counterBy: ReadonlySet<string>;
      raws: ReadonlyMap<string, ReadonlyMap<string, number>>;
      failed?: ReadonlySet<string>;
      flagged?: ReadonlySet<string>;
    },
  ): { cap: number; by: string[] } | null {
    const { counterBy, raws, failed = new Set<string>(), flagged = new Set<string>() } = text;
    const veto = this.spec.vetoes[label];
    if (!veto || !counterBy.size) return null;
    const by = veto.by.filter((m) => counterBy.has(m));
    if (!by.length || veto.unless.some((m) => failed.has(m)) || veto.unlessFlagged.some((l) => flagged.has(l))) return null;
    const unless = new Set(veto.unless);
    for (const perLabel of raws.values()) for (const [m, r] of perLabel) if (unless.has(m) && r > 0) return null;
    return { cap: veto.cap, by };
  }

  /**
   * The label's stacker logit for these raw scores (before its maxWith floor), or null when the label has no stacker
   * or one of its weighted components gave no score. Exclusions are the caller's (fuse applies them).
   */
  stackerLogit(label: Label, raw: ReadonlyMap<string, number>): number | null {
    const parts = this.stackerParts(label, raw);
    if (!parts) return null;
    let z = parts.ungated;
    for (const t of parts.gated.values()) z += t;
    return z;
  }

  /**
   * What the framing gates did to a label's fused score: the score without the stacker's gated products, and the gates
   * whose products lowered it. Null when no gate lowered the score (or the label has no stacker).
   * Example: fusion.gateEffect("misogyny", raw) // { ungated: 0.62, by: ["framing-fasttext"] }
   */
  gateEffect(label: Label, all: ReadonlyMap<string, number>): { ungated: number; by: string[] } | null {
    const raw = this.usable(label, all);
    const parts = this.stackerParts(label, raw);
    if (!parts) return null;
    let total = 0;
    const by: string[] = [];
    for (const [g, t] of parts.gated) {
      total += t;
      if (t < 0) by.push(g);
    }
    if (total >= 0 || by.length === 0) return null;
    return { ungated: Math.max(sigmoid(parts.ungated), this.floorOf(label, raw)), by };
  }

  /**
   * The stacker logit in two parts: bias plus weighted logits (`ungated`), and its gated products summed per gate
   * (`by`). Null when the label has no stacker or one of its weighted components gave no score.
   */
  private stackerParts(label: Label, raw: ReadonlyMap<string, number>): { ungated: number; gated: Map<string, number> } | null {
    const st = this.spec.stackers[label];
    if (!st || !Object.keys(st.weights).every((m) => raw.has(m))) return null;
    let ungated = st.bias;
    for (const [m, w] of Object.entries(st.weights)) ungated += w * logit(raw.get(m)!);
    const gated = new Map<string, number>();
    for (const g of st.interactions) {
      const x = raw.get(g.component);
      const y = raw.get(g.by);
      if (x === undefined || y === undefined) continue;
      gated.set(g.by, (gated.get(g.by) ?? 0) + g.weight * (g.hinge ? Math.max(0, logit(x)) : logit(x)) * logit(y));
    }
    return { ungated, gated };
  }

  private usable(label: Label, all: ReadonlyMap<string, number>): ReadonlyMap<string, number> {
    const excluded = this.spec.exclude[label];
    return excluded?.length ? new Map([...all].filter(([m]) => !excluded.includes(m))) : all;
  }

  /** The largest calibrated score of the label's `maxWith` components that ran (0 when none). */
  private floorOf(label: Label, raw: ReadonlyMap<string, number>): number {
    let floor = 0;
    for (const m of this.spec.maxWith[label] ?? []) {
      const r = raw.get(m);
      if (r !== undefined) floor = Math.max(floor, this.calibrate(m, label, r));
    }
    return floor;
  }
}
