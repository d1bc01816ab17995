/**
 * Longer fuzz run of the provenance readers than the unit test: mutations of every C2PA fixture and of
 * project-written metadata, with c2pa-wasm validation on a share of the cases (it is the slow part).
 * Prints cases, error counts, the slowest case and peak memory; exits 1 if any case threw.
 *
 *   npx tsx bench/fuzz-provenance.ts [--cases 20000] [--wasm-every 20] [--seed 1]
 */
import { readdirSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { readProvenance } from "../src/signals/provenance/read-provenance.js";
import { mulberry32, mutate } from "../test/fixtures/fuzz.js";
import { buildExif, buildJpegSegments, buildPng, exifApp1, GENERATOR_TEXTS, iTXt, tEXt, xmpApp1, xmpPacket, zTXt } from "../test/fixtures/image-metadata.js";

const { values } = parseArgs({ options: { cases: { type: "string", default: "20000" }, "wasm-every": { type: "string", default: "20" }, seed: { type: "string", default: "1" } } });
const cases = Number(values.cases);
const wasmEvery = Number(values["wasm-every"]);
const dir = new URL("../../shared/testdata/c2pa/", import.meta.url).pathname;
const seeds = [
  ...readdirSync(dir)
    .filter((f) => !f.endsWith(".md") && !f.endsWith(".heic"))
    .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(dir + f)) })),
  { name: "png-text", bytes: buildPng([tEXt("parameters", GENERATOR_TEXTS.a1111), zTXt("prompt", GENERATOR_TEXTS.comfyPrompt), iTXt("XML:com.adobe.xmp", xmpPacket("<xmp:CreatorTool>Midjourney</xmp:CreatorTool>"), true)]) },
  { name: "jpeg-exif-xmp", bytes: buildJpegSegments([exifApp1(buildExif({ make: "Canon", software: "GIMP" }, GENERATOR_TEXTS.a1111)), xmpApp1(xmpPacket('<rdf:Description Iptc4xmpExt:DigitalSourceType="trainedAlgorithmicMedia"/>'))]) },
];
const rand = mulberry32(Number(values.seed));
let threw = 0;
let withErrors = 0;
let wasmRuns = 0;
let wasmErrors = 0;
const wasmMessages = new Map<string, number>();
let slowest = { ms: 0, name: "" };
let peakRss = 0;
const started = performance.now();
for (let i = 0; i < cases; i++) {
  const seed = seeds[i % seeds.length]!;
  const input = mutate(seed.bytes, rand);
  const validate = wasmEvery > 0 && i % wasmEvery === 0;
  const t = performance.now();
  try {
    const r = await readProvenance(input, { validateC2pa: validate });
    JSON.stringify(r);
    if (r.errors.length) withErrors++;
    if (validate && r.c2pa) {
      wasmRuns++;
      if (r.c2pa.validation.state === "error") {
        wasmErrors++;
        const m = (r.c2pa.validation.message ?? "").replace(/\b\d+\b/g, "N").slice(0, 80);
        wasmMessages.set(m, (wasmMessages.get(m) ?? 0) + 1);
      }
    }
  } catch (err) {
    threw++;
    console.log(`THREW on case ${i} (${seed.name}): ${(err as Error).stack}`);
  }
  const ms = performance.now() - t;
  if (ms > slowest.ms) slowest = { ms, name: `${seed.name} #${i}${validate ? " (wasm)" : ""}` };
  if (i % 500 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
}
peakRss = Math.max(peakRss, process.memoryUsage().rss);
console.log(`cases ${cases} from ${seeds.length} seeds in ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(`threw ${threw}; reports with error entries ${withErrors}; c2pa-wasm validations ${wasmRuns} (validator errors ${wasmErrors})`);
for (const [m, n] of wasmMessages) console.log(`  validator error ×${n}: ${m}`);
console.log(`slowest case ${slowest.ms.toFixed(1)} ms (${slowest.name}); peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB`);
process.exit(threw ? 1 : 0);
