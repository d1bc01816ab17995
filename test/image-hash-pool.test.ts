/**
 * The image hashing pool as the HTTP layer sees it: a full queue is a 503 `overloaded` on both image
 * endpoints, and hashes through worker threads equal hashes in the request thread.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createImageHasher, HashQueueFullError, type ImageHasher } from "../src/content/image/hash-pool.js";
import { makeTestApp, postJson } from "./helpers.js";

const PHOTO = readFileSync(fileURLToPath(new URL("../../shared/testdata/pdq/bridge-mods/aaa-orig.jpg", import.meta.url)));

const FULL: ImageHasher = {
  threads: 1,
  hashImage: () => Promise.reject(new HashQueueFullError(4)),
  hashPdq: () => Promise.reject(new HashQueueFullError(4)),
  warm: async () => {},
  close: async () => {},
};

describe("image hashing pool over HTTP", () => {
  it("answers 503 overloaded when the hashing queue is full, on /v1/hash and /v1/score", async () => {
    const { app } = await makeTestApp({ textComponents: [], imageHasher: FULL });
    for (const path of ["/v1/hash", "/v1/score"]) {
      const res = await postJson(app, path, { image: PHOTO.toString("base64") });
      expect(res.status, path).toBe(503);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("overloaded");
      expect(body.error.message).toMatch(/retry later/);
    }
  });

  it("gives the same /v1/hash and /v1/score hashes with worker threads as in the request thread", async () => {
    const pooled = createImageHasher({ threads: 1, maxQueue: 4 });
    const results = [];
    for (const imageHasher of [pooled, createImageHasher({ threads: 0, maxQueue: 4 })]) {
      const { app, ctx } = await makeTestApp({ textComponents: [], imageHasher });
      const hash = await (await postJson(app, "/v1/hash", { image: PHOTO.toString("base64") })).json();
      const verdict = await (await postJson(app, "/v1/score", { image: PHOTO.toString("base64"), explain: true })).json();
      results.push({ hash, pdq: verdict.hashes.pdq });
      await ctx.close();
    }
    expect(results[0]).toEqual(results[1]);
    expect(results[0].pdq.hash).toBe(results[0].hash.pdq.hash);
  });
});
