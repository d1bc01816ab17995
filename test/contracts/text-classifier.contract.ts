/**
 * The contract every TextClassifier must pass (src/classifiers/types.ts). Call
 * `describeTextClassifierContract` from a test file with a factory for a ready classifier and a
 * `prepare` function (normaliseText or a fake). Checks shape only, never quality.
 */
import { describe, expect, it } from "vitest";
import type { PreparedText, TextClassifier } from "../../src/classifiers/types.js";
import { LABELS } from "../../src/taxonomy.js";

/** Written for this project: ordinary, abusive, mixed-script, emoji and hostile-unicode inputs. */
const CONTRACT_TEXTS = [
  "Thanks for the recipe, see you tomorrow.",
  "pay me or I'll post your nudes, here is her number +44 7911 123456",
  "오늘 회의는 세 시에 시작합니다 😊",
  "নম্বর ০১৭১১-২৩৪৫৬৭ 🔥 é̃ ñ̈",
  "\u202e\u200b" + "\u0301".repeat(50) + " zalgo",
  "",
];

export function describeTextClassifierContract(
  name: string,
  makeClassifier: () => Promise<TextClassifier>,
  prepare: (text: string, language: string) => PreparedText,
): void {
  describe(`TextClassifier contract: ${name}`, () => {
    it("has an id, a version and labels from the taxonomy", async () => {
      const c = await makeClassifier();
      expect(c.id).toMatch(/^[a-z0-9][a-z0-9._-]*$/);
      expect(c.version.length).toBeGreaterThan(0);
      expect(c.labels.length).toBeGreaterThan(0);
      for (const l of c.labels) expect(LABELS).toContain(l);
    });

    it("returns one result per input, in order, with scores in [0,1] for exactly its labels", async () => {
      const c = await makeClassifier();
      const inputs = CONTRACT_TEXTS.map((t) => prepare(t, "en"));
      const out = await c.classify(inputs);
      expect(out).toHaveLength(inputs.length);
      for (const r of out) {
        expect(Object.keys(r.scores).sort()).toEqual([...c.labels].sort());
        for (const v of Object.values(r.scores)) {
          expect(Number.isFinite(v)).toBe(true);
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1);
        }
      }
      const single = await c.classify([inputs[1]]);
      expect(single[0].scores).toEqual(out[1].scores);
    });

    it("reports spans inside the ORIGINAL text, for its own labels, with a source", async () => {
      const c = await makeClassifier();
      const inputs = CONTRACT_TEXTS.map((t) => prepare(t, "en"));
      const out = await c.classify(inputs);
      out.forEach((r, i) => {
        for (const s of r.spans ?? []) {
          expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
          expect(0 <= s.start && s.start < s.end && s.end <= inputs[i].original.length).toBe(true);
          expect(c.labels).toContain(s.label);
          expect(s.source.length).toBeGreaterThan(0);
        }
      });
    });

    it("accepts an empty batch", async () => {
      const c = await makeClassifier();
      expect(await c.classify([])).toEqual([]);
    });
  });
}
