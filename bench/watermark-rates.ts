/**
 * Invisible-watermark detection rates per variant and condition (lossless, JPEG q95/85/75, half size) on
 * ../shared/testdata/watermark, and false positives on every clean image under ../shared/testdata
 * (watermark *_clean.png, pdq/, c2pa/). Also prints the highest clean-image match count per variant, which is
 * what the thresholds in src/signals/watermark/variants.ts must stay above.
 *
 *   npx tsx bench/watermark-rates.ts [testdata-dir]
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { decodeImage } from "../src/content/image/decode.js";
import { detectWatermarks } from "../src/signals/watermark/detect.js";
import { WATERMARK_SPECS } from "../src/signals/watermark/variants.js";

const root = process.argv[2] ?? new URL("../../shared/testdata", import.meta.url).pathname;
const wmDir = join(root, "watermark");
const expected = new Map<string, string>(JSON.parse(readFileSync(join(wmDir, "expected-message.json"), "utf8")));

const IMAGE_EXT = /\.(png|jpe?g|webp|gif|tiff?|avif|heic)$/i;
function listImages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listImages(path);
    return IMAGE_EXT.test(name) ? [path] : [];
  });
}

const conditionOf = (file: string) => (/_half\./.test(file) ? "half" : /_jpeg(\d+)\./.exec(file)?.[1] ? `jpeg${/_jpeg(\d+)\./.exec(file)![1]}` : "lossless");
/** the marked carrier a derived file comes from: bridge_sdxl_genmodels_float_jpeg95.jpg → bridge_sdxl_genmodels_float.png */
const carrierOf = (file: string) => file.replace(/_(half|jpeg\d+)\.(png|jpg)$/, ".png");

const rates = new Map<string, { hit: number; total: number }>();
const cleanMax = new Map<string, number>(WATERMARK_SPECS.map((s) => [s.variant, 0]));
const cleanMaxFile = new Map<string, string>();
let cleanCount = 0;
let falsePositives = 0;
const skipped: string[] = [];

for (const path of listImages(root)) {
  const file = relative(root, path);
  let results;
  try {
    // above the service default (50 MP) so that every clean fixture is checked
    results = detectWatermarks(await decodeImage(new Uint8Array(readFileSync(path)), { maxBytes: 64 * 2 ** 20, maxPixels: 80_000_000 }));
  } catch (err) {
    skipped.push(`${file} (${(err as Error).message})`);
    continue;
  }
  const base = file.startsWith("watermark/") ? file.slice("watermark/".length) : null;
  const truth = base ? expected.get(carrierOf(base)) : "none";
  if (truth === undefined) {
    skipped.push(`${file} (not in expected-message.json)`);
    continue;
  }
  if (truth === "none") {
    cleanCount++;
    const flagged = results.filter((r) => r.detected);
    if (flagged.length) {
      falsePositives++;
      console.log(`FALSE POSITIVE ${file}: ${flagged.map((r) => `${r.variant} ${r.matches}/${r.length}`).join(", ")}`);
    }
    for (const r of results) {
      if (r.matches > cleanMax.get(r.variant)!) {
        cleanMax.set(r.variant, r.matches);
        cleanMaxFile.set(r.variant, file);
      }
    }
    continue;
  }
  // a marked image counts as detected when its own variant is detected (other variants firing would be wrong)
  const mine = results.find((r) => r.variant === truth)!;
  const wrong = results.filter((r) => r.detected && r.variant !== truth);
  const embedPath = base!.replace(/\.(png|jpg)$/, "").replace(/_(half|jpeg\d+)$/, "").split("_").slice(1).join("_");
  const key = `${truth.padEnd(5)} ${embedPath.padEnd(26)} ${conditionOf(base!)}`;
  const entry = rates.get(key) ?? { hit: 0, total: 0 };
  entry.total++;
  if (mine.detected) entry.hit++;
  rates.set(key, entry);
  if (wrong.length) console.log(`WRONG VARIANT ${file}: ${wrong.map((r) => r.variant).join(", ")}`);
}

console.log("\nDetection rate (files detected / files) by variant, embedding path and condition:");
const order = ["lossless", "jpeg95", "jpeg85", "jpeg75", "half"];
const sortKey = (k: string) => `${k.split(/\s+/).slice(0, 2).join(" ")} ${order.indexOf(k.split(/\s+/).at(-1)!)}`;
for (const key of [...rates.keys()].sort((a, b) => sortKey(a).localeCompare(sortKey(b)))) {
  const { hit, total } = rates.get(key)!;
  console.log(`  ${key.padEnd(42)} ${hit}/${total}`);
}
console.log("\nBy condition (all variants):");
for (const cond of order) {
  let hit = 0;
  let total = 0;
  for (const [key, v] of rates) if (key.endsWith(` ${cond}`)) ((hit += v.hit), (total += v.total));
  console.log(`  ${cond.padEnd(9)} ${hit}/${total} = ${total ? ((100 * hit) / total).toFixed(0) : "-"}%`);
}
console.log(`\nClean images: ${cleanCount}, flagged: ${falsePositives}`);
for (const s of WATERMARK_SPECS) {
  console.log(`  ${s.variant.padEnd(5)} threshold ${s.minMatches}/${s.bits.length}; highest clean ${cleanMax.get(s.variant)}/${s.bits.length} (${cleanMaxFile.get(s.variant) ?? "-"})`);
}
if (skipped.length) console.log(`\nSkipped ${skipped.length}: ${skipped.join("; ")}`);
