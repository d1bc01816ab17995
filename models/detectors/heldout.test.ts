import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { detectorDevRows, devRowLabel } from "../train/fasttext/dev-rows.js";

const HELDOUT = join(import.meta.dirname, "heldout");
const rounds = readdirSync(HELDOUT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

describe("held-out writer rounds (models/detectors/heldout)", () => {
  const dev = detectorDevRows();
  const devTexts = new Set(dev.map((r) => r.text.trim()));

  it("has at least one round", () => expect(rounds.length).toBeGreaterThan(0));

  for (const round of rounds)
    it(`${round}: parses, holds both classes per label and key, and shares no sentence with the development rows`, () => {
      const rows = detectorDevRows(join(HELDOUT, round));
      expect(rows.length).toBeGreaterThan(0);
      const classes = new Map<string, Set<number>>();
      for (const r of rows) {
        const label = devRowLabel(r);
        const key = `${label}/${r.romanized ? `${r.lang}_latn` : r.lang}`;
        classes.set(key, (classes.get(key) ?? new Set()).add(r.labels[label] as number));
      }
      for (const [key, ys] of classes) expect([...ys].sort(), key).toEqual([0, 1]);
      expect(rows.filter((r) => devTexts.has(r.text.trim())).map((r) => r.text)).toEqual([]);
    });
});
