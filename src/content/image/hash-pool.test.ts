import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { hashPdq } from "../../signals/pdq/pdq.js";
import { decodeImage, ImageError } from "./decode.js";
import { createImageHasher, HashQueueFullError } from "./hash-pool.js";
import { hashImageBytes } from "./image-hashes.js";

const PHOTO = readFileSync(fileURLToPath(new URL("../../../../shared/testdata/pdq/bridge-mods/aaa-orig.jpg", import.meta.url)));
const LIMITS = { maxBytes: 20 * 1024 * 1024, maxPixels: 50_000_000 };

async function rejection(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => null,
    (e: unknown) => e,
  );
}

describe("image hashing on worker threads", () => {
  const pool = createImageHasher({ threads: 1, maxQueue: 1 });
  afterAll(() => pool.close());

  it("gives the same hashes as hashing in the calling thread (upload and decoded pixels)", async () => {
    const png = new Uint8Array(await sharp(PHOTO).resize(300, 200).png().toBuffer());
    for (const bytes of [new Uint8Array(PHOTO), png]) expect(await pool.hashImage(bytes, LIMITS)).toEqual(await hashImageBytes(bytes, LIMITS));
    const decoded = await decodeImage(PHOTO, LIMITS); // 1600 × 1004: squashed before crossing to the worker
    expect(await pool.hashPdq(decoded)).toEqual(hashPdq(decoded));
    expect(decoded.rgb.length).toBe(1600 * 1004 * 3); // the caller's pixels are not detached
  });

  it("maps bad images to the same ImageError as in-thread hashing", async () => {
    const inThread = createImageHasher({ threads: 0, maxQueue: 1 });
    for (const bytes of [new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), new Uint8Array(Buffer.from("not an image at all"))]) {
      const pooled = await rejection(pool.hashImage(bytes, LIMITS));
      const local = await rejection(inThread.hashImage(bytes, LIMITS));
      expect(pooled).toBeInstanceOf(ImageError);
      expect(local).toBeInstanceOf(ImageError);
      expect({ code: (pooled as ImageError).code, message: (pooled as ImageError).message }).toEqual({
        code: (local as ImageError).code,
        message: (local as ImageError).message,
      });
    }
    const tooLarge = await rejection(pool.hashImage(new Uint8Array(PHOTO), { ...LIMITS, maxPixels: 1000 }));
    expect((tooLarge as ImageError).code).toBe("image_too_many_pixels");
  });

  it("refuses work beyond the queue bound with HashQueueFullError and finishes the rest", async () => {
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => pool.hashImage(PHOTO, LIMITS)));
    const refused = results.filter((r) => r.status === "rejected");
    const done = results.filter((r) => r.status === "fulfilled");
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(done.length).toBeGreaterThanOrEqual(1);
    for (const r of refused) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(HashQueueFullError);
    const expected = (await hashImageBytes(PHOTO, LIMITS)).pdq!.hash;
    for (const r of done) expect((r as PromiseFulfilledResult<Awaited<ReturnType<typeof pool.hashImage>>>).value.pdq!.hash).toBe(expected);
  });

  it("close() lets accepted tasks finish, then refuses new work", async () => {
    const own = createImageHasher({ threads: 1, maxQueue: 4 });
    const running = own.hashImage(PHOTO, LIMITS); // its thread is still starting when close() is called
    const closed = own.close();
    expect((await running).pdq).not.toBeNull();
    await closed;
    expect(String(await rejection(own.hashImage(PHOTO, LIMITS)))).toMatch(/closed/);
  });
});
