/**
 * The real Scorer: builds the service's AppContext in-process and scores through the same
 * TextScoringService the HTTP routes use (same normalisation, language id, models, fusion, policy).
 * The verdict cache is off so that every text is really scored.
 */
import { createAppContext, type ContextOverrides } from "../../src/context.js";
import type { Policy } from "../../src/policy/schema.js";
import { LABELS, type Label } from "../../src/taxonomy.js";
import type { ScoredLabel, Scorer, ScorerInfo, ScoredText } from "./scorer.js";

export interface ServiceScorer extends Scorer {
  /** The policy the verdicts were decided with (the base for a tuned policy). */
  policy(): Policy;
}

export async function createServiceScorer(overrides: ContextOverrides = {}): Promise<ServiceScorer> {
  const ctx = createAppContext({
    ...overrides,
    config: { logLevel: "warn", cacheEntries: 0, ...overrides.config },
  });
  await ctx.ready;
  const service = ctx.textScoring;
  if (!service) throw new Error("text scoring did not start (see the log above)");
  const snapshot = ctx.readiness.snapshot();
  let counter = 0;
  return {
    info(): ScorerInfo {
      const p = service.policy(undefined);
      return { models: service.models.map((m) => ({ id: m.id, version: m.version, kind: m.kind })), policy: { id: p.id, version: p.version }, components: snapshot };
    },
    policy: () => service.policy(undefined),
    async scoreBatch(texts, langs): Promise<ScoredText[]> {
      const ids = texts.map(() => `eval-${++counter}`);
      const verdicts = await service.scoreTextBatch(
        texts.map((text, i) => ({ text, language: langs[i] })),
        ids,
      );
      return verdicts.map((v) => ({
        labels: Object.fromEntries(
          LABELS.map((l) => {
            const lv = v.labels[l];
            return [l, { score: lv?.score ?? null, threshold: lv?.threshold ?? NaN, flagged: lv?.flagged ?? false } satisfies ScoredLabel];
          }),
        ) as Record<Label, ScoredLabel>,
        language: v.language?.code ?? "und",
        errors: v.errors.length,
      }));
    },
    close: () => ctx.close(),
  };
}
