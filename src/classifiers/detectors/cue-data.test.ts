import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_DETECTOR_DIR, expandAlternatives, loadDetectorData } from "./cue-data.js";

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

  it("expands {a|b} groups into every combination, and rejects unbalanced or exploding ones", async () => {
    expect(expandAlternatives("{gue|aku} {bunuh|tusuk} {lo|kamu}")).toEqual([
      "gue bunuh lo", "gue bunuh kamu", "gue tusuk lo", "gue tusuk kamu", "aku bunuh lo", "aku bunuh kamu", "aku tusuk lo", "aku tusuk kamu",
    ]);
    expect(expandAlternatives("send {|me }nudes")).toEqual(["send nudes", "send me nudes"]);
    expect(expandAlternatives("i'll post*")).toEqual(["i'll post*"]);
    expect(() => expandAlternatives("{a|b")).toThrow(/unbalanced/);
    expect(() => expandAlternatives("{a|b|c|d|e|f|g|h|i|j} ".repeat(4))).toThrow(/more than/);
    // in a file: the lists hold the spellings, and a bad group is reported with its place
    const dir = await mkdtemp(join(tmpdir(), "detectors-"));
    for (const name of ["sextortion.json", "doxxing.json", "misogyny.json", "sexual_harassment.json", "context.json"]) await writeFile(join(dir, name), await readFile(join(DEFAULT_DETECTOR_DIR, name)));
    const threat = JSON.parse(await readFile(join(DEFAULT_DETECTOR_DIR, "threat.json"), "utf8"));
    threat.cues.id.threat_phrase = ["{gue|aku} bunuh {lo|kamu}"];
    await writeFile(join(dir, "threat.json"), JSON.stringify(threat));
    expect((await loadDetectorData(dir)).threat.cues.id.threat_phrase).toEqual(["gue bunuh lo", "gue bunuh kamu", "aku bunuh lo", "aku bunuh kamu"]);
    threat.cues.id.threat_phrase = ["{gue|aku bunuh"];
    await writeFile(join(dir, "threat.json"), JSON.stringify(threat));
    await expect(loadDetectorData(dir)).rejects.toThrow(/threat\.json: cues\.id\.threat_phrase.*unbalanced/);
  });

  it("reports a missing directory clearly", async () => {
    await expect(loadDetectorData("/nonexistent/detectors")).rejects.toThrow(/cannot read detector data/);
  });
});
