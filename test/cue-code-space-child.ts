/**
 * Child process of test/cue-matcher-code-space.test.ts (its own V8 heap, so the measurement is not mixed with the test
 * runner's). Builds every rule detector from the committed lists, collecting the sticky regexes the cue matcher makes,
 * runs each twice on a UTF-16 subject (the matcher's views always are: UTF16_SENTINEL in cue-matcher.ts; V8 compiles to
 * native code on the second run), and prints {"patterns": n, "codeMB": m}: what a long-running service that has met
 * every phrase's first characters holds in code space.
 */
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
createDetectors(await loadDetectorData());
globalThis.RegExp = NativeRegExp;
for (const re of sticky)
  for (let k = 0; k < 2; k++) {
    re.lastIndex = 0;
    re.exec("\u00e0\uffff");
  }
const codeBytes = v8
  .getHeapSpaceStatistics()
  .filter((s) => s.space_name.startsWith("code"))
  .reduce((sum, s) => sum + s.space_size, 0);
process.stdout.write(JSON.stringify({ patterns: sticky.length, codeMB: Math.round(codeBytes / 2 ** 20) }));
