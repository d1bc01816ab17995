import { describe, expect, it } from "vitest";
import { compilePdqFilterWat } from "./compile.js";
import { PDQ_FILTER_WASM_BASE64 } from "./pdq-filter.wasm.js";

describe("PDQ WebAssembly filter", () => {
  it("the committed bytes are the committed pdq-filter.wat (rebuild: npx tsx src/signals/pdq/wasm/build.ts)", async () => {
    const compiled = Buffer.from(await compilePdqFilterWat()).toString("base64");
    expect(PDQ_FILTER_WASM_BASE64).toBe(compiled);
  });
});
