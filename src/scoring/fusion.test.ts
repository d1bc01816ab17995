import { describe, expect, it } from "vitest";
import { FUSION_SCHEMA, Fusion, logit, sigmoid } from "./fusion.js";

describe("Fusion stackers", () => {
  const spec = FUSION_SCHEMA.parse({
    version: "t",
    stackers: {
      misogyny: {
        bias: -1,
        weights: { model: 0.5, framing: 0.2 },
        interactions: [{ component: "model", by: "framing", weight: 0.3 }],
      },
    },
  });
  const fusion = new Fusion(spec);

  it("adds gated products of logits: no effect when the gate's logit is 0, a discount when it is negative", () => {
    const unframed = fusion.fuse("misogyny", new Map([["model", 0.9], ["framing", 0.5]]));
    expect(unframed.score).toBeCloseTo(sigmoid(-1 + 0.5 * logit(0.9)), 9);
    const framed = fusion.fuse("misogyny", new Map([["model", 0.9], ["framing", 0.1]]));
    expect(framed.score).toBeCloseTo(sigmoid(-1 + 0.5 * logit(0.9) + 0.2 * logit(0.1) + 0.3 * logit(0.9) * logit(0.1)), 9);
    expect(framed.score!).toBeLessThan(unframed.score!);
  });

  it("a hinge product discounts only the component's evidence for the label, and leaves a low score where it was", () => {
    const hinged = new Fusion(
      FUSION_SCHEMA.parse({
        version: "h",
        stackers: { misogyny: { bias: -1, weights: { model: 0.5 }, interactions: [{ component: "model", by: "gate", weight: 0.4, hinge: true }] } },
      }),
    );
    const high = hinged.fuse("misogyny", new Map([["model", 0.9], ["gate", 0.05]]));
    expect(high.score).toBeCloseTo(sigmoid(-1 + 0.5 * logit(0.9) + 0.4 * logit(0.9) * logit(0.05)), 9);
    expect(high.score!).toBeLessThan(hinged.fuse("misogyny", new Map([["model", 0.9], ["gate", 0.5]])).score!);
    // logit(0.1) < 0: without the hinge the product of two negative logits would raise the score
    const low = hinged.fuse("misogyny", new Map([["model", 0.1], ["gate", 0.05]]));
    expect(low.score).toBeCloseTo(sigmoid(-1 + 0.5 * logit(0.1)), 9);
  });

  it("reports what the gates did: the score without their products and which gates lowered it", () => {
    const effect = fusion.gateEffect("misogyny", new Map([["model", 0.9], ["framing", 0.1]]));
    expect(effect?.by).toEqual(["framing"]);
    // without the product; the framing component's own weight stays
    expect(effect?.ungated).toBeCloseTo(sigmoid(-1 + 0.5 * logit(0.9) + 0.2 * logit(0.1)), 9);
    expect(fusion.gateEffect("misogyny", new Map([["model", 0.9], ["framing", 0.5]]))).toBeNull();
    expect(fusion.gateEffect("threat", new Map([["model", 0.9]]))).toBeNull();
  });

  it("leaves the gates out of the max it falls back to when a weighted component gave no score", () => {
    // "model" failed: the lexicon votes, the gate (uncalibrated raw 0.5 here) does not
    const f = new Fusion(
      FUSION_SCHEMA.parse({
        version: "m",
        stackers: { misogyny: { bias: 0, weights: { model: 1, lexicon: 1 }, interactions: [{ component: "model", by: "gate", weight: 0.5, hinge: true }] } },
      }),
    );
    expect(f.fuse("misogyny", new Map([["lexicon", 0.3], ["gate", 0.5]]))).toEqual({ score: 0.3, method: "max" });
    expect(f.fuse("misogyny", new Map([["gate", 0.5]]))).toEqual({ score: null, method: "none" });
  });

  it("reads older fusion files without interactions", () => {
    const old = FUSION_SCHEMA.parse({ version: "o", stackers: { threat: { bias: 0, weights: { model: 1 } } } });
    expect(new Fusion(old).fuse("threat", new Map([["model", 0.7]])).score).toBeCloseTo(0.7, 9);
  });
});

describe("Fusion maxWith floors", () => {
  const spec = FUSION_SCHEMA.parse({
    version: "t",
    calibration: { rules: { misogyny: { a: 1, b: 0 } } },
    stackers: { misogyny: { bias: -2, weights: { model: 0.5 } } },
    maxWith: { misogyny: ["rules"] },
  });
  const fusion = new Fusion(spec);

  it("raises the stacker's score to the floor component's calibrated score, never lowers it", () => {
    const stackerOnly = sigmoid(-2 + 0.5 * logit(0.6));
    expect(fusion.fuse("misogyny", new Map([["model", 0.6]])).score).toBeCloseTo(stackerOnly, 9);
    expect(fusion.fuse("misogyny", new Map([["model", 0.6], ["rules", 0.75]])).score).toBeCloseTo(0.75, 9);
    expect(fusion.fuse("misogyny", new Map([["model", 0.6], ["rules", 0]])).score).toBeCloseTo(stackerOnly, 9);
    expect(fusion.fuse("misogyny", new Map([["model", 0.999], ["rules", 0.2]])).score).toBeCloseTo(sigmoid(-2 + 0.5 * logit(0.999)), 9);
  });

  it("keeps the floor when the stacker cannot run (max of calibrated)", () => {
    const r = fusion.fuse("misogyny", new Map([["rules", 0.75]]));
    expect(r.method).toBe("max");
    expect(r.score).toBeCloseTo(0.75, 9);
  });

  it("rejects a component that is both a stacker weight and a floor, and unknown labels", () => {
    expect(() => new Fusion(FUSION_SCHEMA.parse({ version: "t", stackers: { misogyny: { bias: 0, weights: { rules: 1 } } }, maxWith: { misogyny: ["rules"] } }))).toThrow(
      /both in the "misogyny" stacker and in maxWith/,
    );
    expect(() => new Fusion(FUSION_SCHEMA.parse({ version: "t", maxWith: { sexism: ["rules"] } }))).toThrow(/unknown label "sexism"/);
  });
});

describe("vetoes", () => {
  const f = new Fusion(FUSION_SCHEMA.parse({ version: "v", vetoes: { hate: { by: ["detector"], cap: 0.2, unless: ["lexicon"], unlessFlagged: ["threat"] } } }));
  const raws = (lexicon: number) => new Map([["toxicity", new Map([["lexicon", lexicon]])], ["hate", new Map([["model", 0.9]])]]);
  const counterBy = new Set(["detector"]);

  it("caps a label when a listed component found counter-evidence, no `unless` component scored anything and no `unlessFlagged` label is flagged", () => {
    expect(f.vetoFor("hate", { counterBy, raws: raws(0) })).toEqual({ cap: 0.2, by: ["detector"] });
    expect(f.vetoFor("hate", { counterBy, raws: raws(0.3) })).toBeNull();
    expect(f.vetoFor("hate", { counterBy: new Set(["other"]), raws: raws(0) })).toBeNull();
    expect(f.vetoFor("misogyny", { counterBy, raws: raws(0) })).toBeNull();
    // the lexicon failed on this text: it might have found a slur
    expect(f.vetoFor("hate", { counterBy, raws: raws(0), failed: new Set(["lexicon"]) })).toBeNull();
    expect(f.vetoFor("hate", { counterBy, raws: raws(0), failed: new Set(["other"]) })).toEqual({ cap: 0.2, by: ["detector"] });
    // a threat flagged in the same text: a positive reading of it is not credible
    expect(f.vetoFor("hate", { counterBy, raws: raws(0), flagged: new Set(["threat"]) })).toBeNull();
    expect(f.vetoFor("hate", { counterBy, raws: raws(0), flagged: new Set(["toxicity"]) })).toEqual({ cap: 0.2, by: ["detector"] });
  });

  it("rejects a veto on an unknown label, and a vetoed label that another veto reads as flagged", () => {
    expect(() => new Fusion(FUSION_SCHEMA.parse({ version: "v", vetoes: { hatred: { by: ["detector"], cap: 0.2 } } }))).toThrow(/unknown label "hatred"/);
    expect(
      () =>
        new Fusion(
          FUSION_SCHEMA.parse({ version: "v", vetoes: { hate: { by: ["d"], cap: 0.2, unlessFlagged: ["misogyny"] }, misogyny: { by: ["d"], cap: 0.2 } } }),
        ),
    ).toThrow(/"misogyny" is both vetoed/);
  });
});
