/**
 * npm run eval -- [datasets...] [--out eval/reports/<name>] [--compare A B] [--help]
 *
 * Runs the production text scoring in-process over evaluation datasets and writes
 * report.json, report.md, charts/ and a tuned policy proposal. See eval/README.md.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { LABELS, isLabel, type Label } from "../src/taxonomy.js";
import { compareReports, formatDeltas, readReport } from "./lib/compare.js";
import { parseColumnMapping, resolveSources, SHARED_DATA_DIR } from "./lib/datasets.js";
import { DEFAULT_FUNCTIONAL_LABELS, runEvaluation } from "./lib/evaluate.js";
import { readTrainingOverlap } from "./lib/overlap.js";
import { createProgressBar } from "./lib/progress.js";
import { REPORT_SCHEMA, writeReport, type Report } from "./lib/report.js";
import { buildTunedPolicy, type TuningTarget } from "./lib/tuned-policy.js";

const TESTDATA_DIR = "../shared/testdata";

const HELP = `Evaluate the service's text classifiers (the same scoring code the HTTP API runs).

usage:
  npm run eval -- [datasets...] [options]
  npm run eval -- --compare <reportA> <reportB> [--fail-on-regression]

datasets (default: every file in ../shared/data plus eval/datasets/{tfgbv-func,detectors}, plus images):
  train | suites | eval-only | project        a whole group
  suites/mhc | mhc | train/edos               one shared dataset
  tfgbv-func | detectors | tfgbv-func-en      project-written sets (issue 7)
  my.csv --map text=comment,misogyny=sexist,lang=language   a researcher file with a column mapping
  my-dataset.json                             a dataset config ({ "path", "name", "mapping" })
  images                                      image signals on ../shared/testdata (PDQ robustness, watermark and C2PA detection)

options:
  --out DIR                 report folder (default eval/reports/latest-scratch)
  --splits LIST             splits to evaluate (default test)
  --tune-split NAME         split for threshold tuning, train/ and custom sets only (default dev; "none" to skip)
  --target-precision X      threshold tuning target (default 0.9)
  --target-recall X         threshold tuning target (default 0.9)
  --tune-for precision|recall   which operating point policy.tuned.json uses (default precision)
  --map SPEC                column mapping for CSV/JSONL files: text=COL,lang=COL,<label>=COL,id=COL,split=COL,target=COL,functionality=COL
  --lang CODE               language for mapped files without a language column
  --lang-hint               give the dataset's language to the service instead of letting it detect
  --functional-labels LIST  labels counted as "flagged" in functional suites (default ${DEFAULT_FUNCTIONAL_LABELS.join(",")})
  --seed N                  bootstrap and sampling seed (default 20261127)
  --bootstrap N             bootstrap resamples per cell, 0 = no CIs (default 200)
  --perturb N               positive rows per dataset × language for the robustness suite, 0 = off (default 50)
  --batch-size N            texts per scoreTextBatch call (default 256)
  --data-dir DIR            shared data folder (default ${SHARED_DATA_DIR})
  --testdata-dir DIR        image fixtures folder (default ${TESTDATA_DIR})
  --compare                 compare two reports (folders or report.json paths) per label × language × dataset
  --fail-on-regression      with --compare: exit 1 when a train/ test cell regresses beyond A's 95% CI
  -h, --help                this text
`;

function fail(message: string): never {
  process.stderr.write(`eval: ${message}\n`);
  process.exit(2);
}

const num = (v: string | undefined, name: string, def: number): number => {
  if (v === undefined) return def;
  const x = Number(v);
  if (!Number.isFinite(x) || x < 0) fail(`--${name} must be a non-negative number, got "${v}"`);
  return x;
};

function gitInfo(): Report["meta"]["git"] {
  try {
    const commit = execFileSync("git", ["rev-parse", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() !== "";
    return { commit, dirty };
  } catch {
    return { commit: null, dirty: null };
  }
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: "string" },
        splits: { type: "string" },
        "tune-split": { type: "string" },
        "target-precision": { type: "string" },
        "target-recall": { type: "string" },
        "tune-for": { type: "string" },
        map: { type: "string" },
        lang: { type: "string" },
        "lang-hint": { type: "boolean" },
        "functional-labels": { type: "string" },
        seed: { type: "string" },
        bootstrap: { type: "string" },
        perturb: { type: "string" },
        "batch-size": { type: "string" },
        "data-dir": { type: "string" },
        "testdata-dir": { type: "string" },
        compare: { type: "boolean" },
        "fail-on-regression": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    fail(`${(e as Error).message}\n\n${HELP}`);
  }
  const { values: v, positionals } = parsed;
  if (v.help) {
    process.stdout.write(HELP);
    return 0;
  }

  if (v.compare) {
    if (positionals.length !== 2) fail("--compare needs exactly two reports: --compare <A> <B>");
    const [a, b] = positionals.map(readReport);
    const deltas = compareReports(a, b);
    process.stdout.write(`${formatDeltas(deltas)}\n`);
    const trainRegressions = deltas.filter((d) => d.regression && d.group === "train");
    if (v["fail-on-regression"] && trainRegressions.length) {
      process.stderr.write(`eval: ${trainRegressions.length} regression(s) on train/ test sets beyond the 95% CI\n`);
      return 1;
    }
    return 0;
  }

  const repoRoot = process.cwd();
  // "images" is not a text dataset: it selects the image-signal evaluation (part of the default run).
  const wantImages = positionals.length === 0 || positionals.includes("images");
  const textSelectors = positionals.filter((p) => p !== "images");
  if (wantImages && textSelectors.length === 0 && positionals.length > 0) textSelectors.push("\u0000none");
  const dataDir = resolve(v["data-dir"] ?? SHARED_DATA_DIR);
  const mapping = v.map ? parseColumnMapping(v.map, v.lang ? { defaultLanguage: v.lang } : {}) : undefined;
  const sources = textSelectors[0] === "\u0000none" ? [] : resolveSources(textSelectors, { repoRoot, dataDir, mapping });
  const functionalLabels = (v["functional-labels"]?.split(",").map((s) => s.trim()) ?? [...DEFAULT_FUNCTIONAL_LABELS]) as string[];
  for (const l of functionalLabels) if (!isLabel(l)) fail(`unknown label "${l}" in --functional-labels; valid: ${LABELS.join(", ")}`);
  const tuneFor = (v["tune-for"] ?? "precision") as TuningTarget;
  if (tuneFor !== "precision" && tuneFor !== "recall") fail(`--tune-for must be precision or recall`);
  const tuneSplit = v["tune-split"] ?? "dev";
  const out = resolve(v.out ?? "eval/reports/latest-scratch");
  const options = {
    evalSplits: (v.splits ?? "test").split(",").map((s) => s.trim()).filter(Boolean),
    tuneSplit: tuneSplit === "none" ? "\u0000none" : tuneSplit,
    langHint: v["lang-hint"] ?? false,
    seed: num(v.seed, "seed", 20261127),
    bootstrap: num(v.bootstrap, "bootstrap", 200),
    perturbPerGroup: num(v.perturb, "perturb", 50),
    targetPrecision: num(v["target-precision"], "target-precision", 0.9),
    targetRecall: num(v["target-recall"], "target-recall", 0.9),
    functionalLabels: functionalLabels as Label[],
    batchSize: Math.max(1, num(v["batch-size"], "batch-size", 256)),
    trainingOverlapIds: new Set(readTrainingOverlap(repoRoot).cases.map((c) => c.id)),
  };

  process.stderr.write(`eval: ${sources.length} dataset file(s); loading the service's models...\n`);
  const tLoad = performance.now();
  const { createServiceScorer } = await import("./lib/service-scorer.js");
  const scorer = await createServiceScorer();
  process.stderr.write(`eval: models ready in ${((performance.now() - tLoad) / 1000).toFixed(1)} s: ${scorer.info().models.map((m) => `${m.id}@${m.version}`).join(", ")}\n`);
  const t0 = performance.now();
  let result;
  try {
    result = await runEvaluation({ ...options, sources, scorer, progress: createProgressBar() });
  } finally {
    await scorer.close();
  }
  let images: Report["images"];
  if (wantImages) {
    process.stderr.write(`eval: image signals on ${resolve(v["testdata-dir"] ?? TESTDATA_DIR)}...\n`);
    const { evaluateImages } = await import("./lib/images.js");
    images = await evaluateImages(resolve(v["testdata-dir"] ?? TESTDATA_DIR));
  }
  const report: Report = {
    schema: REPORT_SCHEMA,
    meta: {
      date: new Date().toISOString(),
      git: gitInfo(),
      node: process.version,
      command: `npm run eval -- ${argv.join(" ")}`.trim(),
    },
    ...result,
    ...(images ? { images } : {}),
  };
  mkdirSync(out, { recursive: true });
  const written = writeReport(out, report);
  if (report.thresholds.length) {
    const target = tuneFor === "precision" ? options.targetPrecision : options.targetRecall;
    const policy = buildTunedPolicy(scorer.policy(), report.thresholds, tuneFor, target, basename(out));
    const path = join(out, "policy.tuned.json");
    writeFileSync(path, `${JSON.stringify(policy, null, 2)}\n`);
    written.push(path);
  }
  const total = (performance.now() - t0) / 1000;
  const t = report.throughput;
  process.stdout.write(
    [
      `scored ${t.uniqueTexts} distinct texts (${t.textsScored} rows incl. perturbations) in ${t.seconds.toFixed(1)} s: ${t.textsPerSecond.toFixed(0)} texts/s (${t.textsPerCpuSecond.toFixed(0)} per CPU-second); whole run ${total.toFixed(1)} s`,
      ...report.macro
        .filter((m) => m.scope === "natural (pooled)")
        .map((m) => `  ${m.label.padEnd(18)} macro F1 ${m.f1?.toFixed(3) ?? "–"}  ROC-AUC ${m.rocAuc?.toFixed(3) ?? "–"}  over ${m.languages.length} language(s)`),
      ...report.issue7.tfgbvFunc.map((x) => `  issue 7 ${x.lang}: women recall ${x.womenRecall?.toFixed(3) ?? "–"}, hard negatives flagged ${x.hardNegativeFlagRate === null ? "–" : (x.hardNegativeFlagRate * 100).toFixed(1) + "%"} → ${x.pass === null ? "n/a" : x.pass ? "pass" : "FAIL"}`),
      ...(images && !("skipped" in images.pdq) ? [`  PDQ: ${images.pdq.rows.filter((x) => x.matches).length}/${images.pdq.rows.length} edits match the original`] : []),
      ...(images && !("skipped" in images.watermark)
        ? images.watermark.byCondition.map((c) => `  watermark ${c.condition}: ${c.detected}/${c.marked} detected, ${c.falseDetections}/${c.unmarked} false`)
        : []),
      ...(images?.c2pa && !("skipped" in images.c2pa)
        ? [`  C2PA: manifests ${images.c2pa.manifestDetection.detected}/${images.c2pa.manifestDetection.expected}, validation ${images.c2pa.validationAgreement.agree}/${images.c2pa.validationAgreement.checked}, AI ${images.c2pa.aiAgreement.agree}/${images.c2pa.aiAgreement.checked}`]
        : []),
      ...report.issue7.mhcWomen.map((x) => `  MHC women ${x.lang}: accuracy ${x.accuracy?.toFixed(3) ?? "–"} → ${x.pass === null ? "n/a" : x.pass ? "pass" : "FAIL"}`),
      `wrote ${written.length} files to ${out}`,
      "",
    ].join("\n"),
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => fail((e as Error)?.message ?? String(e)),
);
