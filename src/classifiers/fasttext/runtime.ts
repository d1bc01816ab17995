/**
 * A thin, typed wrapper over fasttext.wasm (MIT; the fastText C++ library compiled to WebAssembly).
 * One WebAssembly instance can hold several models: each `loadModel` creates a fastText core inside
 * the same module, so five label models share one runtime.
 *
 * Example:
 *   const runtime = await createFastTextRuntime();
 *   const model = runtime.loadModel(readFileSync("models/fasttext/misogyny.ftz"));
 *   model.predict("you are a slut", -1); // [["__label__1", 0.97], ["__label__0", 0.03]]
 */
import { FastText } from "fasttext.wasm";

interface WasmVector<T> {
  size(): number;
  get(i: number): T;
  delete(): void;
}

interface WasmCore {
  loadModel(path: string): void;
  predict(text: string, k: number, threshold: number): WasmVector<[number, string]>;
  getLabels(): [WasmVector<string>, WasmVector<number>];
}

export interface FastTextModel {
  /** Labels and probabilities, best first (k = -1: all labels). */
  predict(text: string, k?: number, threshold?: number): Array<[string, number]>;
  /** Model labels without the "__label__" prefix. */
  readonly labels: readonly string[];
}

export interface FastTextRuntime {
  loadModel(bytes: Uint8Array): FastTextModel;
}

let modelCounter = 0;

export async function createFastTextRuntime(): Promise<FastTextRuntime> {
  const ft = await FastText.create();
  const core = ft.core as unknown as { FastText: new () => WasmCore };
  return {
    loadModel(bytes: Uint8Array): FastTextModel {
      const wasm = new core.FastText();
      const path = `/model-${++modelCounter}.bin`;
      ft.fs.writeFile(path, bytes);
      try {
        wasm.loadModel(path);
      } finally {
        ft.fs.unlink(path);
      }
      const [labelVec, countVec] = wasm.getLabels();
      const labels: string[] = [];
      for (let i = 0; i < labelVec.size(); i++) labels.push(labelVec.get(i).replace(/^__label__/, ""));
      labelVec.delete();
      countVec.delete();
      return {
        labels,
        predict(text: string, k = -1, threshold = 0): Array<[string, number]> {
          const vec = wasm.predict(text, k, threshold);
          const out: Array<[string, number]> = [];
          try {
            for (let i = 0; i < vec.size(); i++) {
              const [prob, label] = vec.get(i);
              out.push([label.startsWith("__label__") ? label.slice(9) : label, prob]);
            }
          } finally {
            vec.delete();
          }
          return out;
        },
      };
    },
  };
}
