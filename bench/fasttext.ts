/**
 * Speed of the text path's fastText stage (normalise + 5 label models), in-process, one thread:
 * cold start, per-text latency (p50/p99), batched throughput, RSS. Texts are the dev split of
 * ../shared/data/train (natural lengths), so numbers reflect real inputs.
 *   npx tsx bench/fasttext.ts [--n 5000]
 */
import { parseArgs } from "node:util";
import { join } from "node:path";
import { readFolder } from "../models/train/fasttext/data.js";

const { values: args } = parseArgs({ options: { n: { type: "string", default: "5000" }, data: { type: "string", default: "../shared/data" } } });
const t0 = performance.now();
const { FastTextClassifier } = await import("../src/classifiers/fasttext/fasttext-classifier.js");
const { normaliseText } = await import("../src/content/text/normalise.js");
const { LanguageIdentifier } = await import("../src/signals/langid/language-identifier.js");
const classifier = await FastTextClassifier.load();
const coldMs = performance.now() - t0;
const lid = await LanguageIdentifier.load();
const coldLidMs = performance.now() - t0;
const rssAfterLoadMb = process.memoryUsage().rss / 2 ** 20; // before the benchmark reads its data

const texts = readFolder(join(args.data, "train")).filter((r) => r.split === "dev").map((r) => r.text).slice(0, Number(args.n));
const prepare = (text: string) => {
  const { normalised, offsets } = normaliseText(text);
  return { original: text, normalised, offsets, language: "und" };
};
for (const t of texts.slice(0, 500)) await classifier.classify([prepare(t)]); // warm-up

const perText: number[] = [];
const perTextLid: number[] = [];
for (const t of texts) {
  const s = performance.now();
  await classifier.classify([prepare(t)]);
  const m = performance.now();
  lid.identify(t);
  perText.push(m - s);
  perTextLid.push(performance.now() - m);
}
const q = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
const batchStart = performance.now();
const cpuStart = process.cpuUsage();
for (let i = 0; i < texts.length; i += 64) await classifier.classify(texts.slice(i, i + 64).map(prepare));
const batchSeconds = (performance.now() - batchStart) / 1000;
const cpu = process.cpuUsage(cpuStart);
// On a shared machine wall time includes waiting for a core; CPU time per text is what one free core would need.
const cpuMsPerText = (cpu.user + cpu.system) / 1000 / texts.length;
const meanChars = texts.reduce((a, t) => a + t.length, 0) / texts.length;
console.log(`texts: ${texts.length} (mean ${meanChars.toFixed(0)} chars), labels: ${classifier.labels.join(",")}`);
console.log(`cold start (import + load + sha256 verify): classifier ${coldMs.toFixed(0)} ms, + langid ${coldLidMs.toFixed(0)} ms`);
console.log(`per text normalise+classify: p50 ${q(perText, 0.5).toFixed(3)} ms, p99 ${q(perText, 0.99).toFixed(3)} ms, max ${q(perText, 1).toFixed(3)} ms`);
console.log(`per text langid:             p50 ${q(perTextLid, 0.5).toFixed(3)} ms, p99 ${q(perTextLid, 0.99).toFixed(3)} ms`);
console.log(`batched (64/call): ${(texts.length / batchSeconds).toFixed(0)} texts/s wall; CPU ${cpuMsPerText.toFixed(3)} ms/text = ${(1000 / cpuMsPerText).toFixed(0)} texts/s per free core`);
console.log(`RSS after loading models (tsx runtime included): ${rssAfterLoadMb.toFixed(0)} MB; at the end (with the benchmark's data): ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
