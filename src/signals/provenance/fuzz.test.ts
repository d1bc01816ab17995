/**
 * Fuzz: thousands of deterministic mutations of the C2PA fixtures and of metadata written for this project
 * through every reader (container walkers, JUMBF/CBOR, EXIF, XMP, PNG text). The readers must return a
 * report (never throw), finish promptly, and produce JSON-serialisable output. Signature validation
 * (c2pa-wasm) is off here for speed; bench/fuzz-provenance.ts fuzzes it too.
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildExif, buildJpegSegments, buildPng, exifApp1, GENERATOR_TEXTS, iTXt, tEXt, xmpApp1, xmpPacket, zTXt } from "../../../test/fixtures/image-metadata.js";
import { mulberry32, mutate } from "../../../test/fixtures/fuzz.js";
import { readProvenance } from "./read-provenance.js";

const C2PA_DIR = new URL("../../../../shared/testdata/c2pa/", import.meta.url).pathname;
const FIXTURES = ["C.jpg", "CA.jpg", "CACA.jpg", "ocsp.jpg", "IMG_0003.jpg", "no_manifest.jpg", "test_xmp.webp", "sample1.gif", "MultiPage.tif", "c2pats-trustnxt-icon-signed-timestamp.jpg"];

function seeds(): { name: string; bytes: Uint8Array }[] {
  const own = [
    { name: "png-text", bytes: buildPng([tEXt("parameters", GENERATOR_TEXTS.a1111), zTXt("prompt", GENERATOR_TEXTS.comfyPrompt), iTXt("XML:com.adobe.xmp", xmpPacket("<xmp:CreatorTool>Midjourney</xmp:CreatorTool>"), true)]) },
    { name: "jpeg-exif-xmp", bytes: buildJpegSegments([exifApp1(buildExif({ make: "Canon", model: "EOS", software: "GIMP" }, GENERATOR_TEXTS.a1111)), xmpApp1(xmpPacket('<rdf:Description Iptc4xmpExt:DigitalSourceType="trainedAlgorithmicMedia"/>'))]) },
  ];
  const shared = existsSync(C2PA_DIR) ? FIXTURES.map((name) => ({ name, bytes: new Uint8Array(readFileSync(C2PA_DIR + name)) })) : [];
  return [...own, ...shared];
}

describe("provenance readers under mutation", () => {
  it("survive 3000 mutated files without throwing, hanging, or returning unserialisable output", async () => {
    const rand = mulberry32(0x5eed);
    const all = seeds();
    let cases = 0;
    let withErrors = 0;
    let slowest = 0;
    for (let i = 0; i < 3000; i++) {
      const seed = all[i % all.length]!;
      const input = mutate(seed.bytes, rand);
      const t = performance.now();
      const report = await readProvenance(input, { validateC2pa: false });
      slowest = Math.max(slowest, performance.now() - t);
      expect(() => JSON.stringify(report), seed.name).not.toThrow();
      expect(Array.isArray(report.evidence)).toBe(true);
      if (report.errors.length) withErrors++;
      cases++;
    }
    expect(cases).toBe(3000);
    // the mutations must actually reach the parsers' error paths, or this test proves nothing
    expect(withErrors).toBeGreaterThan(100);
    // hang guard (not a speed claim): no single file may take a second
    expect(slowest).toBeLessThan(1000);
  }, 240_000);
});
