import { describe, expect, it } from "vitest";
import { IMAGE_LABELS } from "../../taxonomy.js";
import { mapNsfwjsClasses, NsfwClassifier } from "./nsfw-classifier.js";
import { preprocessForNsfw } from "./preprocess.js";

const MODEL = new URL("../../../models/nsfw-mobilenetv2/model.onnx", import.meta.url).pathname;

describe("mapNsfwjsClasses", () => {
  it("sums Porn + Hentai into sexual and keeps the rest one to one", () => {
    // order: Drawing, Hentai, Neutral, Porn, Sexy
    expect(mapNsfwjsClasses([0.1, 0.2, 0.3, 0.15, 0.25])).toEqual({ sexual: 0.35, suggestive: 0.25, neutral: 0.3, drawing: 0.1 });
  });
});

describe("preprocessForNsfw", () => {
  it("divides by 255 without resizing a 224x224 image", () => {
    const rgb = new Uint8Array(224 * 224 * 3).fill(51);
    const out = preprocessForNsfw({ width: 224, height: 224, rgb });
    expect(out[0]).toBeCloseTo(0.2, 6);
    expect(out[out.length - 1]).toBeCloseTo(0.2, 6);
  });
  it("maps corners to corners (align_corners) when resizing", () => {
    const rgb = new Uint8Array([0, 0, 0, 255, 255, 255, 255, 255, 255, 0, 0, 0]); // 2x2
    const out = preprocessForNsfw({ width: 2, height: 2, rgb });
    expect(out[0]).toBe(0); // top-left
    expect(out[223 * 3]).toBeCloseTo(1, 6); // top-right
    expect(out[(223 * 224 + 223) * 3]).toBe(0); // bottom-right
    expect(out[(112 * 224 + 112) * 3]).toBeCloseTo(0.5, 2); // centre is the mean
  });
  it("rejects a buffer that does not match the dimensions", () => {
    expect(() => preprocessForNsfw({ width: 10, height: 10, rgb: new Uint8Array(5) })).toThrow(/expected 300/);
  });
});

describe("NsfwClassifier", () => {
  it("returns every image label, summing to 1", async () => {
    const nsfw = await NsfwClassifier.load(MODEL);
    const rgb = new Uint8Array(64 * 48 * 3).map((_, i) => (i * 13) % 256);
    const scores = await nsfw.classify({ width: 64, height: 48, rgb });
    expect(Object.keys(scores).sort()).toEqual([...IMAGE_LABELS].sort());
    const total = Object.values(scores).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1, 4);
    await nsfw.dispose();
  });
  it("fails to load a missing model with an error (caller records it)", async () => {
    await expect(NsfwClassifier.load("/nonexistent/model.onnx")).rejects.toThrow();
  });
});
