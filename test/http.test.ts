import { describe, expect, it } from "vitest";
import { sha256Hex } from "../src/config.js";
import { LABELS } from "../src/taxonomy.js";
import { captureLogs, KeywordClassifier, loaderOf, makeTestApp, postJson } from "./helpers.js";

const kw = () =>
  new KeywordClassifier("kw", ["misogyny", "toxicity", "hate"], [
    [/\bslut\b/, { misogyny: 0.97, toxicity: 0.95 }],
    [/\bidiot\b/, { toxicity: 0.8 }],
  ]);

describe("health, readiness, metrics, docs", () => {
  it("livez is 200 and readyz is 503 with a reason until models load", async () => {
    let release!: (c: KeywordClassifier) => void;
    const pending = new Promise<KeywordClassifier>((r) => (release = r));
    const { createAppContext } = await import("../src/context.js");
    const { createApp } = await import("../src/http/app.js");
    const { createMetrics } = await import("../src/metrics.js");
    const { createLogger } = await import("../src/logger.js");
    const ctx = createAppContext({
      env: { GUARD_POLICY_DIR: "test/fixtures/policies" },
      langid: null,
      banks: null,
      imageSafety: null,
      warmC2pa: false,
      metrics: createMetrics({ defaultMetrics: false }),
      logger: createLogger("silent"),
      textComponents: [{ id: "slow", required: true, load: () => pending }],
    });
    const app = createApp(ctx);
    expect((await app.request("/livez")).status).toBe(200);
    const before = await app.request("/readyz");
    expect(before.status).toBe(503);
    expect((await before.json()).reasons).toContain("slow: loading");
    const early = await postJson(app, "/v1/score", { text: "hello" });
    expect(early.status).toBe(503);
    expect((await early.json()).error.code).toBe("not_ready");
    release(kw());
    await ctx.ready;
    const after = await app.request("/readyz");
    expect(after.status).toBe(200);
  });

  it("serves Prometheus metrics with route templates, cache and model state", async () => {
    const { app } = await makeTestApp({ textComponents: [loaderOf("kw", kw())] });
    await postJson(app, "/v1/score", { text: "you idiot" });
    await postJson(app, "/v1/score", { text: "you idiot" });
    await app.request("/v1/nope");
    const text = await (await app.request("/metrics")).text();
    expect(text).toMatch(/guard_http_requests_total\{method="POST",route="\/v1\/score",status="200"\} 2/);
    expect(text).toMatch(/guard_http_request_duration_seconds_bucket\{.*route="\/v1\/score"/);
    expect(text).toMatch(/route="unmatched",status="404"/);
    expect(text).toMatch(/guard_verdict_cache_lookups_total\{result="hit"\} 1/);
    expect(text).toMatch(/guard_verdict_cache_lookups_total\{result="miss"\} 1/);
    expect(text).toMatch(/guard_model_loaded\{model="kw"\} 1/);
    expect(text).toMatch(/guard_inference_duration_seconds_count\{classifier="kw"\} 1/);
  });

  it("publishes an OpenAPI document generated from the schemas, and Swagger UI", async () => {
    const { app } = await makeTestApp({ textComponents: [] });
    const doc = await (await app.request("/openapi.json")).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/v1/score", "/v1/score/batch"]));
    expect(doc.components.schemas.Verdict.properties.labels).toBeDefined();
    const docs = await app.request("/docs");
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain("swagger");
  });
});

describe("POST /v1/score", () => {
  it("returns a verdict with every label, null + note for uncovered labels, and a policy decision", async () => {
    const { app } = await makeTestApp({ textComponents: [loaderOf("kw", kw())] });
    const res = await postJson(app, "/v1/score", { text: "shut up you ｓｌｕｕｕｔ", language: "en" });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-request-id")).toBeTruthy();
    const v = await res.json();
    expect(Object.keys(v.labels).sort()).toEqual([...LABELS].sort());
    expect(v.labels.misogyny).toMatchObject({ score: 0.97, flagged: true });
    expect(v.labels.sextortion.score).toBeNull();
    expect(v.labels.sextortion.note).toMatch(/no component covers/);
    expect(v.labels.sextortion.flagged).toBe(false);
    expect(v.decision).toBe("review");
    expect(v.language).toMatchObject({ code: "en", confidence: 1, source: "hint" });
    expect(v.models.map((m: { id: string }) => m.id)).toContain("kw");
    expect(v.policy.id).toBe("default");
    expect(v.id).toBe(res.headers.get("x-request-id"));
    expect(v.errors).toEqual([]);
    expect(JSON.stringify(v)).not.toContain("shut up");
  });

  it("allows benign text", async () => {
    const { app } = await makeTestApp({ textComponents: [loaderOf("kw", kw())] });
    const v = await (await postJson(app, "/v1/score", { text: "have a lovely day" })).json();
    expect(v.decision).toBe("allow");
    expect(v.labels.misogyny.flagged).toBe(false);
  });

  it("keeps scoring when one classifier fails, with an error entry", async () => {
    const broken = new KeywordClassifier("broken", ["threat"], [], true);
    const { app } = await makeTestApp({ textComponents: [loaderOf("kw", kw()), loaderOf("broken", broken)] });
    const v = await (await postJson(app, "/v1/score", { text: "you slut" })).json();
    expect(v.labels.misogyny.flagged).toBe(true);
    expect(v.labels.threat.score).toBeNull();
    expect(v.labels.threat.note).toMatch(/failed \(broken\)/);
    expect(v.errors).toEqual([{ component: "broken", code: "classifier_failed", message: "broken exploded" }]);
  });

  it("serves repeated texts from the cache with a new request id", async () => {
    const c = kw();
    const { app } = await makeTestApp({ textComponents: [loaderOf("kw", c)] });
    const a = await (await postJson(app, "/v1/score", { text: "you idiot" })).json();
    const b = await (await postJson(app, "/v1/score", { text: "you idiot" })).json();
    expect(c.calls).toBe(1);
    expect(b.cached).toBe(true);
    expect(b.id).not.toBe(a.id);
    expect(b.labels).toEqual(a.labels);
  });

  it("rejects an unknown policy with a 400", async () => {
    const { app } = await makeTestApp({ textComponents: [] });
    const res = await postJson(app, "/v1/score", { text: "x", policy: "nope" });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/unknown policy "nope"/);
  });
});

describe("POST /v1/score/batch", () => {
  it("returns verdicts in order with one classifier call", async () => {
    const c = kw();
    const { app } = await makeTestApp({ textComponents: [loaderOf("kw", c)] });
    const items = ["nice day", "you slut", "you idiot", "hello"].map((text) => ({ text }));
    const res = await postJson(app, "/v1/score/batch", { items });
    expect(res.status).toBe(200);
    const { results } = await res.json();
    expect(results.map((v: { decision: string }) => v.decision)).toEqual(["allow", "review", "allow", "allow"]);
    expect(results[2].labels.toxicity.score).toBe(0.8);
    expect(c.calls).toBe(1);
    expect(new Set(results.map((r: { id: string }) => r.id)).size).toBe(4);
  });

  it("refuses more than the item limit", async () => {
    const { app } = await makeTestApp({ textComponents: [], config: { maxBatchItems: 3 } });
    const res = await postJson(app, "/v1/score/batch", { items: Array.from({ length: 4 }, () => ({ text: "a" })) });
    expect(res.status).toBe(400);
  });
});

describe("bad input", () => {
  const cases: Array<[string, BodyInit, number, string]> = [
    ["invalid JSON", "{not json", 400, "invalid_json"],
    ["empty text", JSON.stringify({ text: "   " }), 400, "invalid_request"],
    ["wrong type", JSON.stringify({ text: 42 }), 400, "invalid_request"],
    ["both text and image", JSON.stringify({ text: "a", image: "AAAA" }), 400, "invalid_request"],
    ["neither", JSON.stringify({}), 400, "invalid_request"],
    ["unknown field", JSON.stringify({ text: "a", extra: 1 }), 400, "invalid_request"],
    ["lone surrogate", '{"text": "bad \\ud800 text"}', 400, "invalid_request"],
    ["control character", JSON.stringify({ text: "a\u0000b" }), 400, "invalid_request"],
    ["over the text limit", JSON.stringify({ text: "a".repeat(20_001) }), 400, "invalid_request"],
    ["invalid UTF-8 bytes", new Uint8Array([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]), 400, "invalid_json"],
    ["deeply nested JSON", "[".repeat(100_000) + "]".repeat(100_000), 400, "invalid_json"],
    ["bad base64 image", JSON.stringify({ image: "not base64!!" }), 400, "invalid_image"],
  ];
  for (const [name, body, status, code] of cases) {
    it(`${name} → ${status} ${code}`, async () => {
      const { app } = await makeTestApp({ textComponents: [loaderOf("kw", kw())] });
      const res = await app.request("/v1/score", { method: "POST", headers: { "content-type": "application/json" }, body });
      expect(res.status).toBe(status);
      const e = await res.json();
      expect(e.error.code).toBe(code);
      expect(e.error.requestId).toBe(res.headers.get("x-request-id"));
      // the process stays healthy
      expect((await postJson(app, "/v1/score", { text: "you idiot" })).status).toBe(200);
    });
  }

  it("lists every schema problem at once", async () => {
    const { app } = await makeTestApp({ textComponents: [] });
    const res = await postJson(app, "/v1/score/batch", { items: [{ text: "" }, { text: 3 }, { text: "ok", language: "english" }] });
    const e = await res.json();
    expect(res.status).toBe(400);
    expect(e.error.issues.map((i: { path: string }) => i.path)).toEqual(["items.0.text", "items.1.text", "items.2.language"]);
  });

  it("413 for a 10 MB body, 415 for a wrong content type", async () => {
    const { app } = await makeTestApp({ textComponents: [] });
    const big = JSON.stringify({ items: [{ text: "a".repeat(10 * 1024 * 1024) }] });
    const res = await postJson(app, "/v1/score/batch", big);
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe("payload_too_large");
    const wrong = await app.request("/v1/score", { method: "POST", headers: { "content-type": "text/plain" }, body: "hi" });
    expect(wrong.status).toBe(415);
    expect((await wrong.json()).error.code).toBe("unsupported_media_type");
  });

  it("a 500 never leaks internals", async () => {
    const { app, ctx } = await makeTestApp({ textComponents: [] });
    ctx.textScoring!.scoreText = async () => {
      throw new Error("secret internal path /var/lib/thing");
    };
    const res = await postJson(app, "/v1/score", { text: "hello" });
    expect(res.status).toBe(500);
    const body = await res.text();
    expect(body).not.toContain("secret");
    expect(JSON.parse(body).error).toMatchObject({ code: "internal", message: "internal error" });
  });
});

describe("API keys", () => {
  const key = "k3y-for-tests-0123456789";
  it("401 without a valid key when keys are configured; probes stay open", async () => {
    const { app } = await makeTestApp({ textComponents: [], env: { GUARD_API_KEYS_SHA256: sha256Hex(key) } });
    expect((await postJson(app, "/v1/score", { text: "hi" })).status).toBe(401);
    expect((await postJson(app, "/v1/score", { text: "hi" }, { authorization: "Bearer wrong-key-0123456789" })).status).toBe(401);
    expect((await postJson(app, "/v1/score", { text: "hi" }, { authorization: `Bearer ${key}` })).status).toBe(200);
    expect((await postJson(app, "/v1/score", { text: "hi" }, { "x-api-key": key })).status).toBe(200);
    expect((await app.request("/livez")).status).toBe(200);
    expect((await app.request("/readyz")).status).toBe(200);
  });
  it("stores clear keys only as digests", async () => {
    const { ctx } = await makeTestApp({ textComponents: [], env: { GUARD_API_KEYS: key } });
    expect(ctx.config.apiKeyHashes).toEqual([sha256Hex(key)]);
    expect(JSON.stringify(ctx.config)).not.toContain(key);
  });
});

describe("privacy", () => {
  it("never writes raw text to the logs, even at trace level and on errors", async () => {
    const { logger, lines } = captureLogs();
    const secret = "my very private message about Jane Doe 555-0100";
    const broken = new KeywordClassifier("broken", ["threat"], [], true);
    const { app } = await makeTestApp({ logger, textComponents: [loaderOf("kw", kw()), loaderOf("broken", broken)] });
    await postJson(app, "/v1/score", { text: secret });
    await postJson(app, "/v1/score/batch", { items: [{ text: secret }] });
    await postJson(app, "/v1/score", { text: secret + "\u0000" });
    expect(lines.length).toBeGreaterThan(0);
    const all = lines.join("\n");
    expect(all).not.toContain("Jane Doe");
    expect(all).not.toContain("private message");
  });
});
