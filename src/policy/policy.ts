import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { POLICY_SCHEMA, type Action, type LabelRule, type Policy } from "./schema.js";

export class PolicyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PolicyError";
  }
}

/** Parses and validates one policy document; lists every problem at once. */
export function parsePolicy(json: unknown, origin = "policy"): Policy {
  const r = POLICY_SCHEMA.safeParse(json);
  if (!r.success) {
    const lines = r.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new PolicyError(`${origin} is invalid:\n  - ${lines.join("\n  - ")}`);
  }
  return r.data;
}

/** Loads every `*.json` in `dir` as a policy; ids must match file names. */
export function loadPolicies(dir: string): Map<string, Policy> {
  const out = new Map<string, Policy>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    const full = path.join(dir, file);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(full, "utf8"));
    } catch (e) {
      throw new PolicyError(`${full}: not valid JSON (${(e as Error).message})`);
    }
    const policy = parsePolicy(json, full);
    if (policy.id !== file.slice(0, -5)) throw new PolicyError(`${full}: id "${policy.id}" must match the file name`);
    out.set(policy.id, policy);
  }
  return out;
}

export interface RuleForLanguage {
  threshold: number;
  blockAt?: number;
  action: Action;
}

/** The label rule with any per-language override applied. */
export function ruleFor(rule: LabelRule, language: string | undefined): RuleForLanguage {
  const o = language ? rule.languages?.[language] : undefined;
  return { threshold: o?.threshold ?? rule.threshold, blockAt: o?.blockAt ?? rule.blockAt, action: rule.action };
}

const SEVERITY: Record<Action, number> = { none: 0, review: 1, block: 2 };
export type Decision = "allow" | "review" | "block";

/** The action a (calibrated) score leads to under a rule. A null score never flags. */
export function actionFor(score: number | null, rule: RuleForLanguage): { flagged: boolean; action: Action } {
  if (score === null || !(score >= rule.threshold)) return { flagged: false, action: "none" };
  if (rule.blockAt !== undefined && score >= rule.blockAt) return { flagged: true, action: "block" };
  return { flagged: true, action: rule.action };
}

/** Most severe of the actions; none → allow. */
export function decide(actions: Iterable<Action>): Decision {
  let worst: Action = "none";
  for (const a of actions) if (SEVERITY[a] > SEVERITY[worst]) worst = a;
  return worst === "none" ? "allow" : worst;
}
