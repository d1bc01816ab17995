import { Writable } from "node:stream";
import type { PreparedText, TextClassifier } from "../src/classifiers/types.js";
import type { ComponentLoader } from "../src/components.js";
import { BankService } from "../src/banks/bank-service.js";
import { MemoryBankStore } from "../src/banks/memory-bank-store.js";
import { createAppContext, type ContextOverrides } from "../src/context.js";
import { createApp } from "../src/http/app.js";
import { createLogger } from "../src/logger.js";
import { createMetrics } from "../src/metrics.js";
import type { LabelScores } from "../src/taxonomy.js";

/** A classifier that scores by keyword, for wiring tests (never used as a quality claim). */
export class KeywordClassifier implements TextClassifier {
  readonly version = "test";
  calls = 0;
  constructor(
    readonly id: string,
    readonly labels: TextClassifier["labels"],
    private readonly rules: Array<[RegExp, LabelScores]>,
    private readonly fail = false,
  ) {}
  async classify(texts: readonly PreparedText[]) {
    this.calls++;
    if (this.fail) throw new Error(`${this.id} exploded`);
    return texts.map((t) => {
      const scores: LabelScores = Object.fromEntries(this.labels.map((l) => [l, 0.01]));
      for (const [re, s] of this.rules) if (re.test(t.normalised)) Object.assign(scores, s);
      return { scores };
    });
  }
}

export const loaderOf = <T>(id: string, value: T | Error, required = true): ComponentLoader<T> => ({
  id,
  required,
  load: async () => {
    if (value instanceof Error) throw value;
    return value;
  },
});

/** Captures every log line written during a test. */
export function captureLogs() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(String(chunk));
      cb();
    },
  });
  return { logger: createLogger("trace", stream), lines };
}

export async function makeTestApp(overrides: ContextOverrides = {}) {
  const ctx = createAppContext({
    metrics: createMetrics({ defaultMetrics: false }),
    logger: overrides.logger ?? createLogger("silent"),
    langid: null,
    imageSafety: null,
    warmC2pa: false,
    banks: { id: "banks", required: true, load: () => BankService.open({ store: new MemoryBankStore() }) },
    ...overrides,
    env: { GUARD_POLICY_DIR: "test/fixtures/policies", ...(overrides.env ?? {}) },
  });
  await ctx.ready;
  return { ctx, app: createApp(ctx) };
}

export const postJson = (app: { request: (p: string, i?: RequestInit) => Response | Promise<Response> }, path: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(path, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
