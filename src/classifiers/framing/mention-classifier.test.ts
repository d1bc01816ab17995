import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { normaliseText } from "../../content/text/normalise.js";
import { listTextComponents } from "../../components.js";
import { loadConfig } from "../../config.js";
import { Fusion } from "../../scoring/fusion.js";
import { MENTION_GATED_LABELS, MENTION_MODEL_ID, MentionClassifier } from "./mention-classifier.js";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const prepared = (text: string, language: string) => ({ original: text, ...normaliseText(text), language });

describe("MentionClassifier (models/framing/mention.bin)", async () => {
  const m = await MentionClassifier.load(path.join(ROOT, "models/manifest.json"));

  // Written for this test (not from any dataset): the same abusive word aimed at someone and mentioned.
  const pairs: [string, string, string][] = [
    ["en", "shut up you stupid slut, nobody wants you here", "He kept calling me a slut in my DMs and I reported him to the police"],
    ["es", "cállate, zorra estúpida", "Llamar zorra a una mujer por opinar es violencia. Basta ya."],
  ];
  // A French pair written with these ("Traiter une femme de pute parce qu'elle parle, c'est du harcèlement. Signalez-le.")
  // was read as a use (score 0.5): a known miss, reported in models/framing/README.md rather than tested away.

  it("scores a mention below a use of the same word, in several languages", async () => {
    for (const [lang, use, mention] of pairs) {
      const [u, n] = await m.classify([prepared(use, lang), prepared(mention, lang)]);
      expect(n.scores.misogyny!, `${lang} mention`).toBeLessThan(u.scores.misogyny!);
      expect(n.scores.misogyny!, `${lang} mention`).toBeLessThan(0.2);
    }
  });

  it("can only discount: its score never rises above the unframed 0.5 (logit 0)", async () => {
    const out = await m.classify(pairs.flatMap(([lang, a, b]) => [prepared(a, lang), prepared(b, lang)]));
    for (const o of out) {
      expect(o.scores.misogyny!).toBeGreaterThanOrEqual(0);
      expect(o.scores.misogyny!).toBeLessThanOrEqual(0.5);
      expect(Object.keys(o.scores)).toEqual(["misogyny", "threat"]);
      expect(o.scores.threat).toBe(o.scores.misogyny);
    }
  });

  it("is one of the service's components while its manifest entry is enabled, and the shipped fusion gates misogyny and threat with it", () => {
    const ids = listTextComponents(loadConfig({}, ROOT)).map((c) => c.id);
    expect(ids).toContain(MENTION_MODEL_ID);
    const spec = Fusion.fromFile(path.join(ROOT, "models/fusion/fusion.json")).spec;
    for (const label of MENTION_GATED_LABELS) {
      const gated = spec.stackers[label].interactions.filter((i) => i.by === MENTION_MODEL_ID);
      expect(gated.map((i) => i.component).sort(), label).toEqual(["fasttext-tfgbv", "lexicon"]);
      for (const i of gated) {
        expect(i.hinge).toBe(true);
        // positive weight × max(0, logit) × logit(gate) ≤ 0: it can only lower the score
        expect(i.weight).toBeGreaterThan(0);
      }
    }
  });

  it("without its score, the shipped stackers score exactly as they did before the gate was added", () => {
    const spec = Fusion.fromFile(path.join(ROOT, "models/fusion/fusion.json")).spec;
    const before = structuredClone(spec);
    for (const label of MENTION_GATED_LABELS) before.stackers[label].interactions = before.stackers[label].interactions.filter((i) => i.by !== MENTION_MODEL_ID);
    const [withGate, withoutGate] = [new Fusion(spec), new Fusion(before)];
    for (const [label, detector] of [["misogyny", "misogyny-detector"], ["threat", "threat-detector"]] as const)
      for (const [ft, lex, frame, det] of [[0.9, 0.85, 0.5, 0], [0.2, 0, 0.1, 0.7], [0.6, 0.85, 0.5, 0.3]]) {
        const raw = new Map([["fasttext-tfgbv", ft], ["lexicon", lex], ["framing", frame], [detector, det]]);
        expect(withGate.fuse(label, raw).score).toBe(withoutGate.fuse(label, raw).score);
        // and with a gate reading "mention", fastText's and the lexicon's evidence is discounted
        const gated = withGate.fuse(label, new Map([...raw, [MENTION_MODEL_ID, 0.02]])).score!;
        if (ft > 0.5 || lex > 0.5) expect(gated, `${label} ${ft} ${lex}`).toBeLessThan(withoutGate.fuse(label, raw).score!);
      }
  });

  it("is left out when its manifest entry is disabled", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "guard-mention-"));
    const manifest = JSON.parse(readFileSync(path.join(ROOT, "models/manifest.json"), "utf8")) as { models: { id: string; enabled?: boolean }[] };
    for (const e of manifest.models) if (e.id === MENTION_MODEL_ID) e.enabled = false;
    writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(manifest));
    try {
      const ids = listTextComponents({ ...loadConfig({}, ROOT), modelsDir: dir }).map((c) => c.id);
      expect(ids).not.toContain(MENTION_MODEL_ID);
      expect(ids).toContain("framing");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
