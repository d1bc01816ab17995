/**
 * The harness's view of the service: score a batch of texts, get per-label verdicts back.
 * The real implementation (service-scorer.ts) runs the production TextScoringService in-process;
 * tests use `createFakeScorer`.
 *
 * Example:
 *   const [v] = await scorer.scoreBatch(["some text"], [undefined]);
 *   v.labels.misogyny; // { score: 0.91, threshold: 0.6, flagged: true }
 */
import { LABELS, type Label } from "../../src/taxonomy.js";

export interface ScoredLabel {
  /** Calibrated score, or null when no component covers the label. */
  score: number | null;
  threshold: number;
  flagged: boolean;
}

export interface ScoredText {
  labels: Record<Label, ScoredLabel>;
  /** Language the service used (hint or detected). */
  language: string;
  /** Number of component errors in the verdict (a failing classifier must not look like a 0). */
  errors: number;
}

export interface ScorerInfo {
  models: { id: string; version: string; kind?: string }[];
  policy: { id: string; version: string };
  /** Component load states (which models were really running). */
  components?: unknown;
}

export interface Scorer {
  info(): ScorerInfo;
  /** One result per text, in order. `langs[i]` is a language hint or undefined (detect). */
  scoreBatch(texts: readonly string[], langs: readonly (string | undefined)[]): Promise<ScoredText[]>;
  close(): Promise<void>;
}

/**
 * A deterministic scorer for tests: `scoreOf(text, label)` gives the score; flags at `threshold`.
 * Returning null from scoreOf marks the label as uncovered. `languageOf` plays the language identifier.
 */
export function createFakeScorer(
  scoreOf: (text: string, label: Label) => number | null,
  threshold = 0.5,
  languageOf?: (text: string) => string,
): Scorer & { calls: number } {
  const fake = {
    calls: 0,
    info: (): ScorerInfo => ({ models: [{ id: "fake", version: "1" }], policy: { id: "fake", version: "1" } }),
    async scoreBatch(texts: readonly string[], langs: readonly (string | undefined)[]): Promise<ScoredText[]> {
      fake.calls++;
      return texts.map((text, i) => {
        const labels = Object.fromEntries(
          LABELS.map((label) => {
            const score = scoreOf(text, label);
            return [label, { score, threshold, flagged: score !== null && score >= threshold }];
          }),
        ) as Record<Label, ScoredLabel>;
        return { labels, language: langs[i] ?? languageOf?.(text) ?? "und", errors: 0 };
      });
    },
    async close() {},
  };
  return fake;
}
