/**
 * Compiles pdq-filter.wat to WebAssembly with wabt (the WebAssembly binary toolkit's own JavaScript
 * build). Used by build.ts, which writes the bytes into pdq-filter.wasm.ts, and by pdq-wasm.test.ts,
 * which checks the committed bytes are those of the committed source. Not used at run time: the
 * service loads the committed bytes and needs no compiler.
 */
import { readFileSync } from "node:fs";
import wabtInit from "wabt";

export const WAT_PATH = new URL("./pdq-filter.wat", import.meta.url);

export async function compilePdqFilterWat(): Promise<Uint8Array> {
  const wabt = await wabtInit();
  const module = wabt.parseWat("pdq-filter.wat", readFileSync(WAT_PATH, "utf8"), { simd: true, bulk_memory: true });
  try {
    module.validate();
    return module.toBinary({ log: false, write_debug_names: false }).buffer;
  } finally {
    module.destroy();
  }
}
