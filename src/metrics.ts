import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/** The only module that creates prom-client metrics. Each AppContext owns one Metrics (tests get fresh registries). */
export interface Metrics {
  registry: Registry;
  httpRequests: Counter<"method" | "route" | "status">;
  httpDuration: Histogram<"method" | "route" | "status">;
  inferenceDuration: Histogram<"classifier">;
  inferenceErrors: Counter<"component">;
  cacheLookups: Counter<"result">;
  modelLoaded: Gauge<"model">;
  imageStageDuration: Histogram<"stage">;
  bankEntries: Gauge<"bank">;
  matchDuration: Histogram;
}

const LATENCY_BUCKETS = [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

export function createMetrics(opts: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (opts.defaultMetrics ?? true) collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    httpRequests: new Counter({
      name: "guard_http_requests_total",
      help: "HTTP requests by route template, method and status.",
      labelNames: ["method", "route", "status"] as const,
      registers,
    }),
    httpDuration: new Histogram({
      name: "guard_http_request_duration_seconds",
      help: "HTTP request latency by route template, method and status.",
      labelNames: ["method", "route", "status"] as const,
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    inferenceDuration: new Histogram({
      name: "guard_inference_duration_seconds",
      help: "Classifier inference latency per call (a batch is one call).",
      labelNames: ["classifier"] as const,
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    inferenceErrors: new Counter({
      name: "guard_component_errors_total",
      help: "Failures of a classifier or signal component (the verdict carries an error entry).",
      labelNames: ["component"] as const,
      registers,
    }),
    cacheLookups: new Counter({
      name: "guard_verdict_cache_lookups_total",
      help: "Verdict cache lookups by result (hit or miss).",
      labelNames: ["result"] as const,
      registers,
    }),
    modelLoaded: new Gauge({
      name: "guard_model_loaded",
      help: "1 when the model is loaded and serving, 0 while loading or after a load failure.",
      labelNames: ["model"] as const,
      registers,
    }),
    imageStageDuration: new Histogram({
      name: "guard_image_stage_duration_seconds",
      help: "Image pipeline latency per stage (decode, hash, match, nsfw, provenance, watermark).",
      labelNames: ["stage"] as const,
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    bankEntries: new Gauge({
      name: "guard_bank_entries",
      help: "Entries per hash bank held in the in-memory index.",
      labelNames: ["bank"] as const,
      registers,
    }),
    matchDuration: new Histogram({
      name: "guard_bank_match_duration_seconds",
      help: "Hash bank lookup latency per query.",
      buckets: [0.0001, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05],
      registers,
    }),
  };
}
