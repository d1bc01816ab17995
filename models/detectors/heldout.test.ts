import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { detectorDevRows, devRowLabel } from "../train/fasttext/dev-rows.js";
import { WINDOW, briefPaths, devRowSources } from "../../eval/overlap.js";
import { findTextOverlaps, pinnedOverlap, readTrainingOverlap, sharedWindows, tfgbvFuncCases } from "../../eval/lib/overlap.js";

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

describe("overlap with the evaluation sets (eval/datasets/tfgbv-func/training-overlap.json)", () => {
  const pinned = readTrainingOverlap();
  const cases = tfgbvFuncCases();

  it("the development sentences and held-out rounds repeat only the pinned evaluation cases", () => {
    const found = findTextOverlaps(cases, devRowSources()).map((h) => `${h.id} ${h.source}`);
    expect(found).toEqual([...pinnedOverlap(pinned, "dev-rows:"), ...pinnedOverlap(pinned, "heldout-")].sort());
  });

  it(`no writers' brief shares a ${WINDOW}-word window with an evaluation case beyond the pinned ones`, () => {
    const texts = cases.map((c) => c.text);
    const found = briefPaths()
      .map((path) => ({ path, windows: sharedWindows(readFileSync(path, "utf8"), texts, WINDOW) }))
      .filter((b) => b.windows.length);
    expect(found).toEqual(pinned.briefs.map(({ path, windows }) => ({ path, windows })));
  });
});
