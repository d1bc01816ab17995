import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * The rule detectors' phrase lists compile to ~27,500 sticky regexes (src/classifiers/detectors/cue-matcher.ts), and V8
 * keeps their native code in a code space it cannot grow past about 512 MB (x64): past it the process dies with
 * "JavaScript heap out of memory" in RegExpMacroAssembler::GetCode, on whatever text made it compile one pattern too
 * many. That happened in session 17 when 5,370 misogyny and 1,005 threat entries were merged into the matcher of then
 * (the threat entries still wait in models/detectors/dev/session17/pending/). This test compiles every pattern the committed lists make, as the matcher
 * runs them (UTF-16 subjects), in a child process, and keeps the total under a budget with room for the runtime's own
 * code. Before UTF16_SENTINEL the same lists took ~470 MiB (both encodings); the sentinel brought it to ~380–400 MiB,
 * and checking the boundary before a phrase outside the patterns (`Pattern.wordStart`) to ~265 MiB; the misogyny entries, merged
 * after that, bring it to ~385 MiB, and session 18's counter-evidence phrases (praise, praise_emote, praise_cancel)
 * to ~400 MiB.
 * Then the child runs the detectors on Latin-1 text: with the sentinel that adds ~0.5 MiB (the detectors' own JIT
 * code); without it, a second compilation of the patterns it meets, ~45 MiB for the English development rows.
 */
const CHILD = fileURLToPath(new URL("./cue-code-space-child.ts", import.meta.url));
const BUDGET_MIB = 420;

describe("rule detectors' compiled patterns", () => {
  it(`fit V8's code space with room to spare (≤ ${BUDGET_MIB} MiB when every pattern is compiled)`, async () => {
    const out = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ["--import", "tsx", CHILD], { stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => (stdout += d));
      child.stderr.on("data", (d) => (stderr += d));
      child.on("error", reject);
      child.on("close", (code) => (code === 0 ? resolve(stdout) : reject(new Error(`child exited ${code}: ${stderr.slice(-2000)}`))));
    });
    const { patterns, codeMiB, latin1GrowthMiB } = JSON.parse(out) as { patterns: number; codeMiB: number; latin1GrowthMiB: number };
    expect(patterns).toBeGreaterThan(10_000);
    expect(codeMiB).toBeLessThanOrEqual(BUDGET_MIB);
    expect(latin1GrowthMiB).toBeLessThanOrEqual(5);
  }, 240_000);
});
