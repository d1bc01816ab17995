import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_DETECTOR_DIR, loadDetectorData } from "./cue-data.js";

describe("loadDetectorData", () => {
  it("loads the committed files with cues for every served language", async () => {
    const data = await loadDetectorData();
    const served = ["ko", "id", "bn", "ar", "fr", "ru", "kk", "ky", "ne", "hi", "ur", "si", "ta", "vi", "th", "km", "tl", "ms", "sw", "es", "pt", "zh", "en"];
    const romanised = ["hi_latn", "ur_latn", "bn_latn", "ne_latn", "ar_latn"];
    for (const file of [data.sextortion, data.doxxing]) {
      expect(Object.keys(file.cues).sort()).toEqual([...served, ...romanised].sort());
    }
    // the pairing detectors' cues and the context cues also cover the other Multilingual HateCheck languages
    for (const file of [data.misogyny, data.threat, data.sexualHarassment, data.context])
      expect(Object.keys(file.cues).sort()).toEqual([...served, ...romanised, "de", "it", "nl", "pl"].sort());
  });

  it("rejects a malformed file and names every problem", async () => {
    const dir = await mkdtemp(join(tmpdir(), "detectors-"));
    for (const name of ["doxxing.json", "misogyny.json", "threat.json", "sexual_harassment.json", "context.json"]) await writeFile(join(dir, name), await readFile(join(DEFAULT_DETECTOR_DIR, name)));
    const bad = JSON.parse(await readFile(join(DEFAULT_DETECTOR_DIR, "sextortion.json"), "utf8"));
    bad.scoring.rules.exposure_intimate = 1.5;
    bad.cues.en.demand = [];
    await writeFile(join(dir, "sextortion.json"), JSON.stringify(bad));
    await expect(loadDetectorData(dir)).rejects.toThrow(/sextortion\.json: .*scoring\.rules\.exposure_intimate.*cues\.en\.demand/);
  });

  it("reports a missing directory clearly", async () => {
    await expect(loadDetectorData("/nonexistent/detectors")).rejects.toThrow(/cannot read detector data/);
  });
});
