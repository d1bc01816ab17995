import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeImage } from "../content/image/decode.js";
import { assessImageSynthetic } from "./image-synthetic.js";

const TESTDATA = new URL("../../../shared/testdata/", import.meta.url).pathname;
const HAVE = existsSync(TESTDATA);
const load = async (path: string) => decodeImage(new Uint8Array(readFileSync(TESTDATA + path)));

describe.skipIf(!HAVE)("assessImageSynthetic", () => {
  it("high for a lossless SD1-watermarked image (watermark only, no metadata)", async () => {
    const r = await assessImageSynthetic(await load("watermark/bridge_sd1_uint8.png"));
    expect(r.synthetic.likelihood).toBe("high");
    expect(r.synthetic.evidence[0]).toMatchObject({ kind: "watermark", value: expect.objectContaining({ variant: "sd1", matches: 131 }) });
    expect(r.errors).toEqual([]);
  });
  it("medium for an SDXL watermark that survived JPEG q95 at 38/48", async () => {
    const r = await assessImageSynthetic(await load("watermark/bridge_sdxl_genmodels_float_jpeg95.jpg"));
    expect(r.synthetic.likelihood).toBe("medium");
    expect(r.synthetic.evidence[0]).toMatchObject({ kind: "watermark", value: expect.objectContaining({ variant: "sdxl", matches: 38 }) });
  });
  it("high for Amazon Titan's validated C2PA manifest", async () => {
    const r = await assessImageSynthetic(await load("c2pa/c2pats-amazon-titan-g1.png"));
    expect(r.synthetic.likelihood).toBe("high");
    expect(r.synthetic.evidence[0]).toMatchObject({ kind: "c2pa", strength: "cryptographic" });
  });
  it("unknown (not 'real') for a camera photo with EXIF only", async () => {
    const r = await assessImageSynthetic(await load("c2pa/IMG_0003.jpg"));
    expect(r.synthetic.likelihood).toBe("unknown");
    expect(r.synthetic.evidence.length).toBeGreaterThan(0);
  });
  it("unknown for the clean watermark carrier", async () => {
    const r = await assessImageSynthetic(await load("watermark/peppers_clean.png"));
    expect(r.synthetic).toEqual({ likelihood: "unknown", evidence: [] });
  });
  it("keeps the provenance result when the watermark stage fails (bad pixel buffer)", async () => {
    const bytes = new Uint8Array(readFileSync(TESTDATA + "c2pa/C.jpg"));
    const r = await assessImageSynthetic({ width: 10, height: 10, rgb: new Uint8Array(3), bytes });
    expect(r.errors).toEqual([expect.objectContaining({ component: "watermark", code: "watermark_failed" })]);
    expect(r.synthetic.likelihood).toBe("high");
  });
});
