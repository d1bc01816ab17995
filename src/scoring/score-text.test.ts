import { describe, expect, it } from "vitest";
import type { PreparedText, TextClassifier } from "../classifiers/types.js";
import { normaliseText } from "../content/text/normalise.js";
import { createMetrics } from "../metrics.js";
import { parsePolicy } from "../policy/policy.js";
import { LABELS } from "../taxonomy.js";
import { Fusion, FUSION_SCHEMA } from "./fusion.js";
import { CLASSIFY_CHUNK, TextScoringService } from "./score-text.js";

const policy = parsePolicy({
  id: "p",
  version: "1",
  text: Object.fromEntries(LABELS.map((l) => [l, { threshold: 0.5, action: "review" }])),
});

/** Scores each text by its trailing number so order can be checked; records chunk sizes. */
class CountingClassifier implements TextClassifier {
  readonly id = "counting";
  readonly version = "1";
  readonly labels = ["toxicity"] as const;
  chunks: number[] = [];
  async classify(texts: readonly PreparedText[]) {
    this.chunks.push(texts.length);
    return texts.map((t) => ({ scores: { toxicity: Number(t.original.split(" ")[1]) / 1000 } }));
  }
}

const service = (c: TextClassifier) =>
  new TextScoringService({
    normalise: normaliseText,
    langid: null,
    classifiers: [c],
    fusion: new Fusion(FUSION_SCHEMA.parse({ version: "t" })),
    policies: new Map([["p", policy]]),
    defaultPolicy: "p",
    cache: null,
    metrics: createMetrics({ defaultMetrics: false }),
  });

describe("TextScoringService batching", () => {
  it("feeds classifiers in chunks (event-loop turns between them) and keeps results in order", async () => {
    const c = new CountingClassifier();
    const n = CLASSIFY_CHUNK * 3 + 5;
    const items = Array.from({ length: n }, (_, i) => ({ text: `text ${i}` }));
    const out = await service(c).scoreTextBatch(items, items.map((_, i) => String(i)));
    expect(c.chunks).toEqual([CLASSIFY_CHUNK, CLASSIFY_CHUNK, CLASSIFY_CHUNK, 5]);
    expect(out.map((v) => v.labels.toxicity.score)).toEqual(items.map((_, i) => i / 1000));
    expect(out.map((v) => v.id)).toEqual(items.map((_, i) => String(i)));
  });

  it("marks labels no classifier covers as null with a note", async () => {
    const [v] = await service(new CountingClassifier()).scoreTextBatch([{ text: "text 900" }], ["a"]);
    expect(v.labels.toxicity).toMatchObject({ score: 0.9, flagged: true });
    expect(v.labels.misogyny).toMatchObject({ score: null, flagged: false, note: "no component covers this label yet" });
    expect(v.decision).toBe("review");
  });
});

describe("explanations", () => {
  class Explaining extends CountingClassifier {
    explained: string[][] = [];
    async explain(text: PreparedText, labels: readonly ("toxicity")[]) {
      this.explained.push([...labels]);
      return { spans: [{ start: 0, end: 4, label: "toxicity" as const, weight: 0.5, source: "occlusion:counting" }] };
    }
  }
  it("asks a classifier's explain() only for flagged labels of explain requests, and adds its spans", async () => {
    const c = new Explaining();
    const s = service(c);
    const [quiet] = await s.scoreTextBatch([{ text: "text 900" }], ["a"]);
    expect(c.explained).toEqual([]);
    expect(quiet.spans).toEqual([]);
    const [benign] = await s.scoreTextBatch([{ text: "text 100", explain: true }], ["b"]);
    expect(c.explained).toEqual([]);
    expect(benign.spans).toEqual([]);
    const [loud] = await s.scoreTextBatch([{ text: "text 900", explain: true }], ["c"]);
    expect(c.explained).toEqual([["toxicity"]]);
    expect(loud.spans).toEqual([{ start: 0, end: 4, label: "toxicity", weight: 0.5, source: "occlusion:counting" }]);
    expect(loud.timing.stages["explain:counting"]).toBeGreaterThanOrEqual(0);
  });
});

describe("framing notes", () => {
  /** A learnt score and a gate, both read from the text: "model <score> gate <score>". */
  class Scored implements TextClassifier {
    constructor(
      readonly id: string,
      private readonly at: number,
    ) {}
    readonly version = "1";
    readonly labels = ["misogyny"] as const;
    async classify(texts: readonly PreparedText[]) {
      return texts.map((t) => ({ scores: { misogyny: Number(t.original.split(" ")[this.at]) } }));
    }
  }
  const gated = new TextScoringService({
    normalise: normaliseText,
    langid: null,
    classifiers: [new Scored("model", 1), new Scored("gate", 3)],
    fusion: new Fusion(
      FUSION_SCHEMA.parse({
        version: "g",
        stackers: { misogyny: { bias: 0, weights: { model: 1 }, interactions: [{ component: "model", by: "gate", weight: 0.5, hinge: true }] } },
      }),
    ),
    policies: new Map([["p", policy]]),
    defaultPolicy: "p",
    cache: null,
    metrics: createMetrics({ defaultMetrics: false }),
  });

  it("says when a gate's mention reading is what kept a label below its threshold, and only then", async () => {
    const [mention, use, weak] = await gated.scoreTextBatch(
      [{ text: "model 0.9 gate 0.02" }, { text: "model 0.9 gate 0.5" }, { text: "model 0.2 gate 0.02" }],
      ["a", "b", "c"],
    );
    expect(mention.labels.misogyny.flagged).toBe(false);
    expect(mention.labels.misogyny.note).toMatch(/reads as a mention of abuse .* by gate; 0\.900 without that reading/);
    expect(use.labels.misogyny).toMatchObject({ flagged: true });
    expect(use.labels.misogyny.note).toBeUndefined();
    // below the threshold with or without the gate: nothing to explain
    expect(weak.labels.misogyny.flagged).toBe(false);
    expect(weak.labels.misogyny.note).toBeUndefined();
  });
});

describe("counter-evidence vetoes", () => {
  /** "learnt <hate score> praise <0|1> slur <lexicon score>": a learnt model, a rule detector's praise, a lexicon. */
  class Learnt implements TextClassifier {
    readonly id = "learnt";
    readonly version = "1";
    readonly labels = ["hate", "misogyny"] as const;
    async classify(texts: readonly PreparedText[]) {
      return texts.map((t) => ({ scores: { hate: Number(t.original.split(" ")[1]), misogyny: Number(t.original.split(" ")[1]) } }));
    }
  }
  class Praise implements TextClassifier {
    readonly id = "praise";
    readonly version = "1";
    readonly labels = ["misogyny"] as const;
    async classify(texts: readonly PreparedText[]) {
      return texts.map((t) => (t.original.split(" ")[3] === "1" ? { scores: { misogyny: 0 }, counter: [{ start: 0, end: 6 }] } : { scores: { misogyny: 0 } }));
    }
  }
  class Slur implements TextClassifier {
    readonly id = "slur";
    readonly version = "1";
    readonly labels = ["toxicity"] as const;
    async classify(texts: readonly PreparedText[]) {
      return texts.map((t) => ({ scores: { toxicity: Number(t.original.split(" ")[5]) } }));
    }
  }
  const vetoed = new TextScoringService({
    normalise: normaliseText,
    langid: null,
    classifiers: [new Learnt(), new Praise(), new Slur()],
    fusion: new Fusion(FUSION_SCHEMA.parse({ version: "v", vetoes: { hate: { by: ["praise"], cap: 0.2, unless: ["slur"] } } })),
    policies: new Map([["p", policy]]),
    defaultPolicy: "p",
    cache: null,
    metrics: createMetrics({ defaultMetrics: false }),
  });

  it("caps only the vetoed label, says why, and lets a slur elsewhere in the text cancel the veto", async () => {
    const [praised, plain, slurred, low] = await vetoed.scoreTextBatch(
      [{ text: "learnt 0.9 praise 1 slur 0" }, { text: "learnt 0.9 praise 0 slur 0" }, { text: "learnt 0.9 praise 1 slur 0.4" }, { text: "learnt 0.1 praise 1 slur 0" }],
      ["a", "b", "c", "d"],
    );
    expect(praised.labels.hate).toMatchObject({ score: 0.2, flagged: false });
    expect(praised.labels.hate.note).toMatch(/positive statement about a group \(praise\), which caps the score at 0\.2; 0\.900 without that reading/);
    // misogyny has no veto in this spec
    expect(praised.labels.misogyny).toMatchObject({ score: 0.9, flagged: true });
    expect(plain.labels.hate).toMatchObject({ score: 0.9, flagged: true });
    expect(slurred.labels.hate).toMatchObject({ score: 0.9, flagged: true });
    // a score already under the cap stays as it was, with nothing to explain
    expect(low.labels.hate.score).toBe(0.1);
    expect(low.labels.hate.note).toBeUndefined();
    // where the counter-evidence is, for explain requests only
    expect(praised.counterSpans).toBeUndefined();
    const [explained] = await vetoed.scoreTextBatch([{ text: "learnt 0.9 praise 1 slur 0", explain: true }], ["e"]);
    expect(explained.counterSpans).toEqual([{ start: 0, end: 6, source: "praise" }]);
  });
});
