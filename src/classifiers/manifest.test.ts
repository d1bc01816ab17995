import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { applyCalibration, findModel, parseManifest, readManifest, sha256Hex, verifyModelFiles } from "./manifest.js";

function makeRepo(): { root: string; manifestPath: string; bytes: Buffer } {
  const root = mkdtempSync(join(tmpdir(), "manifest-test-"));
  mkdirSync(join(root, "models", "m"), { recursive: true });
  const bytes = Buffer.from("model bytes");
  writeFileSync(join(root, "models", "m", "w.bin"), bytes);
  const manifestPath = join(root, "models", "manifest.json");
  const entry = {
    id: "toy",
    version: "1",
    task: "text-classification",
    files: [{ path: "models/m/w.bin", sha256: sha256Hex(bytes), bytes: bytes.length }],
    labels: ["misogyny"],
    problemType: "multi-label-sigmoid",
    calibration: { misogyny: { method: "platt", a: 1, b: 0 } },
    extraField: { kept: true },
  };
  writeFileSync(manifestPath, JSON.stringify({ schemaVersion: 1, models: [entry] }));
  return { root, manifestPath, bytes };
}

describe("model manifest", () => {
  it("reads, finds and verifies a model; file paths are relative to the repository root", () => {
    const { manifestPath, bytes } = makeRepo();
    const manifest = readManifest(manifestPath);
    const entry = findModel(manifest, "toy");
    expect(entry.extraField).toEqual({ kept: true });
    expect(entry.calibration?.misogyny).toEqual({ method: "platt", a: 1, b: 0, input: "logit" });
    expect(verifyModelFiles(manifest, entry).get("models/m/w.bin")?.equals(bytes)).toBe(true);
  });

  it("rejects a file whose sha256 or size does not match", () => {
    const { root, manifestPath } = makeRepo();
    writeFileSync(join(root, "models", "m", "w.bin"), "tampered!!!");
    const manifest = readManifest(manifestPath);
    expect(() => verifyModelFiles(manifest, findModel(manifest, "toy"))).toThrow(/sha256/);
    writeFileSync(join(root, "models", "m", "w.bin"), "short");
    expect(() => verifyModelFiles(manifest, findModel(manifest, "toy"))).toThrow(/bytes/);
  });

  it("lists every schema problem at once", () => {
    const bad = {
      schemaVersion: 1,
      models: [
        { id: "A B", version: "", task: "t", files: [{ path: "../x", sha256: "nothex", bytes: -1 }], labels: [], problemType: "p" },
        { id: "ok", version: "1", task: "t", files: [{ path: "/abs", sha256: "0".repeat(64), bytes: 1 }], labels: ["x"], problemType: "p" },
      ],
    };
    let message = "";
    try {
      parseManifest(bad, "/");
    } catch (err) {
      message = (err as Error).message;
    }
    for (const part of ["models.0.id", "models.0.version", "models.0.files.0.path", "models.0.files.0.sha256", "models.0.files.0.bytes", "models.0.labels", "models.1.files.0.path"]) {
      expect(message).toContain(part);
    }
  });

  it("rejects duplicate ids and unknown ids list the known ones", () => {
    const entry = { id: "a", version: "1", task: "t", files: [{ path: "f", sha256: "0".repeat(64), bytes: 0 }], labels: ["x"], problemType: "p" };
    expect(() => parseManifest({ schemaVersion: 1, models: [entry, entry] }, "/")).toThrow(/duplicate model id "a"/);
    const manifest = parseManifest({ schemaVersion: 1, models: [entry] }, "/");
    expect(() => findModel(manifest, "b")).toThrow(/known models: a/);
  });

  it("accepts the image model's entry shape (calibration and thresholds null)", () => {
    const entry = { id: "nsfw-mobilenetv2", version: "x", task: "image-classification", files: [{ path: "models/n/model.onnx", sha256: "a".repeat(64), bytes: 10 }], labels: ["sexual"], problemType: "single-label-softmax", calibration: null, thresholds: null, training: { data: "none", licence: "MIT" } };
    expect(parseManifest({ schemaVersion: 1, models: [entry] }, "/").models[0].id).toBe("nsfw-mobilenetv2");
  });

  it("applies Platt and isotonic calibrations", () => {
    expect(applyCalibration({ method: "platt", a: 1, b: 0, input: "logit" }, 0.8)).toBeCloseTo(0.8, 6);
    expect(applyCalibration({ method: "platt", a: 2, b: 0, input: "logit" }, 0.8)).toBeCloseTo(16 / 17, 6);
    expect(applyCalibration({ method: "platt", a: 4, b: -2, input: "score" }, 0.5)).toBeCloseTo(0.5, 6);
    const iso = { method: "isotonic" as const, x: [0, 0.5, 1], y: [0.1, 0.2, 0.9] };
    expect(applyCalibration(iso, 0.25)).toBeCloseTo(0.15, 6);
    expect(applyCalibration(iso, 2)).toBe(0.9);
    expect(applyCalibration(iso, Number.NaN)).toBe(0.1);
  });
});
