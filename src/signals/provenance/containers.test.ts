/** Container walkers on files built for this project: GIF, WebP, TIFF and ISO-BMFF carriers of XMP/EXIF/C2PA. */
import { describe, expect, it } from "vitest";
import { buildExif, xmpPacket } from "../../../test/fixtures/image-metadata.js";
import { walkContainer, sniffFormat } from "./containers.js";
import { DEFAULT_PROVENANCE_LIMITS } from "./limits.js";

const L = DEFAULT_PROVENANCE_LIMITS;
const XMP = xmpPacket('<rdf:Description Iptc4xmpExt:DigitalSourceType="http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"/>');
const STORE = Buffer.from("0000002a6a756d62000000226a756d6400000000000000000000000000000000036332706100", "hex");

function gif(extensions: Buffer[]): Uint8Array {
  const header = Buffer.concat([Buffer.from("GIF89a"), Buffer.from([1, 0, 1, 0, 0, 0, 0])]); // 1x1, no global table
  const image = Buffer.from([0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x4c, 0x01, 0]); // descriptor + tiny LZW data
  return new Uint8Array(Buffer.concat([header, ...extensions, image, Buffer.from([0x3b])]));
}
function gifXmp(xmp: string): Buffer {
  const magic = Buffer.concat([Buffer.from([0x01]), Buffer.from(Array.from({ length: 256 }, (_, i) => 255 - i)), Buffer.from([0x00])]);
  return Buffer.concat([Buffer.from([0x21, 0xff, 11]), Buffer.from("XMP DataXMP"), Buffer.from(xmp, "utf8"), magic]);
}
function gifC2pa(store: Buffer): Buffer {
  const blocks: Buffer[] = [];
  for (let o = 0; o < store.length; o += 255) {
    const part = store.subarray(o, o + 255);
    blocks.push(Buffer.from([part.length]), part);
  }
  return Buffer.concat([Buffer.from([0x21, 0xff, 11]), Buffer.from("C2PA_GIF"), Buffer.from([1, 0, 0]), ...blocks, Buffer.from([0])]);
}
function riffChunk(fourcc: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.write(fourcc, 0, "latin1");
  head.writeUInt32LE(data.length, 4);
  return Buffer.concat([head, data, data.length & 1 ? Buffer.from([0]) : Buffer.alloc(0)]);
}
function webp(chunks: Buffer[]): Uint8Array {
  const body = Buffer.concat([Buffer.from("WEBP"), ...chunks]);
  const head = Buffer.alloc(8);
  head.write("RIFF", 0, "latin1");
  head.writeUInt32LE(body.length, 4);
  return new Uint8Array(Buffer.concat([head, body]));
}
function bmffBox(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(8 + body.length, 0);
  head.write(type, 4, "latin1");
  return Buffer.concat([head, body]);
}

describe("container walkers", () => {
  it("GIF: XMP application extension (raw bytes + magic trailer) and C2PA_GIF sub-blocks", () => {
    const m = walkContainer(gif([gifXmp(XMP), gifC2pa(STORE)]), L);
    expect(m.format).toBe("gif");
    expect(m.errors).toEqual([]);
    expect(m.xmp).toHaveLength(1);
    expect(m.xmp[0]).toContain("trainedAlgorithmicMedia");
    expect(Buffer.from(m.jumbf!).equals(STORE)).toBe(true);
  });
  it("WebP: EXIF (with and without the Exif\\0\\0 prefix), XMP and C2PA chunks, odd sizes padded", () => {
    const exif = buildExif({ make: "ProjCam" });
    const m = walkContainer(webp([riffChunk("VP8L", Buffer.alloc(5)), riffChunk("EXIF", Buffer.concat([Buffer.from("Exif\0\0"), exif])), riffChunk("XMP ", Buffer.from(XMP)), riffChunk("C2PA", STORE)]), L);
    expect(m.format).toBe("webp");
    expect(m.errors).toEqual([]);
    expect(Buffer.from(m.exif[0]!).equals(exif)).toBe(true);
    expect(m.xmp).toHaveLength(1);
    expect(m.jumbf?.length).toBe(STORE.length);
  });
  it("TIFF: the file is the EXIF block", () => {
    const tiff = buildExif({ make: "ProjCam", software: "ProjTool" });
    const m = walkContainer(new Uint8Array(tiff), L);
    expect(m.format).toBe("tiff");
    expect(m.exif).toHaveLength(1);
  });
  it("AVIF/HEIF: C2PA uuid box and an XMP packet", () => {
    const ftyp = bmffBox("ftyp", Buffer.from("avif\0\0\0\0mif1avif"));
    const uuid = bmffBox("uuid", Buffer.concat([Buffer.from("d8fec3d61b0e483c92975828877ec481", "hex"), Buffer.alloc(4), Buffer.from("manifest\0"), Buffer.alloc(8), STORE]));
    const meta = bmffBox("mdat", Buffer.from(XMP));
    const m = walkContainer(new Uint8Array(Buffer.concat([ftyp, uuid, meta])), L);
    expect(m.format).toBe("avif");
    expect(m.jumbf?.length).toBe(STORE.length);
    expect(m.xmp[0]).toContain("DigitalSourceType");
  });
  it("sniffs formats from magic bytes only", () => {
    expect(sniffFormat(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe("jpeg");
    expect(sniffFormat(new Uint8Array(Buffer.from("GIF87a")))).toBe("gif");
    expect(sniffFormat(new Uint8Array(Buffer.from("%PDF-1.7")))).toBe("unknown");
  });
  it("GIF with an unknown block introducer ends with an error, keeping what was read", () => {
    const bytes = gif([gifXmp(XMP)]);
    const broken = new Uint8Array([...bytes.subarray(0, bytes.length - 16), 0x99, 0, 0]);
    const m = walkContainer(broken, L);
    expect(m.xmp).toHaveLength(1);
    expect(m.errors[0]).toMatch(/gif/);
  });
});
