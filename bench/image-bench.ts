/**
 * Speed of the image signals of issue 6, per stage and for the whole image path, on a 1 MP JPEG generated
 * for this project (smooth gradients + shapes + seeded noise, quality 90, with a small EXIF block).
 * Stages run one after another on one thread, as a request would:
 *   decode (sharp) → nsfw (preprocess + ONNX) → provenance (readProvenance) → watermark (detectWatermarks)
 *   → assessSynthetic.
 *
 *   npx tsx bench/image-bench.ts [--runs 40]
 */
import { parseArgs } from "node:util";
import sharp from "sharp";
import { decodeImage } from "../src/content/image/decode.js";
import { NsfwClassifier } from "../src/classifiers/nsfw/nsfw-classifier.js";
import { readProvenance } from "../src/signals/provenance/read-provenance.js";
import { detectWatermarks } from "../src/signals/watermark/detect.js";
import { assessSynthetic, watermarkEvidence } from "../src/signals/synthetic.js";
import { mulberry32 } from "../test/fixtures/fuzz.js";

const { values } = parseArgs({ options: { runs: { type: "string", default: "40" } } });
const runs = Number(values.runs);
const W = 1152;
const H = 864; // 0.995 MP

async function makeJpeg(): Promise<Uint8Array> {
  const rand = mulberry32(7);
  const rgb = Buffer.alloc(W * H * 3);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const o = (y * W + x) * 3;
      const inDisc = (x - 500) ** 2 + (y - 400) ** 2 < 250 ** 2;
      const n = (rand() - 0.5) * 24;
      rgb[o] = Math.max(0, Math.min(255, (inDisc ? 220 : (x / W) * 255) + n));
      rgb[o + 1] = Math.max(0, Math.min(255, (inDisc ? 170 : (y / H) * 200) + n));
      rgb[o + 2] = Math.max(0, Math.min(255, (inDisc ? 140 : 120 + 60 * Math.sin(x / 40)) + n));
    }
  }
  const jpeg = await sharp(rgb, { raw: { width: W, height: H, channels: 3 } })
    .withExif({ IFD0: { Make: "BenchCam", Model: "Synthetic 1", Software: "tfgbv-guard bench" } })
    .jpeg({ quality: 90 })
    .toBuffer();
  return new Uint8Array(jpeg);
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
};

const bytes = await makeJpeg();
const nsfw = await NsfwClassifier.load(new URL("../models/nsfw-mobilenetv2/model.onnx", import.meta.url).pathname);
const NAMES = ["decode", "nsfw", "provenance", "watermark", "synthetic", "total"] as const;
const wall = Object.fromEntries(NAMES.map((n) => [n, [] as number[]])) as Record<(typeof NAMES)[number], number[]>;
const cpu = Object.fromEntries(NAMES.map((n) => [n, [] as number[]])) as Record<(typeof NAMES)[number], number[]>;
/** process CPU time (user + system, all threads) in ms: separates our cost from waiting on a busy machine */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
for (let i = 0; i < runs + 3; i++) {
  const w: number[] = [performance.now()];
  const c: number[] = [cpuMs()];
  const mark = () => (w.push(performance.now()), c.push(cpuMs()));
  const img = await decodeImage(bytes);
  mark();
  await nsfw.classify(img);
  mark();
  const prov = await readProvenance(bytes);
  mark();
  const marks = detectWatermarks(img);
  mark();
  assessSynthetic([...prov.evidence, ...watermarkEvidence(marks)]);
  mark();
  if (i < 3) continue; // warm-up
  NAMES.forEach((name, k) => {
    const [a, b] = name === "total" ? [0, 5] : [k, k + 1];
    wall[name].push(w[b]! - w[a]!);
    cpu[name].push(c[b]! - c[a]!);
  });
}
console.log(`1 MP JPEG ${W}x${H}, ${bytes.length} bytes; ${runs} runs after 3 warm-up; node ${process.version}, onnxruntime intra-op threads 1`);
const loadavg = (await import("node:os")).loadavg()[0]!;
console.log(`load average (1 min) at the end: ${loadavg.toFixed(1)} on ${(await import("node:os")).availableParallelism()} CPUs`);
for (const name of NAMES) {
  const f = (x: number) => x.toFixed(2).padStart(7);
  console.log(`  ${name.padEnd(11)} wall p50 ${f(percentile(wall[name], 0.5))} ms  p90 ${f(percentile(wall[name], 0.9))} ms   cpu p50 ${f(percentile(cpu[name], 0.5))} ms`);
}
await nsfw.dispose();
