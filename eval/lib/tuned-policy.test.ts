import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/policy/policy.js";
import type { TunedThreshold } from "./evaluate.js";
import { buildTunedPolicy } from "./tuned-policy.js";

const base = parsePolicy({
  id: "default",
  version: "1",
  text: {
    misogyny: { threshold: 0.5, action: "review", blockAt: 0.6 },
    sexual_harassment: { threshold: 0.5, action: "review" },
    threat: { threshold: 0.5, action: "review" },
    sextortion: { threshold: 0.5, action: "block" },
    doxxing: { threshold: 0.5, action: "block" },
    hate: { threshold: 0.5, action: "review" },
    toxicity: { threshold: 0.5, action: "none" },
  },
});

const test = { n: 10, positives: 5, precision: 0.9, recall: 0.5, f1: 0.64 };
const tuned: TunedThreshold[] = [
  { label: "misogyny", lang: "*", devN: 100, devPositives: 40, precisionTarget: { threshold: 0.712345, precision: 0.9, recall: 0.5, test }, recallTarget: { threshold: 0.2, precision: 0.5, recall: 0.9, test } },
  { label: "misogyny", lang: "ko", devN: 80, devPositives: 35, precisionTarget: { threshold: 0.8, precision: 0.91, recall: 0.4, test }, recallTarget: null },
  { label: "threat", lang: "*", devN: 100, devPositives: 40, precisionTarget: null, recallTarget: { threshold: 0.3, precision: 0.4, recall: 0.9, test } },
];

describe("buildTunedPolicy", () => {
  it("sets the precision operating points, per-language overrides, and keeps unreachable labels at the base", () => {
    const p = buildTunedPolicy(base, tuned, "precision", 0.9, "baseline");
    expect(p.text.misogyny).toMatchObject({ threshold: 0.7123, blockAt: 0.7123, action: "review", languages: { ko: { threshold: 0.8 } } });
    expect(p.text.misogyny.source).toMatch(/dev precision>=0.9, eval\/reports\/baseline/);
    expect(p.text.threat.threshold).toBe(0.5); // no threshold reached precision 0.9
    expect(p.version).toBe("1+tuned-baseline");
    expect(base.text.misogyny.threshold).toBe(0.5); // the base is not mutated
  });

  it("uses the recall points on request", () => {
    const p = buildTunedPolicy(base, tuned, "recall", 0.9, "x");
    expect(p.text.misogyny.threshold).toBe(0.2);
    expect(p.text.misogyny.blockAt).toBe(0.6);
    expect(p.text.threat.threshold).toBe(0.3);
    expect(p.text.misogyny.languages).toBeUndefined();
  });
});
