/**
 * Fits the calibrated fusion and the default policy's thresholds on the dev split (`npm run fit:fusion`).
 *
 *   1. Runs every text component the service loads (src/components.ts) over the `dev` rows of ../shared/data/train
 *      and of the project's synthetic data (models/train/synthetic/data/synthetic.dev.jsonl, generated if missing and
 *      checked against models/train/synthetic/data.lock.json).
 *   2. Per component × label: Platt calibration on logit(raw score), rows whose gold label is null masked.
 *   3. Per label: a logistic stacker over the components covering it, kept only if 2-fold cross-validated
 *      log-loss on dev beats the best single calibrated component.
 *   4. Operating points on the fused dev scores → models/policies/default.json thresholds (max-F1 flags; a
 *      precision ≥ 0.95 point escalates to block where the dev data reaches it).
 * Test splits are never read. Writes models/fusion/fusion.json, models/fusion/fit-report.json, the default policy.
 *
 *   npm run fit:fusion                                   # every label
 *   ONLY_LABELS=misogyny npm run fit:fusion              # refit one label, keep the others as shipped
 *   EXTEND=1 ONLY_LABELS=misogyny npm run fit:fusion     # keep the label's stacker and threshold too; fit only the
 *                                                        # hinge gates it does not use yet (how framing-fasttext was added)
 *   REGATE=1 EXTEND=1 ONLY_LABELS=misogyny npm run fit:fusion   # the same, refitting the hinge gates it already uses
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { maskAwareNormaliser } from "../../src/content/text/unmask.js";
import type { PreparedText, TextClassifier } from "../../src/classifiers/types.js";
import { listTextComponents } from "../../src/components.js";
import { loadConfig } from "../../src/config.js";
import { createLogger } from "../../src/logger.js";
import { FUSION_SCHEMA, Fusion, logit, type FusionSpec } from "../../src/scoring/fusion.js";
import { parsePolicy } from "../../src/policy/policy.js";
import { LABELS, type Label } from "../../src/taxonomy.js";
import { listProjectSources, listSharedSources, loadDataset, type DatasetSource, type EvalRecord } from "../../eval/lib/datasets.js";
import { computePrCurve, computeRocAuc, toScoredSet } from "../../eval/lib/metrics.js";
import { findPrecisionThreshold, evaluateThreshold } from "../../eval/lib/thresholds.js";
import { fitLogistic, logLoss } from "./logistic.js";
import { ensureSyntheticData } from "../train/synthetic/generate.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const DATA = path.resolve(ROOT, "../shared/data");
const FUSION_PATH = path.join(ROOT, "models/fusion/fusion.json");
const REPORT_PATH = path.join(ROOT, "models/fusion/fit-report.json");
const POLICY_PATH = path.join(ROOT, "models/policies/default.json");
const BATCH = 512;
const MIN_POS = 20;

/** Severe labels whose high-precision region blocks outright. */
const ACTIONS: Record<Label, "review" | "block" | "none"> = {
  misogyny: "review",
  sexual_harassment: "review",
  threat: "review",
  sextortion: "block",
  doxxing: "review",
  hate: "review",
  toxicity: "none",
};
const BLOCK_PRECISION = 0.95;
/**
 * The components whose logits gate the learnt models' evidence in the stackers (src/classifiers/framing): the cue
 * lists' frame and the learnt mention/use model. Both score logit 0 for a text that is not a mention.
 */
const GATES = ["framing", "framing-fasttext"];
/**
 * Gates that act only through hinge products with the other components' evidence (max(0, logit)), with no weight of
 * their own: the learnt mention model discounts what fastText and the lexicon found in a text it reads as a mention,
 * and leaves texts they score low alone. Fitted with its own weight too (2026-11-28), it lowered natural abuse it
 * misread as a mention and already scored low (one of the four French misogyny positives of mlma's test split fell
 * from rank 159 to 357). eval/reports/issue7-v17/NOTES.md has the variants.
 */
const HINGE_GATES = new Set(["framing-fasttext"]);
/**
 * The components a gate's products cover: the learnt models; for the hinge gates the lexicon too. The lexicon zeroes its
 * own hits in texts the cue lists call framed, and the learnt gate does the same for mentions the lists miss (most
 * of the counter-speech the misogyny label still flagged with the fastText gate alone had a lexicon hit and fastText
 * below 0.5).
 */
const gatedBy = (gate: string, comps: readonly string[]): string[] =>
  comps.filter((m) => !GATES.includes(m) && (HINGE_GATES.has(gate) || m !== "lexicon"));

/**
 * Components kept out of a label's fusion. The learnt models (fastText, transformer) saw sextortion and doxxing
 * only in synthetic templates: on the natural dev rows of train/ (which hold no sextortion or doxxing) the
 * fastText models score ≥ 0.5 on about 30% of texts, and a stacker that trusts the transformer flagged 1,807 of
 * 16,711 natural rows as doxxing, while the rule detectors flag almost none. Until real data exists these labels
 * rest on the detectors and the lexicon. (`npm run fit:fusion` prints the natural-text flag counts.)
 */
const SYNTHETIC_ONLY_LEARNERS = ["fasttext-tfgbv", "tfgbv-encoder-2l128-v2"];
const EXCLUDE: Partial<Record<Label, string[]>> = { sextortion: SYNTHETIC_ONLY_LEARNERS, doxxing: SYNTHETIC_ONLY_LEARNERS };
/**
 * Labels whose only dev evidence is the synthetic set, which was generated from the lexicon: a stacker would
 * learn the generator (it gave the rule detectors a weight of about 0), so each source keeps its own calibrated vote (max).
 */
const NO_STACKER = new Set<Label>(EXCLUDE_LABELS());
/**
 * Rule detectors whose hand-set score is a floor for a label's fused score (fusion.json `maxWith`), kept out of
 * its Platt fit and stacker: the misogyny detector fires on slur-free generalisations ("women are property",
 * "women should not vote"), which the natural dev rows hardly contain and the synthetic dev rows contain by
 * construction (they come from templates of the same kind), so neither can weigh it honestly. Its weights are
 * hand-set in models/detectors/misogyny.json and measured by `npm run eval`. The threat and sexual-harassment detectors
 * likewise (threats and advances at women in the synthetic dev rows are templates of the same kind their cues describe).
 */
const MAX_WITH: Partial<Record<Label, string[]>> = {
  misogyny: ["misogyny-detector"],
  threat: ["threat-detector"],
  sexual_harassment: ["sexual-harassment-detector"],
};
/**
 * Counter-evidence that caps a label's fused score (fusion.json `vetoes`): the misogyny detector's positive statements
 * about women ("women deserve respect", "I admire the women in my family"), which the learnt models score as hate and
 * misogyny for the word "women" alone, when no slur (lexicon) and no other rule detector's phrase is in the text, and
 * the service flags no threat, sexual harassment, sextortion or doxxing in it.
 * Hand-set, as maxWith is, and measured by `npm run eval` (eval/reports/issue7-v28/NOTES.md).
 */
const VETO_UNLESS = ["lexicon", "threat-detector", "sexual-harassment-detector", "sextortion-detector", "doxxing-detector"];
/** … nor when the service flags a threat, sexual harassment, sextortion or doxxing in the text (the learnt models included). */
const VETO_UNLESS_FLAGGED: Label[] = ["threat", "sexual_harassment", "sextortion", "doxxing"];
const VETOES: Partial<Record<Label, { by: string[]; cap: number; unless: string[]; unlessFlagged: Label[] }>> = {
  hate: { by: ["misogyny-detector"], cap: 0.2, unless: VETO_UNLESS, unlessFlagged: VETO_UNLESS_FLAGGED },
  misogyny: { by: ["misogyny-detector"], cap: 0.2, unless: VETO_UNLESS, unlessFlagged: VETO_UNLESS_FLAGGED },
};
function EXCLUDE_LABELS(): Label[] {
  return Object.keys(EXCLUDE) as Label[];
}
const EXCLUDE_REASON =
  "the learnt models saw this label only in synthetic templates and fire on natural text; the rule detectors and lexicon carry it";

/**
 * EXTEND=1 (with ONLY_LABELS): add the hinge gates to a label's shipped stacker without refitting the rest (see
 * extendStacker). A full refit of the misogyny stacker moved ne-tfgbv-corpus' F1 beyond its interval whether or not the
 * gate was in it; this adds the gate's own evidence and nothing else.
 */
const EXTEND = process.env.EXTEND === "1";
/**
 * REGATE=1 (with EXTEND=1): refit the hinge gates a label already uses, the rest held as shipped, after the gate model
 * itself was rebuilt (its old weights were fitted to the old model's scores).
 */
const REGATE = process.env.REGATE === "1";

/**
 * ONLY_LABELS=misogyny,threat: refit only these labels. The others keep their calibrations, stacker, exclusions and
 * policy rule from the shipped models/fusion/fusion.json, fit-report.json and models/policies/default.json, so adding a
 * component for some labels does not move every other label's threshold.
 */
function onlyLabelsFromEnv(): Set<Label> | null {
  const v = process.env.ONLY_LABELS?.trim();
  if (!v) return null;
  const only = v.split(",").map((x) => x.trim());
  const unknown = only.filter((l) => !(LABELS as readonly string[]).includes(l));
  if (unknown.length) throw new Error(`ONLY_LABELS: unknown label(s) ${unknown.join(", ")}`);
  return new Set(only as Label[]);
}

/** Copies one label's fitted parts from the shipped fusion spec into the one being fitted. */
function keepLabel(from: FusionSpec, to: FusionSpec, label: Label): void {
  for (const [m, perLabel] of Object.entries(from.calibration)) if (perLabel[label]) (to.calibration[m] ??= {})[label] = perLabel[label];
  if (from.stackers[label]) to.stackers[label] = from.stackers[label];
  for (const key of ["exclude", "exclusionReasons", "maxWith", "vetoes"] as const) {
    const v = (from[key] as Record<string, unknown>)[label];
    if (v === undefined) delete (to[key] as Record<string, unknown>)[label];
    else (to[key] as Record<string, unknown>)[label] = v;
  }
}

async function main() {
  const only = onlyLabelsFromEnv();
  if (EXTEND && !only) throw new Error("EXTEND=1 needs ONLY_LABELS (the labels whose shipped stackers get the new gates)");
  if (REGATE && !EXTEND) throw new Error("REGATE=1 needs EXTEND=1 (it refits the gates of the shipped stackers)");
  const shipped = only && {
    only,
    spec: FUSION_SCHEMA.parse(JSON.parse(readFileSync(FUSION_PATH, "utf8"))),
    report: JSON.parse(readFileSync(REPORT_PATH, "utf8")) as { labels: Record<string, unknown> },
    policy: parsePolicy(JSON.parse(readFileSync(POLICY_PATH, "utf8"))),
  };
  const config = loadConfig({ ...process.env, GUARD_LOG_LEVEL: "error" }, ROOT);
  const logger = createLogger("error");
  const classifiers: TextClassifier[] = [];
  for (const c of listTextComponents(config)) {
    try {
      classifiers.push(await c.load({ config, logger }));
    } catch (e) {
      console.error(`component ${c.id} failed to load: ${(e as Error).message}`);
      process.exit(1);
    }
  }
  console.error(`components: ${classifiers.map((c) => `${c.id}@${c.version}`).join(", ")}`);

  const sources: DatasetSource[] = listSharedSources(DATA).filter((s) => s.group === "train");
  sources.push({ name: "synthetic-tfgbv", group: "train", path: ensureSyntheticData().dev, functional: false });
  const rows: EvalRecord[] = [];
  for (const s of sources) {
    const r = await loadDataset(s, new Set(["dev"]));
    rows.push(...r.records);
    console.error(`dev rows: ${s.name} ${r.records.length}`);
  }

  // raw[component][label] = Float64Array over rows (NaN where the component gave no score)
  const raw = new Map<string, Map<Label, Float64Array>>();
  for (const c of classifiers) raw.set(c.id, new Map(c.labels.map((l) => [l, new Float64Array(rows.length).fill(NaN)])));
  const normalise = maskAwareNormaliser(classifiers); // the service's normal form (src/context.ts)
  const t0 = performance.now();
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch: PreparedText[] = rows.slice(i, i + BATCH).map((r) => ({ original: r.text, ...normalise(r.text), language: r.lang }));
    for (const c of classifiers) {
      const out = await c.classify(batch);
      out.forEach((o, j) => {
        for (const l of c.labels) {
          const v = o.scores[l];
          if (v !== undefined && Number.isFinite(v)) raw.get(c.id)!.get(l)![i + j] = v;
        }
      });
    }
    process.stderr.write(`\rscored ${Math.min(rows.length, i + BATCH)}/${rows.length}`);
  }
  console.error(`\nscored ${rows.length} dev rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const spec: FusionSpec = FUSION_SCHEMA.parse({
    version: "pending",
    description:
      "Platt calibration per component × label and per-label logistic stackers, fitted on the dev split of ../shared/data/train" +
      " plus the project's synthetic dev split" +
      " by models/fusion/fit.ts.",
  });
  for (const [label, ids] of Object.entries(MAX_WITH)) spec.maxWith[label] = ids.filter((id) => classifiers.some((c) => c.id === id));
  for (const [label, veto] of Object.entries(VETOES)) {
    const by = veto.by.filter((id) => classifiers.some((c) => c.id === id));
    if (by.length) spec.vetoes[label] = { ...veto, by };
  }
  for (const [label, ids] of Object.entries(EXCLUDE)) {
    spec.exclude[label] = ids.filter((id) => classifiers.some((c) => c.id === id));
    spec.exclusionReasons[label] = EXCLUDE_REASON;
  }
  const report: Record<string, unknown> = { rows: rows.length, sources: sources.map((s) => s.name), labels: {} };

  /**
   * EXTEND=1: the label keeps its shipped stacker, calibrations and threshold; only the hinge gates it does not use yet
   * get a weight, fitted on dev with the shipped stacker's logit as a fixed offset (no intercept refit).
   */
  function extendStacker(label: Label, shippedSt: FusionSpec["stackers"][string], comps: string[], feats: Record<string, number[]>, y: number[], idx: number[], lr: Record<string, unknown>) {
    const st = REGATE ? { ...shippedSt, interactions: shippedSt.interactions.filter((i) => !(i.hinge && HINGE_GATES.has(i.by))), source: shippedSt.source?.split("; + ")[0] } : shippedSt;
    // the new gates' Platt fits (just made) survive; everything else of the label is the shipped one
    const gateCalibrations = [...HINGE_GATES].map((g) => [g, spec.calibration[g]?.[label]] as const);
    keepLabel(shipped!.spec, spec, label);
    for (const [g, c] of gateCalibrations) if (c) (spec.calibration[g] ??= {})[label] = c;
    lr.keptFrom = shipped!.spec.version;
    const terms = [...HINGE_GATES]
      .filter((g) => comps.includes(g) && !st.interactions.some((i) => i.by === g))
      .flatMap((g) => gatedBy(g, Object.keys(st.weights)).map((m) => ({ m, g })))
      .filter(({ m }) => feats[m] !== undefined); // a component without usable dev evidence now is not gated
    if (!terms.length) {
      lr.extended = "nothing to add";
      return;
    }
    const shippedFusion = new Fusion({ ...shipped!.spec, stackers: { ...shipped!.spec.stackers, [label]: st } });
    const used = [...new Set([...Object.keys(st.weights), ...st.interactions.flatMap((i) => [i.component, i.by]), ...terms.map((t) => t.g)])];
    const keep = idx.map((_, k) => k).filter((k) => used.every((m) => Number.isFinite(raw.get(m)!.get(label)![idx[k]])));
    const offset = keep.map((k) => shippedFusion.stackerLogit(label, new Map(used.map((m) => [m, raw.get(m)!.get(label)![idx[k]]])))!);
    const X = keep.map((k) => terms.map(({ m, g }) => Math.max(0, feats[m][k]) * feats[g][k]));
    const yy = keep.map((k) => y[k]);
    const fit = fitLogistic(X, yy, 1e-2, 50, { offset, fitBias: false });
    const before = logLoss(X.map(() => []), yy, 0, [], offset);
    spec.stackers[label] = {
      ...st,
      interactions: [...st.interactions, ...terms.map(({ m, g }, j) => ({ component: m, by: g, weight: round(fit.weights[j]), hinge: true }))],
      source: `${st.source ?? "shipped stacker"}; + ${terms.map((t) => `${t.m}×${t.g}`).join(", ")} fitted on dev with the rest held (log-loss ${before.toFixed(4)} → ${fit.logLoss.toFixed(4)}, n=${keep.length})`,
    };
    lr.extended = { terms: terms.map((t) => `${t.m}×${t.g}`), rows: keep.length, devLogLossBefore: before, devLogLossAfter: fit.logLoss, weights: fit.weights };
  }
  const fusedDev = new Map<Label, { idx: number[]; scores: number[] }>();

  for (const label of LABELS) {
    if (shipped && !shipped.only.has(label)) {
      keepLabel(shipped.spec, spec, label);
      (report.labels as Record<string, unknown>)[label] = { ...(shipped.report.labels[label] as object), keptFrom: shipped.spec.version };
      continue;
    }
    const lr: Record<string, unknown> = {};
    (report.labels as Record<string, unknown>)[label] = lr;
    const idx = rows.map((_, i) => i).filter((i) => rows[i].labels[label] !== null);
    const y = idx.map((i) => rows[i].labels[label] as number);
    const pos = y.reduce((a, b) => a + b, 0);
    const comps = classifiers
      .filter((c) => c.labels.includes(label) && !EXCLUDE[label]?.includes(c.id) && !MAX_WITH[label]?.includes(c.id))
      .map((c) => c.id);
    lr.n = idx.length;
    lr.positives = pos;
    lr.components = comps;
    if (comps.length === 0) continue;
    if (pos < MIN_POS || idx.length - pos < MIN_POS) {
      lr.note = `too little dev evidence (${pos} positives of ${idx.length}): components pass raw scores through, uncalibrated`;
      continue;
    }
    // Platt per component; a component whose score does not rise with the label on dev (slope ≤ 0.05) carries
    // no usable evidence for it and is excluded, rather than letting an inverted calibration dominate a max.
    const feats: Record<string, number[]> = {};
    for (const m of [...comps]) {
      const r = raw.get(m)!.get(label)!;
      const keep = idx.map((i, k) => [k, r[i]] as const).filter(([, v]) => Number.isFinite(v));
      const X = keep.map(([, v]) => [logit(v)]);
      const yy = keep.map(([k]) => y[k]);
      const fit = fitLogistic(X, yy, 1);
      lr[`platt:${m}`] = { a: fit.weights[0], b: fit.bias, devLogLoss: fit.logLoss, rawLogLoss: logLoss(X, yy, 0, [1]) };
      if (!(fit.weights[0] > 0.05)) {
        (spec.exclude[label] ??= []).push(m);
        spec.exclusionReasons[label] = [spec.exclusionReasons[label], `${m}: no positive association with ${label} on dev (Platt slope ${fit.weights[0].toFixed(3)})`]
          .filter(Boolean)
          .join("; ");
        comps.splice(comps.indexOf(m), 1);
        continue;
      }
      (spec.calibration[m] ??= {})[label] = { a: round(fit.weights[0]), b: round(fit.bias) };
      feats[m] = idx.map((i) => (Number.isFinite(r[i]) ? logit(r[i]) : NaN));
    }
    lr.components = [...comps];
    // stacker vs best single calibrated component, 2-fold CV on dev
    const complete = idx.map((_, k) => k).filter((k) => comps.every((m) => Number.isFinite(feats[m][k])));
    const fusion = new Fusion(spec);
    const extending = shipped && EXTEND ? shipped.spec.stackers[label] : undefined;
    if (extending) extendStacker(label, extending, comps, feats, y, idx, lr);
    else if (NO_STACKER.has(label)) lr.stacker = "not fitted: dev evidence for this label is synthetic only";
    else if (comps.length > 1 && complete.length >= 4 * MIN_POS) {
      // Gated evidence: each learnt component's logit times each gate's (0 for texts that are not a mention), so the
      // stacker can learn how far a frame (report, counter-speech, news, helpline) lowers a learnt model's evidence.
      const main = comps.filter((m) => !HINGE_GATES.has(m));
      const gates = GATES.filter((g) => comps.includes(g)).flatMap((g) => gatedBy(g, comps).map((m) => ({ m, g, hinge: HINGE_GATES.has(g) })));
      const X = complete.map((k) => [
        ...main.map((m) => feats[m][k]),
        ...gates.map(({ m, g, hinge }) => (hinge ? Math.max(0, feats[m][k]) : feats[m][k]) * feats[g][k]),
      ]);
      const yy = complete.map((k) => y[k]);
      const folds = [0, 1].map((f) => complete.map((_, j) => j).filter((j) => j % 2 === f));
      let stackLoss = 0;
      for (const f of [0, 1]) {
        const trainJ = folds[1 - f];
        const fit = fitLogistic(trainJ.map((j) => X[j]), trainJ.map((j) => yy[j]), 1e-2);
        stackLoss += logLoss(folds[f].map((j) => X[j]), folds[f].map((j) => yy[j]), fit.bias, fit.weights) * folds[f].length;
      }
      stackLoss /= complete.length;
      let maxLoss = 0;
      complete.forEach((k, j) => {
        const p = Math.min(1 - 1e-12, Math.max(1e-12, fusion.fuse(label, new Map(comps.map((m) => [m, sigmoidOf(feats[m][k])]))).score!));
        maxLoss -= yy[j] ? Math.log(p) : Math.log(1 - p);
      });
      maxLoss /= complete.length;
      lr.cv = { stackerLogLoss: stackLoss, maxOfCalibratedLogLoss: maxLoss };
      if (stackLoss < maxLoss - 1e-3) {
        const fit = fitLogistic(X, yy, 1e-2);
        spec.stackers[label] = {
          bias: round(fit.bias),
          weights: Object.fromEntries(main.map((m, j) => [m, round(fit.weights[j])])),
          interactions: gates.map(({ m, g, hinge }, j) => ({ component: m, by: g, weight: round(fit.weights[main.length + j]), ...(hinge ? { hinge } : {}) })),
          source: `dev logistic stacker (2-fold CV log-loss ${stackLoss.toFixed(4)} vs ${maxLoss.toFixed(4)} for max of calibrated)`,
        };
      }
    }
    // fused dev scores for thresholds
    const fz = new Fusion(spec);
    const scores = idx.map((i) => {
      const m = new Map<string, number>();
      for (const c of [...comps, ...(spec.maxWith[label] ?? [])]) {
        const v = raw.get(c)!.get(label)![i];
        if (Number.isFinite(v)) m.set(c, v);
      }
      return fz.fuse(label, m).score ?? 0;
    });
    fusedDev.set(label, { idx, scores });
    const set = toScoredSet(idx.map((i, k) => ({ score: scores[k], gold: y[k] as 0 | 1, flagged: false })));
    lr.fusedDevRocAuc = computeRocAuc(set);
    lr.method = spec.stackers[label] ? "stacker" : "max-of-calibrated";
  }

  // measured languages: every language with rows in an evaluation set we report
  const langs = new Set<string>();
  for (const s of [...listSharedSources(DATA), ...listProjectSources(ROOT)]) {
    const r = await loadDataset(s, new Set(["dev", "test"]));
    for (const rec of r.records) langs.add(rec.lang);
  }
  spec.measuredLanguages = [...langs].sort();
  const stamp = new Date().toISOString().slice(0, 10);
  const componentsHash = createHash("sha256").update(classifiers.map((c) => `${c.id}@${c.version}`).join("|")).digest("hex").slice(0, 8);
  spec.version = `${stamp}.${componentsHash}`;
  writeFileSync(FUSION_PATH, JSON.stringify(spec, null, 2) + "\n");

  // default policy from dev operating points
  const text: Record<string, unknown> = {};
  for (const label of LABELS) {
    if (shipped && (!shipped.only.has(label) || (EXTEND && shipped.spec.stackers[label]))) {
      // a label refitted with EXTEND keeps its threshold: only texts a new gate reads as mentions score differently
      text[label] = shipped.policy.text[label];
      continue;
    }
    const lr = (report.labels as Record<string, Record<string, unknown>>)[label];
    const f = fusedDev.get(label);
    if (!f) {
      text[label] = { threshold: 0.5, action: ACTIONS[label], source: `no dev evidence for ${label}: 0.5 on the component's own score (${lr.note ?? "no component"})` };
      continue;
    }
    const y = f.idx.map((i) => rows[i].labels[label] as 0 | 1);
    const set = toScoredSet(f.scores.map((s, k) => ({ score: s, gold: y[k], flagged: false })));
    const best = maxF1(f.scores, y);
    const precise = findPrecisionThreshold(set, BLOCK_PRECISION);
    const rule: Record<string, unknown> = {
      threshold: round(best.threshold, 4),
      action: ACTIONS[label],
      source: `dev max-F1 (F1 ${best.f1.toFixed(3)}, P ${best.precision.toFixed(3)}, R ${best.recall.toFixed(3)}; n=${y.length})`,
    };
    // Labels whose dev evidence is synthetic only: template rows put max-F1 on an arbitrary edge (sextortion: 0.85 or
    // 0.99 differ by 3 of 346 dev positives), so flag from the lowest threshold with dev precision ≥ 0.95 when that is lower.
    if (NO_STACKER.has(label) && precise && precise.threshold < best.threshold) {
      rule.threshold = round(precise.threshold, 4);
      rule.source = `dev precision ≥ ${BLOCK_PRECISION} (P ${precise.precision.toFixed(3)}, R ${precise.recall.toFixed(3)}; n=${y.length}; synthetic-only evidence: max-F1 ${best.threshold.toFixed(4)} sits on an edge)`;
    }
    if (precise && precise.threshold > best.threshold && ACTIONS[label] !== "none") {
      rule.blockAt = round(precise.threshold, 4);
      rule.source += `; blockAt: dev precision ≥ ${BLOCK_PRECISION} (recall ${precise.recall.toFixed(3)})`;
    }
    lr.operatingPoints = { maxF1: best, precision95: precise, atThreshold: evaluateThreshold(set, rule.threshold as number) };
    // Natural rows that do not annotate this label: how often would the threshold flag them? (a sanity check
    // for labels whose dev evidence is synthetic only, e.g. sextortion and doxxing)
    const fz = new Fusion(spec);
    let natural = 0;
    let flaggedNatural = 0;
    rows.forEach((r, i) => {
      if (r.dataset === "synthetic-tfgbv" || r.labels[label] !== null) return;
      natural++;
      const m = new Map<string, number>();
      for (const c of classifiers) {
        const v = raw.get(c.id)?.get(label)?.[i];
        if (v !== undefined && Number.isFinite(v)) m.set(c.id, v);
      }
      if ((fz.fuse(label, m).score ?? 0) >= (rule.threshold as number)) flaggedNatural++;
    });
    lr.unannotatedNaturalRowsFlagged = { rows: natural, flagged: flaggedNatural };
    text[label] = rule;
  }
  const policy = parsePolicy({
    id: "default",
    version: spec.version,
    description: "Default policy: thresholds from dev-split operating points of the shipped fusion (models/fusion/fit.ts).",
    text,
    image: {
      sexual: { threshold: 0.7, action: "review", source: "nsfwjs class probabilities (not calibrated on project data)" },
      suggestive: { threshold: 0.8, action: "none", source: "nsfwjs class probabilities (not calibrated on project data)" },
    },
    bankMatchAction: "block",
    synthetic: { level: "high", action: "review" },
  });
  writeFileSync(POLICY_PATH, JSON.stringify(policy, null, 2) + "\n");
  writeFileSync(REPORT_PATH, JSON.stringify(report, null, 2) + "\n");
  console.log(JSON.stringify(report.labels, null, 1));
  process.exit(0);
}

const round = (x: number, d = 6) => Math.round(x * 10 ** d) / 10 ** d;
const sigmoidOf = (z: number) => 1 / (1 + Math.exp(-z));

/** The dev operating point with the highest F1 (flag when score ≥ threshold). */
function maxF1(scores: number[], y: (0 | 1)[]) {
  let best = { threshold: 1, f1: 0, precision: 0, recall: 0 };
  for (const p of computePrCurve(toScoredSet(scores.map((score, k) => ({ score, gold: y[k], flagged: false }))))) {
    const f1 = (2 * p.precision * p.recall) / (p.precision + p.recall || 1);
    if (f1 > best.f1) best = { threshold: p.threshold, f1, precision: p.precision, recall: p.recall };
  }
  return best;
}

void main();
