/**
 * Text-path benchmark (`npm run bench [-- --json] [-- --quick]`): prints numbers, asserts nothing.
 *  - cold start: spawn the service, time until /readyz is 200
 *  - in-process: single-text scoreText p50/p99 (cache off), batched throughput (texts/s)
 *  - HTTP on localhost: /v1/score p50/p99 at concurrency 1 and 16 (autocannon), cache off
 *  - RSS after warm-up
 * Texts are written for this project (no evaluation data), varied in language and length.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import autocannon from "autocannon";
import { serve } from "@hono/node-server";
import { createAppContext } from "../src/context.js";
import { createApp } from "../src/http/app.js";
import { createLogger } from "../src/logger.js";

const args = new Set(process.argv.slice(2));
const JSON_OUT = args.has("--json");
const QUICK = args.has("--quick");

export const BENCH_TEXTS = [
  "Thanks for sharing the recipe, I will try it this weekend.",
  "Women like you should stay in the kitchen and keep quiet.",
  "I know where you live and I will make you regret posting that.",
  "Send me more photos or I will send the ones I have to your family.",
  "Her address is on the flyer, everyone should go and visit her.",
  "오늘 회의는 세 시에 시작합니다. 자료 미리 봐주세요.",
  "여자는 집에서 밥이나 해라",
  "Selamat pagi, jangan lupa rapat jam sepuluh ya.",
  "আজকের আবহাওয়া খুব সুন্দর, চলো ঘুরতে যাই।",
  "هذا المقال مفيد جدا، شكرا للكاتب",
  "Elle ne mérite pas de parler, qu'elle retourne à la cuisine.",
  "Мы встретимся завтра у библиотеки в шесть.",
  "आज मौसम बहुत अच्छा है, चलो बाहर चलते हैं।",
  "aaj mausam bohot acha hai, chalo bahar chalte hain",
  "Hôm nay trời đẹp quá, đi dạo không?",
  "วันนี้อากาศดีมาก ไปเดินเล่นกันไหม",
  "Magandang umaga sa inyong lahat!",
  "Leo ni siku nzuri ya kutembea mjini.",
  "Las mujeres no deberían opinar de fútbol.",
  "Obrigada pela ajuda ontem, foi muito gentil.",
  "今天天气很好，我们去公园吧。",
  "女人就应该待在家里",
  "If the account keeps threatening to leak your pictures, contact the helpline; you are not alone.",
  "The report describes how the harasser published a journalist's phone number online.",
].map((t, i) => `${t} ${"·".repeat(i % 3)}`.trim());

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const r3 = (x: number) => Math.round(x * 1000) / 1000;

async function coldStart(): Promise<number> {
  const port = 18000 + Math.floor(Math.random() * 1000);
  const t0 = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: { ...process.env, GUARD_PORT: String(port), GUARD_LOG_LEVEL: "error" },
    stdio: "ignore",
  });
  try {
    for (;;) {
      if (performance.now() - t0 > 120_000) throw new Error("service not ready after 120 s");
      try {
        const r = await fetch(`http://127.0.0.1:${port}/readyz`);
        if (r.status === 200) return performance.now() - t0;
      } catch {
        /* not listening yet */
      }
      await new Promise((r) => setTimeout(r, 25));
    }
  } finally {
    child.kill("SIGKILL");
  }
}

async function main() {
  const out: Record<string, unknown> = { machine: { cpus: (await import("node:os")).cpus().length, node: process.version } };
  out.coldStartMs = r3(await coldStart());

  const ctx = createAppContext({ logger: createLogger("silent"), config: { cacheEntries: 0 } });
  await ctx.ready;
  const scoring = ctx.textScoring!;
  out.models = scoring.models.map((m) => `${m.id}@${m.version}`);
  out.componentsNotReady = ctx.readiness.reasons();

  // in-process single text
  const n = QUICK ? 500 : 3000;
  for (let i = 0; i < 200; i++) await scoring.scoreText({ text: BENCH_TEXTS[i % BENCH_TEXTS.length] }, "w");
  const lat: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await scoring.scoreText({ text: BENCH_TEXTS[i % BENCH_TEXTS.length] + " " + i }, "b");
    lat.push(performance.now() - t);
  }
  out.inProcessSingle = { n, p50Ms: r3(pct(lat, 50)), p99Ms: r3(pct(lat, 99)) };

  // in-process batched
  const batchSize = 256;
  const rounds = QUICK ? 5 : 20;
  const items = Array.from({ length: batchSize }, (_, i) => ({ text: `${BENCH_TEXTS[i % BENCH_TEXTS.length]} #${i}` }));
  const ids = items.map((_, i) => String(i));
  const tb = performance.now();
  for (let r = 0; r < rounds; r++) await scoring.scoreTextBatch(items.map((it) => ({ text: `${it.text} r${r}` })), ids);
  const secs = (performance.now() - tb) / 1000;
  out.inProcessBatch = { batchSize, texts: batchSize * rounds, textsPerSecond: Math.round((batchSize * rounds) / secs) };

  // HTTP
  const app = createApp(ctx);
  const server = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 });
  await once(server, "listening");
  const port = (server.address() as { port: number }).port;
  const http: Record<string, unknown> = {};
  for (const connections of [1, 16]) {
    let k = 0;
    const res = await autocannon({
      url: `http://127.0.0.1:${port}/v1/score`,
      connections,
      duration: QUICK ? 3 : 10,
      requests: [
        {
          method: "POST",
          headers: { "content-type": "application/json" },
          setupRequest: (req: Record<string, unknown>) => ({
            ...req,
            body: JSON.stringify({ text: `${BENCH_TEXTS[k % BENCH_TEXTS.length]} ${k++}` }),
          }),
        },
      ],
    });
    http[`c${connections}`] = {
      requests: res.requests.total,
      non2xx: res.non2xx,
      rps: Math.round(res.requests.average),
      p50Ms: res.latency.p50,
      p99Ms: res.latency.p99,
    };
  }
  out.http = http;
  server.close();
  out.rssMb = Math.round(process.memoryUsage().rss / 2 ** 20);

  if (JSON_OUT) console.log(JSON.stringify(out));
  else {
    console.log("TFGBV Guard text benchmark");
    for (const [k, v] of Object.entries(out)) console.log(`${k.padEnd(20)} ${typeof v === "object" ? JSON.stringify(v) : v}`);
  }
  process.exit(0);
}

void main();
