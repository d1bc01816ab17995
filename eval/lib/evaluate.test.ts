import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { compareReports } from "./compare.js";
import { loadDataset, parseColumnMapping, resolveSources } from "./datasets.js";
import { runEvaluation, type EvalResult } from "./evaluate.js";
import { renderMarkdown, REPORT_SCHEMA, writeReport, type Report } from "./report.js";
import { createFakeScorer } from "./scorer.js";

// Texts written for this test (no dataset text): "nasty" marks misogyny positives the fake scorer catches.
const rec = (id: string, text: string, split: string, lang: string, misogyny: 0 | 1 | null, extra: Record<string, unknown> = {}) => ({
  id,
  text,
  lang,
  dataset: extra.dataset ?? "toy",
  split,
  labels: { misogyny, sexual_harassment: null, threat: null, sextortion: null, doxxing: null, hate: null, toxicity: null },
  target: extra.target ?? null,
  functionality: extra.functionality ?? null,
});

let dataDir: string;
let repoRoot: string;
const scoreOf = (text: string, label: string) => (label === "misogyny" ? (text.includes("nasty") ? 0.9 : text.includes("rude") ? 0.6 : 0.1) : label === "hate" ? (text.includes("nasty") ? 0.8 : 0.2) : null);

beforeAll(() => {
  const root = mkdtempSync(join(tmpdir(), "eval-test-"));
  dataDir = join(root, "data");
  repoRoot = join(root, "repo");
  mkdirSync(join(dataDir, "train"), { recursive: true });
  mkdirSync(join(dataDir, "suites"), { recursive: true });
  mkdirSync(repoRoot);
  const toy = [
    rec("toy:1", "a nasty remark one", "test", "en", 1),
    rec("toy:2", "a nasty remark two", "test", "en", 1),
    rec("toy:3", "a rude remark", "test", "en", 1),
    rec("toy:4", "a kind remark", "test", "en", 0),
    rec("toy:5", "a rude comment", "test", "en", 0),
    rec("toy:6", "un commentaire nasty", "test", "fr", 1),
    rec("toy:7", "un commentaire gentil", "test", "fr", 0),
    rec("toy:8", "unlabelled row", "test", "fr", null),
    rec("toy:9", "a nasty dev row", "dev", "en", 1),
    rec("toy:10", "a rude dev row", "dev", "en", 0),
    rec("toy:11", "a calm dev row", "dev", "en", 0),
    rec("toy:12", "a training row nasty", "train", "en", 1),
  ];
  const func = [
    rec("f:1", "nasty about women", "test", "en", 1, { dataset: "func", target: "women", functionality: "derog_h" }),
    rec("f:2", "plain about women", "test", "en", 1, { dataset: "func", target: "women", functionality: "derog_h" }),
    rec("f:3", "quoting a nasty thing to object", "test", "en", 0, { dataset: "func", target: "women", functionality: "counter_quote_nh" }),
    rec("f:4", "neutral about people", "test", "en", 0, { dataset: "func", target: "race", functionality: "ident_neutral_nh" }),
  ];
  const project = [
    rec("p:1", "nasty words for her", "test", "xx", 1, { dataset: "tfgbv-func-xx", target: "women", functionality: "derog_women_h" }),
    rec("p:2", "plain words for her", "test", "xx", 1, { dataset: "tfgbv-func-xx", target: "women", functionality: "derog_women_h" }),
    rec("p:3", "reporting a nasty message", "test", "xx", 0, { dataset: "tfgbv-func-xx", target: "women", functionality: "counter_quote_nh" }),
    rec("p:4", "a helpline number", "test", "xx", 0, { dataset: "tfgbv-func-xx", target: "women", functionality: "helpline_nh" }),
    { ...rec("p:5", "nasty romanized words", "test", "xx", 1, { dataset: "tfgbv-func-xx", target: "women", functionality: "slur_women_h" }), romanized: true },
  ];
  mkdirSync(join(repoRoot, "eval/datasets/tfgbv-func"), { recursive: true });
  writeFileSync(join(repoRoot, "eval/datasets/tfgbv-func/tfgbv-func-xx.jsonl"), project.map((r) => JSON.stringify(r)).join("\n"));
  const gz = (rows: unknown[]) => gzipSync(rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
  writeFileSync(join(dataDir, "train/toy.jsonl.gz"), gz(toy));
  writeFileSync(join(dataDir, "suites/func.jsonl.gz"), gz(func));
  writeFileSync(
    join(dataDir, "manifest.json"),
    JSON.stringify({
      files: [
        { file: "train/toy.jsonl.gz", dataset: "toy", name: "toy", group: "train", functional_suite: false, splits: {} },
        { file: "suites/func.jsonl.gz", dataset: "func", name: "func", group: "suites", functional_suite: true, splits: {} },
      ],
    }),
  );
});

describe("datasets", () => {
  it("resolves groups, names and unknown selectors with a helpful error", () => {
    expect(resolveSources([], { repoRoot, dataDir }).map((s) => s.name)).toEqual(["toy", "func", "tfgbv-func-xx"]);
    expect(resolveSources(["tfgbv-func"], { repoRoot, dataDir }).map((s) => s.group)).toEqual(["project"]);
    expect(resolveSources(["suites"], { repoRoot, dataDir }).map((s) => s.name)).toEqual(["func"]);
    expect(resolveSources(["train/toy"], { repoRoot, dataDir }).map((s) => s.name)).toEqual(["toy"]);
    expect(() => resolveSources(["nope"], { repoRoot, dataDir })).toThrow(/unknown dataset "nope".*train\/toy/);
  });

  it("reads a researcher CSV through a column mapping; blanks are masked, bad rows skipped with a reason", async () => {
    const csv = join(repoRoot, "mine.csv");
    writeFileSync(csv, 'comment,sexist,language\n"hello, ""friend""",no,en\n"nasty\nmultiline",yes,de\n,1,en\nno label here,,en\n');
    const [source] = resolveSources([csv], { repoRoot, dataDir, mapping: parseColumnMapping("text=comment,misogyny=sexist,lang=language") });
    const { records, skipped, skipReasons } = await loadDataset(source, new Set(["test"]));
    expect(records.map((r) => [r.text, r.lang, r.labels.misogyny, r.labels.hate])).toEqual([
      ['hello, "friend"', "en", 0, null],
      ["nasty\nmultiline", "de", 1, null],
      ["no label here", "en", null, null],
    ]);
    expect(skipped).toBe(1);
    expect(skipReasons[0]).toMatch(/empty or missing text/);
  });

  it("rejects a mapping without text or labels, or with an unknown key", () => {
    expect(() => parseColumnMapping("misogyny=x")).toThrow(/text column/);
    expect(() => parseColumnMapping("text=t")).toThrow(/at least one label/);
    expect(() => parseColumnMapping("text=t,sexism=x")).toThrow(/unknown --map key "sexism"/);
  });
});

describe("runEvaluation with a fake scorer", () => {
  let result: EvalResult;
  beforeAll(async () => {
    result = await runEvaluation({ sources: resolveSources([], { repoRoot, dataDir }), scorer: createFakeScorer(scoreOf), bootstrap: 50, perturbPerGroup: 10 });
  });

  it("computes per language and all-language cells, masking null labels", () => {
    const en = result.cells.find((c) => c.dataset === "toy" && c.lang === "en" && c.label === "misogyny")!;
    // en test: nasty(1)=.9 flag, nasty(1)=.9 flag, rude(1)=.6 flag, kind(0)=.1, rude(0)=.6 flag
    expect(en.metrics).toMatchObject({ n: 5, positives: 3, tp: 3, fp: 1, fn: 0, tn: 1, recall: 1, precision: 0.75 });
    // ROC-AUC: positives {.9,.9,.6} vs negatives {.1,.6}: 2+2+1.5 = 5.5 of 6
    expect(en.metrics.rocAuc).toBeCloseTo(5.5 / 6, 12);
    const all = result.cells.find((c) => c.dataset === "toy" && c.lang === "*" && c.label === "misogyny")!;
    expect(all.metrics.n).toBe(7); // the unlabelled row and the dev/train rows are not counted
    expect(result.cells.some((c) => c.dataset === "toy" && c.label === "hate")).toBe(false); // hate never annotated
    expect(result.macro.find((m) => m.scope === "toy" && m.label === "misogyny")!.languages).toEqual(["en", "fr"]);
  });

  it("scores functional suites by functionality, with the women-targeted slice", () => {
    const fr = result.functional.find((f) => f.dataset === "func")!;
    // f1 flagged (correct), f2 missed, f3 (nh) flagged (wrong), f4 not flagged (correct)
    expect(fr.accuracy).toBe(0.5);
    expect(fr.byTarget.find((s) => s.key === "women")).toMatchObject({ n: 3, accuracy: 1 / 3 });
    expect(fr.byFunctionality.find((s) => s.key === "derog_h")).toMatchObject({ hateful: true, n: 2, accuracy: 0.5, womenN: 2 });
    // functional suites stay out of the natural pooled view
    expect(result.byLanguage.every((c) => c.dataset === "natural (pooled)")).toBe(true);
    expect(result.byLanguage.find((c) => c.lang === "en" && c.label === "misogyny")!.metrics.n).toBe(5);
  });

  it("computes issue 7's per-language women-targeted recall and hard-negative flag rate, romanized rows apart", () => {
    expect(result.issue7.tfgbvFunc).toEqual([
      { lang: "xx", womenHatefulN: 2, womenCaught: 1, womenRecall: 0.5, hardNegativeN: 2, hardNegativeFlagged: 1, hardNegativeFlagRate: 0.5, pass: false },
      { lang: "xx (romanized)", womenHatefulN: 1, womenCaught: 1, womenRecall: 1, hardNegativeN: 0, hardNegativeFlagged: 0, hardNegativeFlagRate: null, pass: null },
    ]);
    // project sets never enter the pooled natural view
    expect(result.byLanguage.some((c) => c.lang === "xx")).toBe(false);
  });

  it("pools issue 7's numbers over languages, and again without the cases the training data also holds", async () => {
    const all = { womenHatefulN: 3, womenCaught: 2, womenRecall: 2 / 3, hardNegativeN: 2, hardNegativeFlagged: 1, hardNegativeFlagRate: 0.5 };
    expect(result.issue7.pooled).toEqual({ all, withoutTrainingOverlap: all, overlapCases: 0 });
    const opts = { sources: resolveSources([], { repoRoot, dataDir }), scorer: createFakeScorer(scoreOf), bootstrap: 0, perturbPerGroup: 0 };
    const withOverlap = await runEvaluation({ ...opts, trainingOverlapIds: new Set(["p:1", "p:3", "not-a-case"]) });
    expect(withOverlap.issue7.pooled).toEqual({
      all,
      withoutTrainingOverlap: { womenHatefulN: 2, womenCaught: 1, womenRecall: 0.5, hardNegativeN: 1, hardNegativeFlagged: 0, hardNegativeFlagRate: 0 },
      overlapCases: 2,
    });
    expect(renderMarkdown({ ...withOverlap, schema: REPORT_SCHEMA, meta: { date: "2026-11-29T00:00:00Z", git: { commit: null, dirty: null }, node: "v20", command: "test" } })).toMatch(
      /Pooled over the rows above: recall 0\.667 \(2\/3\), hard negatives flagged 50\.0% \(1\/2\)\. Without the 2 cases [^:]*: recall 0\.500 \(1\/2\), hard negatives flagged 0\.0% \(0\/1\)\./,
    );
  });

  it("reports how often the detected language is the dataset's, romanized rows apart", async () => {
    const languageOf = (text: string) => (text.includes("commentaire") ? "fr" : text.includes("romanized") ? "xx" : "en");
    const withLid = await runEvaluation({ sources: resolveSources([], { repoRoot, dataDir }), scorer: createFakeScorer(scoreOf, 0.5, languageOf), bootstrap: 0, perturbPerGroup: 0 });
    expect(withLid.languageId).toEqual([
      { lang: "en", n: 9, correct: 9, accuracy: 1, confusions: [] }, // 5 toy test rows + 4 suite rows
      { lang: "fr", n: 3, correct: 2, accuracy: 2 / 3, confusions: [{ code: "en", n: 1 }] }, // "unlabelled row" reads as English
      { lang: "xx", n: 4, correct: 0, accuracy: 0, confusions: [{ code: "en", n: 4 }] },
      { lang: "xx (romanized)", n: 1, correct: 1, accuracy: 1, confusions: [] },
    ]);
    expect(renderMarkdown({ ...withLid, schema: REPORT_SCHEMA, meta: { date: "2026-11-28T00:00:00Z", git: { commit: null, dirty: null }, node: "v20", command: "test" } })).toMatch(/## Language identification[\s\S]*\| fr \| 3 \| 2 \| 0\.667 \| en 1 \|/);
  });

  it("tunes thresholds on dev only and reports them on test", () => {
    const t = result.thresholds.find((x) => x.label === "misogyny" && x.lang === "*")!;
    expect(t.devN).toBe(3); // the train split is never used
    expect(t.precisionTarget).toMatchObject({ threshold: 0.9, precision: 1, recall: 1 });
    expect(t.precisionTarget!.test).toMatchObject({ n: 7, positives: 4, precision: 1, recall: 0.75 });
  });

  it("measures the recall drop under obfuscation on the same positive rows", () => {
    const leet = result.robustness.find((r) => r.label === "misogyny" && r.lang === "*" && r.perturbation === "inserted_spaces")!;
    // 9 positive test rows (4 toy, 2 suite, 3 project); the two "plain" ones are missed before any perturbation
    expect(leet.n).toBe(9);
    expect(leet.recallOriginal).toBeCloseTo(7 / 9, 12);
    // the fake scorer matches the exact word, so spaced-out words are missed unless the word was left intact
    expect(leet.recallPerturbed!).toBeLessThan(7 / 9);
    expect(leet.drop).toBeCloseTo(leet.recallOriginal! - leet.recallPerturbed!, 12);
  });

  it("gives the same numbers for the same inputs", async () => {
    const again = await runEvaluation({ sources: resolveSources([], { repoRoot, dataDir }), scorer: createFakeScorer(scoreOf), bootstrap: 50, perturbPerGroup: 10 });
    const strip = (r: EvalResult) => ({ ...r, throughput: { ...r.throughput, seconds: 0, textsPerSecond: 0, cpuSeconds: 0, textsPerCpuSecond: 0 } });
    expect(strip(again)).toEqual(strip(result));
  });

  it("never counts an unscored case as 'not flagged'", async () => {
    const none = await runEvaluation({ sources: resolveSources([], { repoRoot, dataDir }), scorer: createFakeScorer(() => null), bootstrap: 0, perturbPerGroup: 0 });
    expect(none.functional.find((f) => f.dataset === "func")).toMatchObject({ n: 0, accuracy: null });
    expect(none.functional.find((f) => f.dataset === "func")!.byLanguage[0].unscored).toBe(4);
    expect(none.issue7.tfgbvFunc).toEqual([]);
    const cell = none.cells.find((c) => c.dataset === "toy" && c.lang === "en" && c.label === "misogyny")!;
    expect(cell.unscored).toBe(5);
    expect(cell.metrics).toMatchObject({ n: 0, f1: null, rocAuc: null });
  });

  it("writes report.json, report.md and SVG charts, and compares two reports", () => {
    const out = mkdtempSync(join(tmpdir(), "eval-report-"));
    const report: Report = { schema: REPORT_SCHEMA, meta: { date: "d", git: { commit: "c", dirty: false }, node: "v", command: "x" }, ...result };
    const files = writeReport(out, report);
    expect(files.map((f) => f.slice(out.length + 1))).toEqual(
      expect.arrayContaining(["report.json", "report.md", "charts/heatmap-f1.svg", "charts/pr-misogyny.svg", "charts/reliability-misogyny.svg"]),
    );
    expect(readFileSync(join(out, "charts/heatmap-f1.svg"), "utf8")).toMatch(/^<svg[^>]+xmlns/);
    const md = renderMarkdown(report);
    expect(md).toContain("## Functional suites");
    expect(md).not.toContain("nasty"); // no dataset text in reports
    const deltas = compareReports(report, report);
    expect(deltas.length).toBeGreaterThan(0);
    expect(deltas.every((d) => d.f1.delta === 0 || d.f1.delta === null)).toBe(true);
    expect(deltas.some((d) => d.regression)).toBe(false);
  });
});
