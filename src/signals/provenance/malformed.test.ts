/**
 * Hand-built hostile inputs for the provenance readers: malformed JUMBF boxes, hostile CBOR, PNG chunks with
 * absurd lengths, deep nesting, polyglots. Each must give a report with an error entry, not an exception.
 */
import { describe, expect, it } from "vitest";
import { encode } from "cbor-x";
import { buildJpegSegments, buildPng, pngChunk, tEXt, GENERATOR_TEXTS } from "../../../test/fixtures/image-metadata.js";
import { readProvenance } from "./read-provenance.js";
import { parseJumbf } from "./jumbf.js";
import { readC2paStore } from "./c2pa.js";
import { DEFAULT_PROVENANCE_LIMITS } from "./limits.js";

const box = (type: string, body: Uint8Array | Buffer) => {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(8 + body.length, 0);
  head.write(type, 4, "latin1");
  return Buffer.concat([head, body]);
};
const jumd = (label: string) => box("jumd", Buffer.concat([Buffer.alloc(16, 0x11), Buffer.from([0x03]), Buffer.from(label + "\0", "utf8")]));
const superbox = (label: string, ...children: Buffer[]) => box("jumb", Buffer.concat([jumd(label), ...children]));

/** A structurally valid (unsigned) manifest store with one manifest declaring AI generation. */
function buildStore(claim: unknown, actions: unknown): Buffer {
  return superbox(
    "c2pa",
    superbox(
      "urn:uuid:00000000-0000-0000-0000-000000000001",
      superbox("c2pa.assertions", superbox("c2pa.actions", box("cbor", encode(actions)))),
      superbox("c2pa.claim", box("cbor", encode(claim))),
      superbox("c2pa.signature", box("cbor", Buffer.from([0xf6]))),
    ),
  );
}

/** JPEG APP11 segments carrying a JUMBF store split into chunks (header repeated in continuation segments). */
function app11Segments(store: Buffer, chunk: number): { marker: number; data: Buffer }[] {
  const header = store.subarray(0, 8);
  const payload = store.subarray(8);
  const out: { marker: number; data: Buffer }[] = [];
  for (let off = 0, z = 1; off < payload.length; off += chunk, z++) {
    const ci = Buffer.from([0x4a, 0x50, 0, 1, 0, 0, 0, 0]);
    ci.writeUInt32BE(z, 4);
    out.push({ marker: 0xeb, data: Buffer.concat([ci, header, payload.subarray(off, off + chunk)]) });
  }
  return out;
}

const aiActions = { actions: [{ action: "c2pa.created", digitalSourceType: "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia" }] };

describe("C2PA in JPEG across several APP11 segments", () => {
  it("reassembles a store split into 7 segments (out of order) and reads it", async () => {
    const store = buildStore({ claim_generator: "ProjectTestGen/1.0" }, aiActions);
    const segments = app11Segments(store, 40).reverse();
    expect(segments.length).toBeGreaterThan(5);
    const r = await readProvenance(buildJpegSegments(segments), { validateC2pa: false });
    expect(r.c2pa?.active).toMatchObject({ claimGenerator: "ProjectTestGen/1.0", digitalSourceTypes: [aiActions.actions[0]!.digitalSourceType] });
    expect(r.evidence[0]).toMatchObject({ kind: "c2pa", strength: "declared", indicates: "ai_generated" });
  });

  it("an unsigned store sent to c2pa-wasm is not reported as cryptographic", async () => {
    const store = buildStore({ claim_generator: "ProjectTestGen/1.0" }, aiActions);
    const r = await readProvenance(buildJpegSegments(app11Segments(store, 1000)));
    expect(["invalid", "error"]).toContain(r.c2pa?.validation.state);
    expect(r.evidence[0]?.strength).toBe("declared");
  });
});

describe("malformed JUMBF and CBOR", () => {
  const limits = DEFAULT_PROVENANCE_LIMITS;
  it("rejects a box whose length overruns its parent", () => {
    const bad = Buffer.from(superbox("c2pa", superbox("m")));
    bad.writeUInt32BE(0xfffffff0, 0);
    expect(() => parseJumbf(bad, limits)).toThrow(/overruns/);
  });
  it("rejects a box length smaller than its header, and a superbox without description", () => {
    expect(() => parseJumbf(Buffer.from([0, 0, 0, 4, 0x6a, 0x75, 0x6d, 0x62]), limits)).toThrow();
    expect(() => parseJumbf(box("jumb", box("cbor", Buffer.from([1]))), limits)).toThrow(/description/);
  });
  it("stops at the nesting limit instead of recursing without bound", () => {
    let nested = superbox("leaf");
    for (let i = 0; i < 200; i++) nested = superbox(`l${i}`, nested);
    expect(() => parseJumbf(nested, limits)).toThrow(/nesting/);
  });
  it("stops at the box-count limit", () => {
    const many = superbox("c2pa", ...Array.from({ length: 50 }, () => box("free", Buffer.alloc(0))));
    expect(() => parseJumbf(many, { ...limits, maxJumbfBoxes: 10 })).toThrow(/boxes/);
  });
  it("ignores hostile CBOR in the claim and actions (wrong types, huge declared lengths, shared references)", () => {
    const store = superbox(
      "c2pa",
      superbox(
        "urn:uuid:x",
        superbox(
          "c2pa.assertions",
          superbox("c2pa.actions", box("cbor", Buffer.from([0x9b, 0, 0, 0, 1, 0, 0, 0, 0]))),
          superbox("c2pa.actions__1", box("cbor", Buffer.from([0xd8, 0x1c, 0x81, 0xd8, 0x1d, 0x00]))),
          superbox("c2pa.actions__2", box("cbor", encode({ actions: [{ action: 42 }, "x", null, { action: "c2pa.created", digitalSourceType: { nested: true } }] }))),
        ),
        superbox("c2pa.claim", box("cbor", encode({ claim_generator: ["not", "a", "string"], "dc:title": 7 }))),
      ),
    );
    const summary = readC2paStore(store, limits);
    expect(summary.active?.claimGenerator).toBeUndefined();
    expect(summary.active?.actions).toEqual([{ action: "c2pa.created", digitalSourceType: undefined, softwareAgent: undefined, when: undefined }]);
    expect(() => JSON.stringify(summary)).not.toThrow();
  });
  it("reports a store without a c2pa superbox as an error", async () => {
    const jpeg = buildJpegSegments(app11Segments(superbox("c2pa"), 100));
    const r = await readProvenance(jpeg, { validateC2pa: false });
    expect(r.c2pa?.active ?? null).toBeNull();
  });
});

describe("malformed containers and polyglots", () => {
  it("PNG chunk declaring 0xFFFFFFFF bytes: truncated, text before it kept", async () => {
    const huge = pngChunk("tEXt", Buffer.from("k\0v"));
    huge.writeUInt32BE(0xffffffff, 0);
    const r = await readProvenance(buildPng([tEXt("parameters", GENERATOR_TEXTS.a1111), huge]));
    expect(r.errors.some((e) => /truncated/.test(e.message))).toBe(true);
    expect(r.generators).toHaveLength(1);
  });
  it("PNG text chunk without keyword separator is an error entry", async () => {
    const r = await readProvenance(buildPng([pngChunk("tEXt", Buffer.from("no separator here"))]));
    expect(r.errors[0]?.message).toMatch(/png tEXt/);
  });
  it("JPEG segment with length < 2 stops the walk with an error", async () => {
    const bytes = Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0x00, 0x01, 0x00, 0x00]);
    const r = await readProvenance(new Uint8Array(bytes));
    expect(r.errors[0]?.message).toMatch(/segment length/);
  });
  it("a polyglot is read as the container its first bytes declare (PNG with a ZIP and HTML appended)", async () => {
    const png = buildPng([tEXt("parameters", GENERATOR_TEXTS.a1111)]);
    const poly = new Uint8Array(Buffer.concat([png, Buffer.from("PK\x03\x04<html><script>alert(1)</script></html>")]));
    const r = await readProvenance(poly);
    expect(r.format).toBe("png");
    expect(r.generators).toHaveLength(1);
  });
  it("hostile unicode in text chunks is decoded, not echoed (only generator identity is reported)", async () => {
    const r = await readProvenance(buildPng([tEXt("parameters", "\u202e\u0000evil\nSteps: 20, Sampler: Euler, Model: x\u202ey")]));
    expect(JSON.stringify(r)).not.toContain("evil");
  });
});
