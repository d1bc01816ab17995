import { beforeAll, describe, expect, it } from "vitest";
import { loadDetectors, type RuleDetectors } from "../src/classifiers/detectors/index.js";
import type { PreparedText } from "../src/classifiers/types.js";
import { normaliseText } from "../src/content/text/normalise.js";

/** The detectors behind the real normaliser: evasions are folded, spans still land on the original text. */
const prepare = (original: string, language = "en"): PreparedText => ({ original, ...normaliseText(original), language });

let detectors: RuleDetectors;
beforeAll(async () => {
  detectors = await loadDetectors();
});

describe("detectors on normaliseText output", () => {
  it.each([
    "p4y m3 or I'll l3ak your n u d e s to your family",
    "PAY ME or I'LL POST your NUDES online",
    "pay\u200b me or i'll po\u200bst your nu\u200bdes to your famiiiily",
  ])("flags an evasive sextortion message: %j", async (text) => {
    const [r] = await detectors.sextortion.classify([prepare(text)]);
    expect(r.scores.sextortion).toBeGreaterThanOrEqual(0.5);
  });

  it("maps spans found in the normalised view back to the original characters", async () => {
    const text = "🔥 p4y me or I'll l3ak your n u d e s 🔥";
    const [r] = await detectors.sextortion.classify([prepare(text)]);
    const covered = (r.spans ?? []).map((s) => text.slice(s.start, s.end));
    expect(covered).toEqual(expect.arrayContaining(["p4y me", "or I'll l3ak", "n u d e s"]));
  });

  it("flags doxxing with a zero-width-split exposure cue and keeps the phone span exact", async () => {
    const text = "here's h\u200ber number +44 7911 123456, everyone call";
    const [r] = await detectors.doxxing.classify([prepare(text)]);
    expect(r.scores.doxxing).toBeGreaterThanOrEqual(0.5);
    expect((r.spans ?? []).map((s) => text.slice(s.start, s.end))).toContain("+44 7911 123456");
  });

  it("leaves hostile unicode without cues at 0 and does not throw", async () => {
    const text = "\u202e\u0000" + "\u0301".repeat(500) + "\ud800 zalgo ̷̢̛͔ text";
    const out = await Promise.all([detectors.sextortion.classify([prepare(text)]), detectors.doxxing.classify([prepare(text)])]);
    expect(out.map(([r]) => Object.values(r.scores)[0])).toEqual([0, 0]);
  });
});
