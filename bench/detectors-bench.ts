/**
 * Rule-based detector benchmark (`npx tsx bench/detectors-bench.ts`): prints numbers, asserts nothing.
 *  - load: read + validate models/detectors/*.json, build matchers; first-use regex compilation
 *  - per text: SextortionDetector, DoxxingDetector and detectPii on the detectors' evaluation texts
 *    (written for this project), mean and p99 over several passes
 *  - per text: the pairing detectors (misogyny, threat, sexual harassment) and sextortion on their development rows
 *    (models/detectors/dev/, written for this project), best pass of three: their cost grows with the cue lists
 *  - adversarial long inputs (repeated cues, digit groups, unspaced CJK, unmatched single quotes): one pass each, with
 *    the quotation finder every framing and pairing rule runs (findQuotedRanges)
 */
import { readFileSync } from "node:fs";
import { loadDetectors } from "../src/classifiers/detectors/index.js";
import { findQuotedRanges } from "../src/classifiers/lexicon/index.js";
import { normaliseText } from "../src/content/text/normalise.js";
import { detectPii } from "../src/signals/pii/index.js";
import { detectorDevRows } from "../models/train/fasttext/dev-rows.js";

const PASSES = 5;
const texts: { text: string; lang: string }[] = readFileSync("eval/datasets/detectors/sextortion-doxxing.jsonl", "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));
const prepared = texts.map(({ text, lang }) => ({ original: text, ...normaliseText(text), language: lang }));

let t0 = performance.now();
const { sextortion, doxxing, misogyny, threat, sexualHarassment } = await loadDetectors();
console.log(`load (read+validate+build): ${(performance.now() - t0).toFixed(0)} ms`);
t0 = performance.now();
await sextortion.classify(prepared.slice(0, 1));
await doxxing.classify(prepared.slice(0, 1));
console.log(`first classify (regex compilation): ${(performance.now() - t0).toFixed(0)} ms`);

const measure = (name: string, run: (i: number) => unknown): void => {
  const samples: number[] = [];
  for (let pass = 0; pass < PASSES; pass++) {
    for (let i = 0; i < prepared.length; i++) {
      const s = performance.now();
      run(i);
      samples.push(performance.now() - s);
    }
  }
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  const p99 = samples[Math.floor(samples.length * 0.99)];
  console.log(`${name.padEnd(12)} mean ${mean.toFixed(3)} ms  p99 ${p99.toFixed(3)} ms  (${samples.length} texts)`);
};
measure("sextortion", (i) => sextortion.analyse(prepared[i]));
measure("doxxing", (i) => doxxing.analyse(prepared[i]));
measure("detectPii", (i) => detectPii(prepared[i].original, { language: prepared[i].language }));

{
  const rows = detectorDevRows().map(({ text, lang }) => ({ original: text, ...normaliseText(text), language: lang }));
  for (const [name, detector] of Object.entries({ misogyny, threat, sexualHarassment, sextortion })) {
    let best = Infinity;
    for (let pass = 0; pass < 3; pass++) {
      const s = performance.now();
      for (const p of rows) detector.analyse(p);
      best = Math.min(best, performance.now() - s);
    }
    console.log(`${name.padEnd(17)} ${((best / rows.length) * 1000).toFixed(0)} µs per text (${rows.length} development rows, best of 3 passes)`);
  }
}

const ADVERSARIAL: Record<string, string> = {
  "repeated cues (69k)": "pay me or i'll post your nudes to your family ".repeat(1500),
  "phone numbers (60k)": "call her +44 7911 123456 now ".repeat(2000),
  "digit groups (64k)": "1234567 ".repeat(8000),
  "unspaced CJK (60k)": "裸照发到网上".repeat(10000),
  "open single quotes (60k)": " 'a".repeat(20000),
};
for (const [name, text] of Object.entries(ADVERSARIAL)) {
  const p = { original: text, ...normaliseText(text), language: "en" };
  const s = performance.now();
  sextortion.analyse(p);
  const mid = performance.now();
  doxxing.analyse(p);
  const end = performance.now();
  findQuotedRanges(text);
  console.log(`${name.padEnd(24)} sextortion ${(mid - s).toFixed(0)} ms  doxxing ${(end - mid).toFixed(0)} ms  quotes ${(performance.now() - end).toFixed(1)} ms`);
}
