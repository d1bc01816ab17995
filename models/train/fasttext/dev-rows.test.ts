import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEV_ROWS_DATASET, detectorDevRows } from "./dev-rows.js";
import { labelOf, loadTrainingSet } from "./data.js";

const devDir = (files: Record<string, string[]>): string => {
  const dir = mkdtempSync(join(tmpdir(), "dev-rows-"));
  for (const [path, lines] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), lines.join("\n") + "\n");
  }
  return dir;
};

describe("the cue lists' development sentences as fastText rows", () => {
  const dir = devDir({
    "threat/hi_latn.jsonl": [JSON.stringify({ text: "tujhe dekh lunga", abusive: 1, kind: "direct" }), ""],
    "misogyny/fr.jsonl": [
      JSON.stringify({ text: "les femmes sont nulles", abusive: 1, kind: "derog" }),
      JSON.stringify({ text: "ma sœur est brillante", abusive: 0, kind: "s13-pos" }),
    ],
    "session12/notes.jsonl": [JSON.stringify({ text: "not a label folder", abusive: 1 })],
  });

  it("supervises only the detector's label, with the key's language and script", () => {
    const rows = detectorDevRows(dir);
    expect(rows.map((r) => [r.text, r.lang, r.romanized, r.labels])).toEqual([
      ["les femmes sont nulles", "fr", false, { misogyny: 1 }],
      ["ma sœur est brillante", "fr", false, { misogyny: 0 }],
      ["tujhe dekh lunga", "hi", true, { threat: 1 }],
    ]);
    expect(new Set(rows.map((r) => r.dataset))).toEqual(new Set([DEV_ROWS_DATASET]));
    // every other label is masked for training
    expect(labelOf(rows[2], "misogyny", [])).toBeNull();
    expect(labelOf(rows[2], "threat", [])).toBe(1);
  });

  it("leaves a writer round out by its kind prefix", () => {
    expect(detectorDevRows(dir, "s13-").map((r) => r.text)).toEqual(["les femmes sont nulles", "tujhe dekh lunga"]);
  });

  it("names the file and line of a malformed row", () => {
    const bad = devDir({ "sextortion/ko.jsonl": [JSON.stringify({ text: "x", abusive: 1 }), JSON.stringify({ text: "y", abusive: "yes" })] });
    expect(() => detectorDevRows(bad)).toThrow(/sextortion\/ko\.jsonl:2/);
  });

  it("joins the training set as project-written extra rows (the 10% hash hold-out applies as to any dataset without dev)", () => {
    const out = join(dir, "rows.jsonl");
    writeFileSync(out, detectorDevRows(dir).map((r) => JSON.stringify(r)).join("\n") + "\n");
    const empty = mkdtempSync(join(tmpdir(), "train-"));
    const set = loadTrainingSet(empty, [out]);
    expect(set.train.length + set.dev.length).toBe(3);
    expect(set.datasets).toEqual([DEV_ROWS_DATASET]);
  });
});
