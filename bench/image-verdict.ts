/**
 * Whole image verdict benchmark (`npx tsx bench/image-verdict.ts [--json]`): a 1 MP JPEG generated here through
 * ctx.imageScoring.scoreImage — decode, PDQ + MD5/SHA-256, bank match (empty in-memory bank), nsfw, provenance,
 * watermarks, policy — p50/p90 wall over 40 runs after 5 warm-ups, with the last verdict's stage timings.
 */
import sharp from "sharp";
import { BankService } from "../src/banks/bank-service.js";
import { MemoryBankStore } from "../src/banks/memory-bank-store.js";
import { createAppContext } from "../src/context.js";
import { createLogger } from "../src/logger.js";

const ctx = createAppContext({
  logger: createLogger("error"),
  textComponents: [],
  langid: null,
  banks: { id: "banks", required: true, load: () => BankService.open({ store: new MemoryBankStore() }) },
});
await ctx.ready;
const w = 1152;
const h = 864;
const raw = Buffer.alloc(w * h * 3);
for (let i = 0; i < raw.length; i++) raw[i] = (i * 7 + ((i / (w * 3)) | 0) * 13) & 255;
const jpeg = new Uint8Array(await sharp(raw, { raw: { width: w, height: h, channels: 3 } }).jpeg({ quality: 88 }).toBuffer());
const lat: number[] = [];
let stages: Record<string, number> = {};
for (let i = 0; i < 45; i++) {
  const t = performance.now();
  const v = await ctx.imageScoring!.scoreImage(jpeg, { explain: false, dihedral: false }, "bench");
  if (i >= 5) lat.push(performance.now() - t);
  stages = v.timing.stages;
}
lat.sort((a, b) => a - b);
const out = {
  image: `${w}x${h} JPEG, ${jpeg.byteLength} bytes`,
  runs: lat.length,
  p50Ms: Math.round(lat[Math.floor(lat.length / 2)] * 10) / 10,
  p90Ms: Math.round(lat[Math.floor(lat.length * 0.9)] * 10) / 10,
  lastStagesMs: stages,
};
console.log(process.argv.includes("--json") ? JSON.stringify(out) : out);
process.exit(0);
