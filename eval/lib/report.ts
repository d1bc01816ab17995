/**
 * Report writers: report.json (every number plus provenance), report.md (tables for people),
 * charts/*.svg. Nothing here contains dataset text: only ids of datasets, labels and numbers.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { LABELS, type Label } from "../../src/taxonomy.js";
import type { Interval } from "./bootstrap.js";
import { renderHeatmap, renderPrCurves, renderReliability } from "./charts.js";
import { ISSUE7_TARGETS, type Cell, type EvalResult } from "./evaluate.js";
import type { ImageEvalResult } from "./images.js";

export const REPORT_SCHEMA = "tfgbv-guard/eval-report@1";

export interface ReportMeta {
  /** ISO date-time of the run (not part of the reproducible content). */
  date: string;
  git: { commit: string | null; dirty: boolean | null };
  node: string;
  command: string;
}

export interface Report extends EvalResult {
  schema: typeof REPORT_SCHEMA;
  meta: ReportMeta;
  /** Image signals on ../shared/testdata (absent when not run). */
  images?: ImageEvalResult;
}

/** Rounds floats to 6 decimals so the JSON is stable and readable. */
const roundReplacer = (_key: string, value: unknown) =>
  typeof value === "number" && !Number.isInteger(value) ? Math.round(value * 1e6) / 1e6 : value;

const f = (x: number | null | undefined, digits = 3) => (x === null || x === undefined || Number.isNaN(x) ? "–" : x.toFixed(digits));
const pct = (x: number | null | undefined) => (x === null || x === undefined ? "–" : `${(x * 100).toFixed(1)}%`);
const ci = (i: Interval | null | undefined) => (i ? ` [${i.lo.toFixed(2)}, ${i.hi.toFixed(2)}]` : "");
const passMark = (p: boolean | null) => (p === null ? "n/a" : p ? "**pass**" : "FAIL");

function table(header: string[], rows: (string | number)[][]): string {
  return [`| ${header.join(" | ")} |`, `|${header.map((h, i) => (i === 0 ? "---" : "---:")).join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}

function cellRow(c: Cell): (string | number)[] {
  const m = c.metrics;
  return [
    c.lang,
    c.label,
    m.n,
    m.positives,
    f(m.precision),
    f(m.recall),
    `${f(m.f1)}${ci(c.ci?.f1)}`,
    `${f(m.rocAuc)}${ci(c.ci?.rocAuc)}`,
    `${f(m.prAuc)}${ci(c.ci?.prAuc)}`,
    f(m.ece),
    `${m.tp}/${m.fp}/${m.fn}/${m.tn}`,
    c.unscored || "",
  ];
}
const CELL_HEADER = ["lang", "label", "n", "pos", "precision", "recall", "F1 [95% CI]", "ROC-AUC [95% CI]", "PR-AUC [95% CI]", "ECE", "tp/fp/fn/tn", "unscored"];

/** The markdown report. */
export function renderMarkdown(r: Report): string {
  const out: string[] = [];
  const push = (...s: string[]) => out.push(...s, "");
  push(
    `# Evaluation report`,
    `Generated ${r.meta.date} from commit \`${r.meta.git.commit ?? "unknown"}\`${r.meta.git.dirty ? " (with uncommitted changes)" : ""} by \`${r.meta.command}\`.`,
    `Policy \`${r.scorer.policy.id}@${r.scorer.policy.version}\`; models: ${r.scorer.models.map((m) => `\`${m.id}@${m.version}\``).join(", ") || "none"}.`,
    `Splits evaluated: ${r.options.evalSplits.join(", ")}; thresholds tuned on \`${r.options.tuneSplit}\` of train/ only. Language ${r.options.langHint ? "given to the service as a hint" : "detected by the service (no hint)"}. Bootstrap: ${r.options.bootstrap} resamples, seed ${r.options.seed}.`,
    `Throughput: ${r.throughput.uniqueTexts} distinct texts (${r.throughput.textsScored} rows incl. perturbations) scored in ${r.throughput.seconds.toFixed(1)} s = **${r.throughput.textsPerSecond.toFixed(0)} texts/s**${r.throughput.cpuSeconds ? ` (${r.throughput.cpuSeconds.toFixed(0)} CPU-s: ${r.throughput.textsPerCpuSecond.toFixed(0)} texts per CPU-second, the number that does not depend on how busy the machine was)` : ""}; ${r.throughput.componentErrors} verdicts carried a component error.`,
    `How to read every number, and the caveats: [eval/README.md](../../README.md). Functional suites are template tests, not prevalence samples; some sets are partly synthetic (ne-tfgbv-corpus); label definitions differ between sources (DATA.md), so pooled numbers are indicative only. eval-only datasets are for internal evaluation (no redistribution).`,
  );

  push(`## Charts`, `![language × label F1](charts/heatmap-f1.svg)`);
  push(LABELS.filter((l) => r.curves[l] || r.reliability[l]).map((l) => `- **${l}**: [PR curves](charts/pr-${l}.svg), [reliability](charts/reliability-${l}.svg)`).join("\n"));

  push(`## Summary: macro averages over languages (natural test sets)`);
  const natMacro = r.macro.filter((m) => m.scope === "natural (pooled)");
  push(table(["label", "languages", "macro F1", "macro ROC-AUC", "macro PR-AUC"], natMacro.map((m) => [m.label, m.languages.join(" "), f(m.f1), f(m.rocAuc), f(m.prAuc)])));

  push(`## Issue 7 acceptance`);
  push(
    `Project functional sets (eval/datasets/tfgbv-func): women-targeted abuse recall ≥ ${ISSUE7_TARGETS.womenRecall} and ≤ ${ISSUE7_TARGETS.hardNegativeFlagRate * 100}% of hard negatives (\`*_nh\`) flagged, per language (romanized rows apart). "Flagged" = the derived \`gendered_abuse\` decision: misogyny, sexual_harassment or sextortion flagged, or threat flagged on a women-targeted case. With ~60–120 hard negatives per language one false flag moves the rate by ~1–1.6 points: read the counts.`,
  );
  push(
    r.issue7.tfgbvFunc.length
      ? table(
          ["lang", "women-targeted abuse caught / n", "recall", "hard negatives flagged / n", "rate", "result"],
          r.issue7.tfgbvFunc.map((x) => [x.lang, `${x.womenCaught}/${x.womenHatefulN}`, f(x.womenRecall), `${x.hardNegativeFlagged}/${x.hardNegativeN}`, pct(x.hardNegativeFlagRate), passMark(x.pass)]),
        )
      : "_No tfgbv-func sets in this run._",
  );
  const pooled = r.issue7.pooled;
  if (pooled) {
    const line = (p: typeof pooled.all) => `recall ${f(p.womenRecall)} (${p.womenCaught}/${p.womenHatefulN}), hard negatives flagged ${pct(p.hardNegativeFlagRate)} (${p.hardNegativeFlagged}/${p.hardNegativeN})`;
    push(
      `Pooled over the rows above: ${line(pooled.all)}. Without the ${pooled.overlapCases} cases whose text the training data also holds (eval/datasets/tfgbv-func/training-overlap.json, \`npx tsx eval/overlap.ts\`): ${line(pooled.withoutTrainingOverlap)}.`,
    );
  }
  push(`Multilingual HateCheck, women-targeted cases: accuracy ≥ ${ISSUE7_TARGETS.mhcWomenAccuracy} per language.`);
  push(
    r.issue7.mhcWomen.length
      ? table(["lang", "women-targeted n", "accuracy", "result"], r.issue7.mhcWomen.map((x) => [x.lang, x.n, f(x.accuracy), passMark(x.pass)]))
      : "_MHC not in this run._",
  );

  if (r.languageId?.length) {
    push(
      `## Language identification`,
      `The language the service detected (no hint) against each dataset's language, every evaluated row; romanised rows apart. Lexicons, framing cues and the fastText routing follow the detected language. Some datasets mix languages under one code (code-mixed Nepali, Bhojpuri, Tharu), so read low numbers with the source in mind.`,
    );
    push(
      table(
        ["lang", "rows", "detected as that language", "accuracy", "most common other guesses"],
        r.languageId.map((x) => [x.lang, x.n, x.correct, f(x.accuracy), x.confusions.map((c) => `${c.code} ${c.n}`).join(", ") || "–"]),
      ),
    );
  }

  push(`## Natural test sets pooled per language`, `All public non-functional test sets of a language together (project-written sets excluded; sources define labels differently: see DATA.md).`);
  push(table(CELL_HEADER, r.byLanguage.map(cellRow)));

  push(`## Per dataset`, `P/R/F1 and confusion counts use the service's own decisions (policy threshold per label × language). "unscored": rows with a gold label the service returned no score for (label not covered).`);
  for (const d of r.datasets) {
    const cells = r.cells.filter((c) => c.dataset === d.name);
    const note = d.group === "eval-only" ? " — eval-only (internal evaluation, no redistribution)" : d.functional ? " — functional suite (not prevalence)" : "";
    push(`### ${d.name} (${d.group})${note}`);
    if (!cells.length) {
      push(`_No ${r.options.evalSplits.join("/")} rows (splits present: ${Object.keys(d.rows).join(", ") || "none selected"})._`);
      continue;
    }
    push(table(CELL_HEADER, cells.map(cellRow)));
    const macros = r.macro.filter((m) => m.scope === d.name);
    if (macros.length) push(table(["label", "macro F1 over languages", "macro ROC-AUC", "macro PR-AUC"], macros.map((m) => [m.label, f(m.f1), f(m.rocAuc), f(m.prAuc)])));
  }

  push(`## Functional suites`, `A case is hateful when its functionality ends in \`_h\`; the prediction is "flagged" (any of ${r.options.functionalLabels.join(", ")}). Women-targeted slice shown beside each number.`);
  for (const fr of r.functional) {
    const unscored = fr.byLanguage.reduce((a, x) => a + x.unscored, 0);
    push(`### ${fr.dataset}: accuracy ${f(fr.accuracy)} over ${fr.n} cases${unscored ? ` (${unscored} cases unscored: no counted label covered)` : ""}`);
    if (fr.byLanguage.length > 1) push(table(["language", "n", "accuracy", "women n", "women accuracy"], fr.byLanguage.map((s) => [s.key, s.n, f(s.accuracy), s.womenN, f(s.womenAccuracy)])));
    push(
      table(
        ["functionality", "gold", "n", "accuracy", "women n", "women accuracy"],
        fr.byFunctionality.map((s) => [s.key, s.hateful ? "hateful" : "non-hateful", s.n, f(s.accuracy), s.womenN, f(s.womenAccuracy)]),
      ),
    );
    push(table(["target", "n", "accuracy"], fr.byTarget.map((s) => [s.key, s.n, f(s.accuracy)])));
  }

  push(
    `## Robustness to obfuscation`,
    `Up to ${r.options.perturbPerGroup} positive test rows per dataset × language, each obfuscated by every perturbation that applies to its script; recall at the policy threshold before → after on the same rows, and the drop (positive = worse).`,
  );
  const kinds = [...new Set(r.robustness.map((x) => x.perturbation))];
  for (const label of LABELS) {
    const rows = r.robustness.filter((x) => x.label === label);
    if (!rows.length) continue;
    const langs = [...new Set(rows.map((x) => x.lang))];
    push(`### ${label}`);
    push(
      table(
        ["lang", "n", "recall (original)", ...kinds.map((k) => `${k} drop`)],
        langs.map((lang) => {
          const lr = rows.filter((x) => x.lang === lang);
          return [lang, Math.max(...lr.map((x) => x.n)), f(lr[0].recallOriginal), ...kinds.map((k) => f(lr.find((x) => x.perturbation === k)?.drop))];
        }),
      ),
    );
  }

  push(
    `## Thresholds tuned on dev (train/ datasets only)`,
    `Per label (pooled "*") and per language with ≥ 30 dev positives and negatives: the lowest threshold reaching precision ≥ ${r.options.targetPrecision} and the highest reaching recall ≥ ${r.options.targetRecall}, with what they give on the train/ test splits. \`policy.tuned.json\` (if written) uses the ${"precision"} points.`,
  );
  push(
    table(
      ["label", "lang", "dev n", "dev pos", `t(P≥${r.options.targetPrecision})`, "dev R", "test P", "test R", "test F1", `t(R≥${r.options.targetRecall})`, "dev P", "test P", "test R", "test F1"],
      r.thresholds.map((t) => [
        t.label,
        t.lang,
        t.devN,
        t.devPositives,
        f(t.precisionTarget?.threshold),
        f(t.precisionTarget?.recall),
        f(t.precisionTarget?.test.precision),
        f(t.precisionTarget?.test.recall),
        f(t.precisionTarget?.test.f1),
        f(t.recallTarget?.threshold),
        f(t.recallTarget?.precision),
        f(t.recallTarget?.test.precision),
        f(t.recallTarget?.test.recall),
        f(t.recallTarget?.test.f1),
      ]),
    ),
  );

  if (r.images) out.push(...renderImages(r.images));

  push(`## Datasets`);
  push(
    table(
      ["dataset", "group", "rows used (split)", "languages (eval rows)", "skipped rows", "sha256"],
      r.datasets.map((d) => [
        d.name,
        d.group,
        Object.entries(d.rows).map(([k, v]) => `${k} ${v}`).join(", ") || "0",
        Object.entries(d.languages).map(([k, v]) => `${k} ${v}`).join(", "),
        d.skipped,
        `\`${d.sha256.slice(0, 12)}\``,
      ]),
    ),
  );
  return out.join("\n");
}

function renderImages(img: ImageEvalResult): string[] {
  const out: string[] = ["## Image signals (../shared/testdata)", ""];
  if ("skipped" in img.pdq) out.push(`PDQ: skipped (${img.pdq.skipped}).`, "");
  else {
    const p = img.pdq;
    out.push(
      `### PDQ robustness: distance of each edit to \`${p.reference}\` (match at ≤ ${p.matchDistance} of 256 bits)`,
      "",
      table(["edit", "Hamming distance", "quality", "matches"], p.rows.map((x) => [x.file, x.distance ?? "–", x.quality ?? "–", x.error ? `error: ${x.error}` : x.matches ? "yes" : "**no**"])),
      "",
      `${p.rows.filter((x) => x.matches).length} of ${p.rows.length} edits still match.`,
      "",
    );
  }
  if ("skipped" in img.watermark) out.push(`Watermarks: skipped (${img.watermark.skipped}).`, "");
  else {
    const w = img.watermark;
    const rows = (xs: typeof w.byCondition) => xs.map((x) => [x.condition, x.marked, x.detected, f(x.detectionRate, 2), x.unmarked, x.falseDetections]);
    out.push(
      "### Invisible watermark (dwtDct) detection",
      "",
      "Per degradation (`png` = as embedded, `half` = 50% resize, `jpegNN` = JPEG quality NN); a marked file counts when its own generator variant is detected.",
      "",
      table(["condition", "marked files", "detected", "rate", "unmarked files", "false detections"], rows(w.byCondition)),
      "",
      table(["variant", "marked files", "detected", "rate", "unmarked files", "false detections"], rows(w.byVariant)),
      "",
    );
  }
  if (img.c2pa && "skipped" in img.c2pa) out.push(`C2PA: skipped (${img.c2pa.skipped}).`, "");
  else if (img.c2pa) {
    const c = img.c2pa;
    out.push(
      "### C2PA / provenance",
      "",
      `Against the facts testdata/c2pa/SOURCES.md states: manifests detected ${c.manifestDetection.detected}/${c.manifestDetection.expected}, ` +
        `manifests reported on files without one ${c.manifestDetection.falseManifests}/${c.manifestDetection.expectedNone}, ` +
        `validation outcome as documented ${c.validationAgreement.agree}/${c.validationAgreement.checked}, AI-generation indication as documented ${c.aiAgreement.agree}/${c.aiAgreement.checked}.`,
      "",
      table(
        ["file", "format", "C2PA manifest", "validation", "AI indicated (C2PA)", "evidence", "documented expectation"],
        c.rows.map((r) => [
          r.file,
          r.format,
          r.manifest ? "yes" : "no",
          r.validation ?? "–",
          r.ai ? "yes" : "no",
          r.evidence.join(", ") || "–",
          r.expected ? `${r.agrees ? "agrees" : "**differs**"} (${JSON.stringify(r.expected).replace(/"/g, "")})` : "",
        ]),
      ),
      "",
    );
  }
  return out;
}

/** Writes report.json, report.md and charts/ into `dir`. */
export function writeReport(dir: string, report: Report): string[] {
  const chartsDir = join(dir, "charts");
  mkdirSync(chartsDir, { recursive: true });
  const written: string[] = [];
  const write = (path: string, content: string) => {
    writeFileSync(path, content);
    written.push(path);
  };
  write(join(dir, "report.json"), `${JSON.stringify(report, roundReplacer, 1)}\n`);
  write(join(dir, "report.md"), renderMarkdown(report));
  for (const label of LABELS) {
    const series = report.curves[label];
    if (series) {
      const aps = Object.fromEntries(Object.keys(series).map((d) => [d, report.cells.find((c) => c.dataset === d && c.label === label && (c.lang === "*" || Object.keys(report.datasets.find((x) => x.name === d)?.languages ?? {}).length === 1))?.metrics.prAuc ?? null]));
      write(join(chartsDir, `pr-${label}.svg`), renderPrCurves(`PR curves: ${label} (natural test sets)`, series, aps));
    }
    const bins = report.reliability[label];
    if (bins) write(join(chartsDir, `reliability-${label}.svg`), renderReliability(`Reliability: ${label} (natural test sets)`, bins));
  }
  const langs = [...new Set(report.byLanguage.map((c) => c.lang))].sort();
  const labels = LABELS.filter((l) => report.byLanguage.some((c) => c.label === l));
  const cell = (lang: string, label: string) => report.byLanguage.find((c) => c.lang === lang && c.label === (label as Label))?.metrics.f1 ?? null;
  write(join(chartsDir, "heatmap-f1.svg"), renderHeatmap("F1 at the policy threshold: language × label (natural test sets)", langs, labels, cell));
  return written;
}
