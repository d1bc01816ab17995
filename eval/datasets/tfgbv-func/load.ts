/**
 * Loader for the tfgbv-func evaluation sets, for the eval harness.
 *
 * ```ts
 * import { loadTfgbvFunc, TFGBV_FUNC_LANGUAGES } from "./datasets/tfgbv-func/load.js";
 * for (const lang of TFGBV_FUNC_LANGUAGES) score(loadTfgbvFunc(lang));
 * ```
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Label } from "../../../src/taxonomy.js";

export type LabelValue = 0 | 1 | null;

/** One case, in exactly the shared-data record format (../shared/data/DATA.md). */
export interface FuncRecord {
  id: string;
  text: string;
  lang: string;
  script: string;
  romanized: boolean;
  dataset: string;
  split: "test";
  labels: Record<Label, LabelValue>;
  target: string | null;
  functionality: string;
  orig: { template: string; pack: string; derived_from?: string };
}

/** The 23 languages of issue 7; each has one file `tfgbv-func-<lang>.jsonl`. */
export const TFGBV_FUNC_LANGUAGES = [
  "ko", "id", "bn", "ar", "fr", "ru", "kk", "ky", "ne", "hi", "ur", "si",
  "ta", "vi", "th", "km", "tl", "ms", "sw", "es", "pt", "zh", "en",
] as const;

export const TFGBV_FUNC_DIR = dirname(fileURLToPath(import.meta.url));

export const tfgbvFuncPath = (lang: string): string => join(TFGBV_FUNC_DIR, `tfgbv-func-${lang}.jsonl`);

/** All cases of one language (native-script and romanised rows together; filter on `romanized`). */
export function loadTfgbvFunc(lang: string): FuncRecord[] {
  if (!(TFGBV_FUNC_LANGUAGES as readonly string[]).includes(lang)) {
    throw new Error(`tfgbv-func has no set for "${lang}"; available: ${TFGBV_FUNC_LANGUAGES.join(", ")}`);
  }
  return readFileSync(tfgbvFuncPath(lang), "utf8")
    .split("\n")
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as FuncRecord);
}

/** Abusive functionalities end in `_h`, contrasts (hard negatives) in `_nh`, as in HateCheck. */
export const isAbusiveCase = (r: FuncRecord): boolean => r.functionality.endsWith("_h");
