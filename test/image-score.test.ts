import { readFileSync } from "node:fs";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { IMAGE_SAFETY_COMPONENT } from "../src/components.js";
import { IMAGE_LABELS } from "../src/taxonomy.js";
import { makeTestApp, postJson } from "./helpers.js";

const TESTDATA = new URL("../../shared/testdata/", import.meta.url);
const fixture = (p: string) => readFileSync(new URL(p, TESTDATA));

/** A 1000×1000 gradient-and-shapes JPEG written for this test (no real content). */
async function makeJpeg(seed = 0): Promise<Buffer> {
  const w = 1000;
  const h = 1000;
  const raw = Buffer.alloc(w * h * 3);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const i = (y * w + x) * 3;
      raw[i] = (x * 255) / w;
      raw[i + 1] = (y * 255) / h;
      raw[i + 2] = ((x + y + seed * 97) % 256) ^ ((x >> 5) & 1 ? 255 : 0);
    }
  return sharp(raw, { raw: { width: w, height: h, channels: 3 } }).jpeg({ quality: 90 }).toBuffer();
}

const b64 = (b: Uint8Array) => Buffer.from(b).toString("base64");

describe("POST /v1/score with an image", () => {
  it("returns one verdict with safety labels, hashes, matches and synthetic evidence; a bank hit blocks", async () => {
    const { app, ctx } = await makeTestApp({ textComponents: [], imageSafety: IMAGE_SAFETY_COMPONENT });
    const jpeg = await makeJpeg();
    const res = await postJson(app, "/v1/score", { image: b64(jpeg) });
    expect(res.status).toBe(200);
    const v = await res.json();
    expect(v.kind).toBe("image");
    expect(Object.keys(v.labels).sort()).toEqual([...IMAGE_LABELS].sort());
    const total = IMAGE_LABELS.reduce((s, l) => s + v.labels[l].score, 0);
    expect(total).toBeCloseTo(1, 3); // class probabilities of one softmax
    expect(v.hashes.pdq.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(v.hashes.pdq.quality).toBeGreaterThanOrEqual(50);
    expect(v.hashes.md5).toMatch(/^[0-9a-f]{32}$/);
    expect(v.image).toMatchObject({ format: "jpeg", width: 1000, height: 1000, firstFrameOnly: false });
    expect(v.synthetic).toEqual({ likelihood: "unknown", evidence: [] });
    expect(v.matches).toEqual([]);
    expect(v.decision).toBe("allow");
    expect(Object.keys(v.timing.stages)).toEqual(expect.arrayContaining(["decode", "hash", "match", "nsfw", "provenance", "watermark"]));
    expect(v.errors).toEqual([]);

    // plant the hash in a bank: the same upload now matches and the default policy blocks
    await ctx.banks!.createBank({ name: "ncii" });
    await ctx.banks!.addEntries("ncii", [{ pdq: v.hashes.pdq.hash, metadata: { caseId: "c-1" } }]);
    const again = await (await postJson(app, "/v1/score", { image: b64(jpeg) })).json();
    expect(again.matches).toHaveLength(1);
    expect(again.matches[0]).toMatchObject({ bank: "ncii", signal: "pdq", distance: 0, metadata: { caseId: "c-1" } });
    expect(again.decision).toBe("block");

    // a rotated copy matches only when dihedral matching is asked for
    const rotated = await sharp(jpeg).rotate(90).jpeg({ quality: 90 }).toBuffer();
    const plain = await (await postJson(app, "/v1/score", { image: b64(rotated) })).json();
    expect(plain.errors).toEqual([]);
    expect(plain.matches).toEqual([]);
    const dihedral = await (await postJson(app, "/v1/score", { image: b64(rotated), dihedral: true })).json();
    expect(dihedral.errors).toEqual([]);
    expect(dihedral.matches).toHaveLength(1);
    expect(dihedral.matches[0].distance).toBeLessThanOrEqual(31);

    // multipart works the same way
    const form = new FormData();
    form.set("image", new Blob([new Uint8Array(jpeg)], { type: "image/jpeg" }), "x.jpg");
    const mp = await app.request("/v1/score", { method: "POST", body: form });
    expect(mp.status).toBe(200);
    expect((await mp.json()).hashes.pdq.hash).toBe(v.hashes.pdq.hash);
  });

  it("reports C2PA evidence of AI generation and invisible watermarks", async () => {
    const { app } = await makeTestApp({ textComponents: [], imageSafety: null });
    const titan = await (await postJson(app, "/v1/score", { image: b64(fixture("c2pa/c2pats-amazon-titan-g1.png")) })).json();
    expect(["medium", "high"]).toContain(titan.synthetic.likelihood);
    expect(titan.synthetic.evidence.some((e: { kind: string }) => e.kind === "c2pa")).toBe(true);
    expect(titan.labels.sexual.score).toBeNull();
    expect(titan.labels.sexual.note).toMatch(/no image safety classifier/);

    const wm = await (await postJson(app, "/v1/score", { image: b64(fixture("watermark/peppers_sdxl_diffusers_new.png")) })).json();
    expect(wm.synthetic.evidence.some((e: { kind: string }) => e.kind === "watermark")).toBe(true);
    expect(wm.synthetic.likelihood).not.toBe("unknown");
    expect(wm.decision === "review" || wm.synthetic.likelihood !== "high").toBe(true);

    const clean = await (await postJson(app, "/v1/score", { image: b64(fixture("watermark/peppers_clean.png")) })).json();
    expect(clean.synthetic.likelihood).toBe("unknown");
  });

  it("bad images get clear 4xx errors and the service stays healthy", async () => {
    const { app } = await makeTestApp({ textComponents: [], imageSafety: null, config: { maxImagePixels: 2_000_000 } });
    const jpeg = await makeJpeg(1);
    const cases: Array<[string, Uint8Array, number, string]> = [
      ["truncated", jpeg.subarray(0, 200), 400, "malformed_image"],
      ["not an image", new TextEncoder().encode("hello, this is not an image at all"), 415, "unsupported_image_format"],
      ["too many pixels", await sharp({ create: { width: 3000, height: 3000, channels: 3, background: "#888" } }).png().toBuffer(), 413, "image_too_many_pixels"],
    ];
    for (const [name, bytes, status, code] of cases) {
      const res = await postJson(app, "/v1/score", { image: b64(bytes) });
      expect({ name, status: res.status, code: (await res.json()).error.code }).toEqual({ name, status, code });
    }
    expect((await postJson(app, "/v1/score", { image: b64(jpeg) })).status).toBe(200);
  });
});
