/**
 * Turns dev-split operating points into a policy document in the service's format
 * (src/policy/schema.ts), validated with the service's own parser. The harness never writes
 * the live policy: the file goes into the report folder for a person to review and install.
 */
import { parsePolicy } from "../../src/policy/policy.js";
import type { Policy } from "../../src/policy/schema.js";
import { LABELS } from "../../src/taxonomy.js";
import type { TunedThreshold } from "./evaluate.js";

export type TuningTarget = "precision" | "recall";

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

/**
 * Copies `base`, replacing each label's threshold with the dev operating point for `target`
 * (pooled over languages) and adding per-language overrides where a language had enough dev data.
 * Labels without a reachable operating point keep the base threshold.
 */
export function buildTunedPolicy(base: Policy, tuned: readonly TunedThreshold[], target: TuningTarget, targetValue: number, reportName: string): Policy {
  const doc = structuredClone(base) as Policy;
  doc.version = `${base.version}+tuned-${reportName}`;
  doc.description = `${base.description ?? base.id}: thresholds tuned on dev for ${target} >= ${targetValue} (eval/reports/${reportName})`;
  for (const label of LABELS) {
    const pick = (t: TunedThreshold) => (target === "precision" ? t.precisionTarget : t.recallTarget);
    const pooled = tuned.find((t) => t.label === label && t.lang === "*");
    const point = pooled && pick(pooled);
    const rule = doc.text[label];
    const source = `dev ${target}>=${targetValue}, eval/reports/${reportName}`;
    if (point) {
      rule.threshold = round4(point.threshold);
      if (rule.blockAt !== undefined && rule.blockAt < rule.threshold) rule.blockAt = rule.threshold;
      rule.source = source;
    }
    for (const t of tuned.filter((x) => x.label === label && x.lang !== "*")) {
      const p = pick(t);
      if (!p || !/^[a-z]{2,3}$/.test(t.lang)) continue;
      rule.languages = { ...(rule.languages ?? {}), [t.lang]: { ...(rule.languages?.[t.lang] ?? {}), threshold: round4(p.threshold), source } };
    }
  }
  return parsePolicy(doc, "tuned policy");
}
