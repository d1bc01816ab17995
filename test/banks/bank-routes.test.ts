import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import sharp from "sharp";
import { beforeEach, describe, expect, it } from "vitest";
import { BankService } from "../../src/banks/bank-service.js";
import { MemoryBankStore } from "../../src/banks/memory-bank-store.js";
import { loaderOf, makeTestApp, postJson } from "../helpers.js";

const PDQ_DATA = fileURLToPath(new URL("../../../shared/testdata/pdq/", import.meta.url));
const A = "d8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22";
const ROT90 = "f0a10efd51c83d429053d48d0fffbc52e34e0e17ada956a9d29685211ea9e58f";

type TestApp = Awaited<ReturnType<typeof makeTestApp>>["app"];
let app: TestApp;

async function setup(env: Record<string, string> = {}) {
  const banks = await BankService.open({ store: new MemoryBankStore() });
  const made = await makeTestApp({ textComponents: [], env, banks: loaderOf("banks", banks) });
  expect(made.ctx.banks).toBe(banks);
  return made.app;
}

const send = (method: string, path: string, body?: unknown, contentType = "application/json") =>
  app.request(path, {
    method,
    headers: body === undefined ? {} : { "content-type": contentType },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });

async function errorCode(res: Response) {
  return ((await res.json()) as { error: { code: string } }).error.code;
}

describe("/v1/hash", () => {
  beforeEach(async () => {
    app = await setup();
  });

  it("returns the reference PDQ hash, dihedrals, MD5 and SHA-256 for a base64 image", async () => {
    const bytes = readFileSync(`${PDQ_DATA}bridge-mods/aaa-orig.jpg`);
    const res = await postJson(app, "/v1/hash", { image: bytes.toString("base64") });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.pdq.hash).toBe(A);
    expect(body.pdq.quality).toBe(100);
    expect(body.pdq.dihedrals.rot90).toBe(ROT90);
    expect(body.md5).toMatch(/^[0-9a-f]{32}$/);
    expect(body.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(body.image).toEqual({ format: "jpeg", width: 1600, height: 1004, pages: 1, firstFrameOnly: false });
  });

  it("accepts multipart uploads", async () => {
    const form = new FormData();
    form.append("image", new Blob([readFileSync(`${PDQ_DATA}bridge-mods/aaa-orig.jpg`)]), "x.jpg");
    const res = await app.request("/v1/hash", { method: "POST", body: form });
    expect(res.status).toBe(200);
    expect((await res.json()).pdq.hash).toBe(A);
  });

  it("returns pdq null for a flat image, and clear errors for bad input", async () => {
    const flat = await sharp({ create: { width: 32, height: 32, channels: 3, background: "#808080" } }).png().toBuffer();
    const ok = await postJson(app, "/v1/hash", { image: flat.toString("base64") });
    expect((await ok.json()).pdq).toBeNull();
    const notBase64 = await postJson(app, "/v1/hash", { image: "***" });
    expect([notBase64.status, await errorCode(notBase64)]).toEqual([400, "invalid_image"]);
    const notImage = await postJson(app, "/v1/hash", { image: Buffer.from("plain text, not an image").toString("base64") });
    expect([notImage.status, await errorCode(notImage)]).toEqual([415, "unsupported_image_format"]);
  });

  it("refuses oversized uploads and decompression bombs with 413", async () => {
    app = await setup({ GUARD_MAX_IMAGE_BYTES: "2000", GUARD_MAX_IMAGE_PIXELS: "10000" });
    const big = await sharp({ create: { width: 200, height: 200, channels: 3, background: "#102030" } }).png({ compressionLevel: 0 }).toBuffer();
    const tooBig = await postJson(app, "/v1/hash", { image: big.toString("base64") });
    expect(tooBig.status).toBe(413);
    const manyPixels = await sharp({ create: { width: 150, height: 150, channels: 3, background: "#102030" } }).png().toBuffer();
    expect(manyPixels.length).toBeLessThan(2000);
    const bomb = await postJson(app, "/v1/hash", { image: manyPixels.toString("base64") });
    expect([bomb.status, await errorCode(bomb)]).toEqual([413, "image_too_many_pixels"]);
  });
});

describe("/v1/banks and /v1/match", () => {
  beforeEach(async () => {
    app = await setup();
  });

  it("creates, lists, updates and deletes banks", async () => {
    const created = await send("POST", "/v1/banks", { name: "ncii" });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ name: "ncii", enabled: true, matchDistance: 31, minQuality: 50, entryCount: 0 });
    expect((await send("POST", "/v1/banks", { name: "ncii" })).status).toBe(409);
    const list = await (await send("GET", "/v1/banks")).json();
    expect(list.banks.map((b: { name: string }) => b.name)).toEqual(["ncii"]);
    const patched = await send("PATCH", "/v1/banks/ncii", { enabled: false, matchDistance: 20 });
    expect(await patched.json()).toMatchObject({ enabled: false, matchDistance: 20 });
    expect((await send("DELETE", "/v1/banks/ncii")).status).toBe(204);
    expect((await send("DELETE", "/v1/banks/ncii")).status).toBe(404);
    expect((await send("GET", "/v1/banks/ncii")).status).toBe(404);
  });

  it("refuses bad bank input", async () => {
    for (const body of [{ name: "bad name" }, { name: "x", matchDistance: 300 }, { name: "x", extra: 1 }, {}]) {
      const res = await send("POST", "/v1/banks", body);
      expect([res.status, await errorCode(res)]).toEqual([400, "invalid_request"]);
    }
  });

  it("adds entries, matches them (with metadata and dihedrals), deletes them", async () => {
    await send("POST", "/v1/banks", { name: "ncii" });
    const added = await send("POST", "/v1/banks/ncii/entries", { entries: [{ pdq: ROT90, quality: 100, metadata: { source: "stopncii", caseId: "c9" } }] });
    expect(added.status).toBe(201);
    const { ids } = await added.json();
    const entry = await (await send("GET", `/v1/banks/ncii/entries/${ids[0]}`)).json();
    expect(entry).toMatchObject({ id: ids[0], pdq: ROT90, quality: 100, metadata: { caseId: "c9" } });

    const hashed = await (await postJson(app, "/v1/hash", { image: readFileSync(`${PDQ_DATA}bridge-mods/aaa-orig.jpg`).toString("base64") })).json();
    const plain = await (await send("POST", "/v1/match", { pdq: hashed.pdq.hash, quality: hashed.pdq.quality })).json();
    expect(plain.matches).toEqual([]);
    const dih = await (await send("POST", "/v1/match", { pdq: hashed.pdq.hash, quality: 100, dihedrals: hashed.pdq.dihedrals, dihedral: true })).json();
    expect(dih.matches).toEqual([{ bank: "ncii", entryId: ids[0], signal: "pdq", distance: 0, metadata: { source: "stopncii", caseId: "c9" }, dihedral: "rot90" }]);

    expect((await send("DELETE", `/v1/banks/ncii/entries/${ids[0]}`)).status).toBe(204);
    expect((await send("DELETE", `/v1/banks/ncii/entries/${ids[0]}`)).status).toBe(404);
    const after = await (await send("POST", "/v1/match", { pdq: ROT90 })).json();
    expect(after.matches).toEqual([]);
  });

  it("refuses malformed hex, wrong lengths and unknown banks, adding nothing", async () => {
    await send("POST", "/v1/banks", { name: "ncii" });
    const bad = await send("POST", "/v1/banks/ncii/entries", { entries: [{ pdq: A }, { pdq: A.slice(1) }, { pdq: `${A.slice(1)}x` }, { md5: "123" }] });
    expect(bad.status).toBe(400);
    const body = await bad.json();
    expect(body.error.code).toBe("invalid_request");
    expect(body.error.issues.map((i: { path: string }) => i.path)).toEqual(["entries.1.pdq", "entries.2.pdq", "entries.3.md5"]);
    expect((await (await send("GET", "/v1/banks/ncii")).json()).entryCount).toBe(0);
    expect((await send("POST", "/v1/banks/nope/entries", { entries: [{ pdq: A }] })).status).toBe(404);
    expect((await send("POST", "/v1/match", { pdq: "zz" })).status).toBe(400);
    expect((await send("POST", "/v1/match", {})).status).toBe(400);
    expect((await send("POST", "/v1/match", { pdq: A, banks: ["nope"] })).status).toBe(404);
    expect((await send("GET", "/v1/banks/ncii/entries/abc")).status).toBe(404);
  });

  it("bulk-imports CSV and StopNCII JSON bodies", async () => {
    await send("POST", "/v1/banks", { name: "ncii" });
    const csv = await send("POST", "/v1/banks/ncii/import", `pdq,quality,case\n${A},90,k1\nnot-a-hash,90,k2\n`, "text/csv");
    expect(csv.status).toBe(200);
    expect(await csv.json()).toMatchObject({ format: "csv", added: 1, errors: [{ record: 3 }] });
    const stop = { hashRecords: [{ signalType: "ImagePDQ", hashValue: ROT90, hashStatus: "Active", caseNumbers: { c1: "Active" }, lastModtimestamp: 1 }] };
    const res = await send("POST", "/v1/banks/ncii/import?format=stopncii", stop);
    expect(await res.json()).toMatchObject({ format: "stopncii", added: 1 });
    const m = await (await send("POST", "/v1/match", { pdq: ROT90 })).json();
    expect(m.matches[0].metadata).toMatchObject({ source: "stopncii", caseNumbers: ["c1"] });
    expect((await send("POST", "/v1/banks/nope/import", "x", "text/csv")).status).toBe(404);
  });
});
