import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  buildExif,
  buildJpegSegments,
  buildPng,
  exifApp1,
  GENERATOR_TEXTS,
  iTXt,
  tEXt,
  xmpApp1,
  xmpPacket,
  zTXt,
} from "../../../test/fixtures/image-metadata.js";
import { readProvenance } from "./read-provenance.js";
import { DEFAULT_PROVENANCE_LIMITS } from "./limits.js";

const C2PA_DIR = new URL("../../../../shared/testdata/c2pa/", import.meta.url).pathname;
const HAVE_FIXTURES = existsSync(C2PA_DIR);
const fixture = (name: string) => new Uint8Array(readFileSync(C2PA_DIR + name));

describe.skipIf(!HAVE_FIXTURES)("readProvenance on the C2PA fixtures (../shared/testdata/c2pa/SOURCES.md)", () => {
  it("C.jpg: created, algorithmicMedia, signature and hashes valid → cryptographic AI evidence", async () => {
    const r = await readProvenance(fixture("C.jpg"));
    expect(r.format).toBe("jpeg");
    expect(r.c2pa?.active?.actions[0]).toMatchObject({ action: "c2pa.created" });
    expect(r.c2pa?.active?.digitalSourceTypes).toEqual(["http://cv.iptc.org/newscodes/digitalsourcetype/algorithmicMedia"]);
    expect(r.c2pa?.validation.state).toBe("valid");
    expect(r.c2pa?.validation.trustWarnings).toContain("signingCredential.untrusted");
    expect(r.evidence).toContainEqual(expect.objectContaining({ kind: "c2pa", strength: "cryptographic", indicates: "ai_generated" }));
  });

  it("CA.jpg: valid, with a parent ingredient, no AI", async () => {
    const r = await readProvenance(fixture("CA.jpg"));
    expect(r.c2pa?.validation.state).toBe("valid");
    expect(r.c2pa?.active?.ingredients).toEqual([expect.objectContaining({ title: "A.jpg", relationship: "parentOf" })]);
    expect(r.evidence[0]).toMatchObject({ kind: "c2pa", strength: "cryptographic", indicates: "edited" });
  });

  it("XCA.jpg: data hash mismatch → invalid, only declared", async () => {
    const r = await readProvenance(fixture("XCA.jpg"));
    expect(r.c2pa?.validation.state).toBe("invalid");
    expect(r.c2pa?.validation.failures).toContain("assertion.dataHash.mismatch");
    expect(r.evidence[0]?.strength).toBe("declared");
  });

  it("E-sig-CA.jpg: bad claim signature → invalid", async () => {
    const r = await readProvenance(fixture("E-sig-CA.jpg"));
    expect(r.c2pa?.validation.failures).toContain("claimSignature.mismatch");
    expect(r.c2pa?.validation.state).toBe("invalid");
  });

  it("ocsp.jpg: real Photoshop + Firefly manifest, compositeWithTrainedAlgorithmicMedia, signed by Adobe", async () => {
    const r = await readProvenance(fixture("ocsp.jpg"));
    expect(r.c2pa?.active?.claimGenerator).toMatch(/Adobe_Photoshop/);
    expect(r.c2pa?.active?.digitalSourceTypes).toContain("http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia");
    expect(r.c2pa?.active?.signature?.subject).toMatch(/O=Adobe Inc\./);
    expect(r.evidence[0]).toMatchObject({ kind: "c2pa", strength: "cryptographic", indicates: "ai_edited" });
  });

  it("c2pats-amazon-titan-g1.png: caBX manifest from Amazon Bedrock, trainedAlgorithmicMedia", async () => {
    const r = await readProvenance(fixture("c2pats-amazon-titan-g1.png"));
    expect(r.format).toBe("png");
    expect(r.c2pa?.active?.claimGenerator).toMatch(/^Amazon_Bedrock/);
    expect(r.c2pa?.active?.actions[0]).toMatchObject({
      action: "c2pa.created",
      digitalSourceType: "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia",
    });
    expect(r.evidence[0]).toMatchObject({ strength: "cryptographic", indicates: "ai_generated" });
  });

  it("no_manifest.jpg: XMP provenance pointer but no manifest → weak note that the manifest is missing", async () => {
    const r = await readProvenance(fixture("no_manifest.jpg"));
    expect(r.c2pa).toBeNull();
    expect(r.evidence).toContainEqual(expect.objectContaining({ kind: "c2pa", strength: "weak", value: expect.objectContaining({ missingEmbeddedManifest: expect.stringMatching(/^self#jumbf=/) }) }));
  });

  it("cloud.jpg: remote manifest URL only, not fetched", async () => {
    const r = await readProvenance(fixture("cloud.jpg"));
    expect(r.c2pa).toBeNull();
    expect(r.xmp?.provenanceUrl).toMatch(/^https:\/\/cai-manifests\.adobe\.com\//);
    expect(r.evidence).toContainEqual(expect.objectContaining({ kind: "c2pa", strength: "weak", indicates: "none" }));
  });

  it.each([
    ["IMG_0003.jpg", "Canon", "Canon EOS REBEL T3"],
    ["P1000827.jpg", "Panasonic", "DMC-ZS60"],
  ])("%s: camera EXIF, weak capture evidence, no C2PA", async (file, make, model) => {
    const r = await readProvenance(fixture(file));
    expect(r.c2pa).toBeNull();
    expect(r.exif).toMatchObject({ make, model });
    expect(r.evidence).toContainEqual(expect.objectContaining({ kind: "exif", strength: "weak", indicates: "captured" }));
    expect(r.evidence.some((e) => e.indicates === "ai_generated")).toBe(false);
  });

  it.each(["sample1.png", "sample1.webp", "sample1.gif", "sample1.avif", "test_xmp.webp", "MultiPage.tif", "mars.webp"])(
    "%s: other containers are walked without errors",
    async (file) => {
      const r = await readProvenance(fixture(file));
      expect(r.format).not.toBe("unknown");
      expect(r.errors).toEqual([]);
    },
  );

  it("can skip signature validation (then C2PA is only declared)", async () => {
    const r = await readProvenance(fixture("C.jpg"), { validateC2pa: false });
    expect(r.c2pa?.validation.state).toBe("unavailable");
    expect(r.evidence[0]?.strength).toBe("declared");
  });
});

describe("readProvenance on metadata written for this project", () => {
  it.each([
    ["tEXt parameters (AUTOMATIC1111)", [tEXt("parameters", GENERATOR_TEXTS.a1111)], "Stable Diffusion WebUI (AUTOMATIC1111-compatible)", "sd_xl_base_1.0"],
    ["tEXt prompt (ComfyUI)", [tEXt("prompt", GENERATOR_TEXTS.comfyPrompt)], "ComfyUI", "flux1-dev.safetensors"],
    ["tEXt workflow (ComfyUI)", [tEXt("workflow", GENERATOR_TEXTS.comfyWorkflow)], "ComfyUI", undefined],
    ["tEXt Comment + Software (NovelAI)", [tEXt("Software", "NovelAI"), tEXt("Comment", GENERATOR_TEXTS.novelaiComment)], "NovelAI", undefined],
    ["tEXt Description (Midjourney)", [tEXt("Description", GENERATOR_TEXTS.midjourneyDescription)], "Midjourney", undefined],
    ["zTXt parameters", [zTXt("parameters", GENERATOR_TEXTS.a1111)], "Stable Diffusion WebUI (AUTOMATIC1111-compatible)", "sd_xl_base_1.0"],
    ["compressed iTXt prompt", [iTXt("prompt", GENERATOR_TEXTS.comfyPrompt, true)], "ComfyUI", "flux1-dev.safetensors"],
  ])("PNG %s → declared generator evidence, prompt not echoed", async (_name, chunks, generator, model) => {
    const r = await readProvenance(buildPng(chunks));
    expect(r.errors).toEqual([]);
    expect(r.generators).toEqual([expect.objectContaining(model ? { generator, model } : { generator })]);
    const ev = r.evidence.find((e) => e.kind === "generator_metadata");
    expect(ev).toMatchObject({ strength: "declared", indicates: "ai_generated" });
    expect(JSON.stringify(r)).not.toMatch(/lighthouse|bicycle|KSampler/);
  });

  it("ignores ordinary text chunks (a Description without a Job ID, a Comment that is not generator JSON)", async () => {
    const r = await readProvenance(buildPng([tEXt("Description", "holiday photo"), tEXt("Comment", "hello"), tEXt("parameters", "not a1111")]));
    expect(r.generators).toEqual([]);
    expect(r.evidence).toEqual([]);
  });

  it("reads IPTC DigitalSourceType from XMP in a PNG iTXt chunk (attribute and resource forms)", async () => {
    const attr = xmpPacket('<rdf:Description Iptc4xmpExt:DigitalSourceType="http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"/>');
    const res = xmpPacket('<Iptc4xmpExt:DigitalSourceType rdf:resource="http://cv.iptc.org/newscodes/digitalsourcetype/compositeSynthetic"/>');
    const a = await readProvenance(buildPng([iTXt("XML:com.adobe.xmp", attr)]));
    expect(a.evidence).toEqual([expect.objectContaining({ kind: "iptc", strength: "declared", indicates: "ai_generated", value: { digitalSourceType: "trainedAlgorithmicMedia" } })]);
    const b = await readProvenance(buildPng([iTXt("XML:com.adobe.xmp", res)]));
    expect(b.evidence[0]).toMatchObject({ kind: "iptc", indicates: "ai_edited" });
  });

  it("reads EXIF Software naming a generator, and A1111 parameters in EXIF UserComment, from a JPEG", async () => {
    const jpeg = buildJpegSegments([exifApp1(buildExif({ software: "Adobe Firefly" }, GENERATOR_TEXTS.a1111)), xmpApp1(xmpPacket("<xmp:CreatorTool>Midjourney</xmp:CreatorTool>"))]);
    const r = await readProvenance(jpeg);
    expect(r.exif).toEqual({ software: "Adobe Firefly" });
    expect(r.generators).toEqual([expect.objectContaining({ source: "exif:UserComment", model: "sd_xl_base_1.0" })]);
    expect(r.evidence.map((e) => [e.kind, e.strength, e.indicates])).toEqual(
      expect.arrayContaining([
        ["exif", "declared", "ai_generated"],
        ["generator_metadata", "declared", "ai_generated"],
      ]),
    );
    expect(r.xmp?.creatorTool).toBe("Midjourney");
  });

  it("reports bad input as errors, never throws", async () => {
    expect((await readProvenance(new Uint8Array(0))).errors[0]?.component).toBe("container");
    expect((await readProvenance(new Uint8Array([1, 2, 3]))).format).toBe("unknown");
    const truncated = buildPng([tEXt("parameters", GENERATOR_TEXTS.a1111)]).subarray(0, 60);
    const r = await readProvenance(truncated);
    expect(r.errors.some((e) => /truncated/.test(e.message))).toBe(true);
    const huge = await readProvenance(new Uint8Array(16), { limits: { ...DEFAULT_PROVENANCE_LIMITS, maxInputBytes: 8 } });
    expect(huge.errors[0]?.message).toMatch(/exceeds/);
  });

  it("bounds decompression (zip bomb in zTXt)", async () => {
    const bomb = zTXt("parameters", "A".repeat(8 * 1024 * 1024));
    const r = await readProvenance(buildPng([bomb]));
    expect(r.errors.some((e) => e.component === "container" && /png zTXt/.test(e.message))).toBe(true);
    expect(r.generators).toEqual([]);
  });
});
