/**
 * Child process of test/cue-matcher-code-space.test.ts (its own V8 heap, so the measurement is not mixed with the test
 * runner's). Builds every rule detector from the committed lists, collecting the sticky regexes the cue matcher makes,
 * and runs each twice on a UTF-16 subject (V8 compiles to native code on the second run): what a long-running service
 * that has met every phrase's first characters holds in code space. Then it runs the detectors themselves on Latin-1
 * text (the English development rows): as long as the matcher hands its regexes UTF-16 subjects (UTF16_SENTINEL in
 * cue-matcher.ts) that adds only the detectors' own JIT code, not a second compilation of the patterns.
 * Prints {"patterns", "codeMiB", "latin1GrowthMiB"}.
 */
import { readFileSync } from "node:fs";
import v8 from "node:v8";

const sticky: RegExp[] = [];
const NativeRegExp = RegExp;
globalThis.RegExp = new Proxy(NativeRegExp, {
  construct(target, args: [string | RegExp, string?]) {
    const re = new target(...args);
    if (re.sticky) sticky.push(re);
    return re;
  },
});
const { createDetectors } = await import("../src/classifiers/detectors/index.js");
const { loadDetectorData } = await import("../src/classifiers/detectors/cue-data.js");
const { normaliseText } = await import("../src/content/text/normalise.js");
const detectors = createDetectors(await loadDetectorData());
globalThis.RegExp = NativeRegExp;

const codeMiB = () =>
  v8
    .getHeapSpaceStatistics()
    .filter((s) => s.space_name.startsWith("code"))
    .reduce((sum, s) => sum + s.space_size, 0) /
  2 ** 20;

const texts = ["misogyny", "threat", "sexual_harassment", "sextortion"].flatMap((d) =>
  readFileSync(new URL(`../models/detectors/dev/${d}/en.jsonl`, import.meta.url), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { text: string }).text),
);
const runDetectors = () => {
  for (const text of texts) {
    const prepared = { original: text, ...normaliseText(text), language: "en" };
    for (const detector of Object.values(detectors)) detector.analyse(prepared);
  }
};
for (const re of sticky)
  for (let k = 0; k < 2; k++) {
    re.lastIndex = 0;
    re.exec("\u00e0\uffff");
  }
const afterAll = codeMiB();
runDetectors();
process.stdout.write(
  JSON.stringify({ patterns: sticky.length, codeMiB: Math.round(afterAll), latin1GrowthMiB: Math.round((codeMiB() - afterAll) * 10) / 10 }),
);
