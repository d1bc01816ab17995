import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluatePdq, evaluateWatermarks, PDQ_MATCH_DISTANCE } from "./images.js";

const BRIDGE = "../shared/testdata/pdq/bridge-mods";

describe("image evaluation", () => {
  it("reports a clear skip when fixtures are missing", async () => {
    expect(await evaluatePdq("/nonexistent")).toEqual({ skipped: "no aaa-orig.jpg in /nonexistent" });
    expect(await evaluateWatermarks("/nonexistent")).toEqual({ skipped: "no expected-message.json in /nonexistent" });
  });

  it.skipIf(!existsSync(BRIDGE))("measures every bridge edit against the original, excluding the original itself", async () => {
    const r = await evaluatePdq(BRIDGE);
    if ("skipped" in r) throw new Error(r.skipped);
    expect(r.rows.map((x) => x.file)).not.toContain("aaa-orig.jpg");
    expect(r.rows.length).toBe(11);
    for (const row of r.rows) expect(row.matches).toBe(row.distance !== null && row.distance <= PDQ_MATCH_DISTANCE);
  });
});
