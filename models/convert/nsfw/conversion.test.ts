/**
 * The ONNX conversion of nsfwjs' MobileNetV2 must agree with nsfwjs itself within 1e-4 (absolute, per class
 * probability) on images generated for this project, end to end: our TypeScript preprocessing + ONNX Runtime
 * vs nsfwjs' preprocessing + tfjs. Stored references (make-reference.ts) cover all images; a live nsfwjs run
 * re-checks two of them (one resized, one not) and the raw network on a prepared tensor.
 */
import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NsfwClassifier, NSFWJS_CLASSES } from "../../../src/classifiers/nsfw/nsfw-classifier.js";
import { preprocessForNsfw } from "../../../src/classifiers/nsfw/preprocess.js";
import { generateSyntheticImages } from "./synthetic-images.js";
import { classifyWithNsfwjs, predictRawWithNsfwjs } from "./nsfwjs-reference.js";

const MODEL = new URL("../../nsfw-mobilenetv2/model.onnx", import.meta.url).pathname;
const TOLERANCE = 1e-4;

interface Reference {
  classes: string[];
  outputs: { name: string; width: number; height: number; rgbSha256: string; probabilities: number[] }[];
}
const reference = JSON.parse(readFileSync(new URL("./reference-outputs.json", import.meta.url), "utf8")) as Reference;
const images = generateSyntheticImages();

const maxAbsDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
};

describe("nsfwjs → ONNX conversion", () => {
  let nsfw: NsfwClassifier;
  beforeAll(async () => {
    nsfw = await NsfwClassifier.load(MODEL);
  });
  afterAll(async () => nsfw?.dispose());

  it("keeps the class order of nsfwjs", () => {
    expect(reference.classes).toEqual([...NSFWJS_CLASSES]);
  });

  it("matches stored nsfwjs outputs within 1e-4 on every synthetic image", async () => {
    expect(reference.outputs.map((o) => o.name)).toEqual(images.map((i) => i.name));
    for (const img of images) {
      const ref = reference.outputs.find((o) => o.name === img.name)!;
      // the generator must still produce the exact pixels the references were made from
      expect(createHash("sha256").update(img.rgb).digest("hex")).toBe(ref.rgbSha256);
      const ours = await nsfw.predict(preprocessForNsfw(img));
      expect(maxAbsDiff(ours, ref.probabilities), img.name).toBeLessThan(TOLERANCE);
    }
  });

  it("the stored references include non-trivial outputs (not all one class)", () => {
    const argmaxes = new Set(reference.outputs.map((o) => o.probabilities.indexOf(Math.max(...o.probabilities))));
    expect(argmaxes.size).toBeGreaterThan(1);
  });

  it("matches nsfwjs run live (tfjs cpu), end to end and on the raw network", async () => {
    for (const name of ["figure-256x384", "noise-224"]) {
      const img = images.find((i) => i.name === name)!;
      const live = await classifyWithNsfwjs(img.rgb, img.width, img.height);
      const ours = await nsfw.predict(preprocessForNsfw(img));
      expect(maxAbsDiff(ours, live), name).toBeLessThan(TOLERANCE);
    }
    const tensor = preprocessForNsfw(images.find((i) => i.name === "skin-blob-320x240")!);
    expect(maxAbsDiff(await nsfw.predict(tensor), await predictRawWithNsfwjs(tensor))).toBeLessThan(TOLERANCE);
  }, 120_000);
});
