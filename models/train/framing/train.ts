/**
 * Builds the learnt framing model (`npm run train:framing`): a binary fastText classifier that tells a MENTION of
 * abuse (counter-speech quoting it, a survivor's report, news, a helpline, a negated slur) from a USE of it (abuse
 * aimed at someone), in every language of the project's synthetic data. Serving: src/classifiers/framing/
 * mention-classifier.ts; the fusion stacker learns on dev how far a mention lowers the learnt models' evidence.
 *
 *   npm run train:framing            # writes models/framing/mention.bin and its manifest entry
 *
 * Data:
 * - MENTION and USE rows from the train split of the project's synthetic data (models/train/synthetic, written for
 *   this project, Apache-2.0; regenerated here and checked against data.lock.json). The synthetic dev split stays out,
 *   because the fusion is fitted on it.
 * - USE rows from natural text: train-split rows of ../shared/data/train labelled misogyny, sexual_harassment, threat
 *   or hate (at most NATURAL_USE_PER_DATASET per dataset). Without them the model read natural abusive statements
 *   ("women should …") as mentions, and the gate lowered natural test sets' ROC-AUC (EDOS misogyny 0.836 → 0.818).
 *   No shared dataset labels mentions, so the mention class is written for this project only.
 * - MENTION and USE rows from the cue lists' development sentences (models/detectors/dev, written for this project by
 *   several rounds of writers), the kinds read as one or the other by dev-framing.ts. They are other writers' wording
 *   of the same frames; one round (DEV_HELD_OUT_ROUND) is first held out and scored (`training.crossWriterDevRows`).
 *
 * Before the shipped model, the recipe measures transfer between the two writers of the templates: a model trained on
 * one writer's rows scores the other writer's rows (ROC-AUC, mention vs use, per language). The numbers go into the
 * manifest entry (`training.crossWriter`); they are the honest estimate of how the model meets wording it has not seen.
 *
 * Needs Debian's `fasttext` (apt-get install fasttext). One thread and a fixed seed: rebuilds are bit-identical.
 * The model ships unquantized (10 MB with 50,000 hash buckets): quantizing cost 0.02 ROC-AUC across writers.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { computeRocAuc, toScoredSet } from "../../../eval/lib/metrics.js";
import { FASTTEXT_FEATURES_VERSION, toFastTextInput } from "../../../src/classifiers/fasttext/features.js";
import { createFastTextRuntime, type FastTextModel } from "../../../src/classifiers/fasttext/runtime.js";
import { MENTION_MODEL_ID, mentionProbability } from "../../../src/classifiers/framing/mention-classifier.js";
import { sha256Hex } from "../../../src/classifiers/manifest.js";
import { normaliseText } from "../../../src/content/text/normalise.js";
import { loadTrainingSet, readJsonl, sharedDataProvenance, type DataRow } from "../fasttext/data.js";
import { ensureSyntheticData } from "../synthetic/generate.js";
import { DEV_ROWS_DATASET, detectorDevRows, devRowLabel } from "../fasttext/dev-rows.js";
import { devRowFraming, devRowRound } from "./dev-framing.js";

const ROOT = resolve(import.meta.dirname, "../../..");
const WORK = resolve(ROOT, process.env.WORK ?? "models/train/framing/work");
const OUT = join(ROOT, "models/framing/mention.bin");
const VERSION = process.env.MODEL_VERSION ?? "1";

/** Functionalities of the synthetic generator, by framing. The others (benign statements, reclaimed and neutral uses, photos) are left out. */
export const MENTION_FUNCTIONALITIES = ["counter_quote_nh", "report_nh", "news_nh", "helpline_nh", "negate_neg_nh"] as const;
export const USE_FUNCTIONALITIES = [
  "derog_slur_h", "derog_slur_h_obf", "stereotype_h", "threat_h", "threat_h_obf", "threat_indiv_h", "sexual_h",
  "sextortion_h", "doxxing_h", "doxxing_h_obf", "hate_other_h", "insult_nonprot_nh",
] as const;
const NATURAL_USE_LABELS = ["misogyny", "sexual_harassment", "threat", "hate"] as const;
const NATURAL_USE_PER_DATASET = 3000;
/** The development sentences' writer round held out for the cross-writer check (dev-framing.ts devRowRound). */
const DEV_HELD_OUT_ROUND = "s12";
const DATA_DIR = resolve(ROOT, process.env.DATA_DIR ?? "../shared/data/train");
const HYPER = ["-dim", "16", "-epoch", "5", "-lr", "0.5", "-wordNgrams", "2", "-minn", "3", "-maxn", "4", "-bucket", "50000", "-thread", "1", "-seed", "1", "-loss", "softmax"];

interface Row {
  input: string;
  y: "mention" | "use";
  /** "natural" for shared-data rows, "dev" for the cue lists' development sentences. */
  writer: "w1" | "w4" | "natural" | "dev";
  /** Template file (language), shared dataset, or for dev rows `<label>:<writer round>`. */
  file: string;
}

const isNaturalUse = (r: DataRow): boolean => NATURAL_USE_LABELS.some((l) => r.labels[l] === 1);

/** Natural abuse rows of one split, as USE rows, at most `cap` per dataset (a deterministic sample). */
function naturalUse(rows: readonly DataRow[], cap: number): Row[] {
  const byDataset = new Map<string, DataRow[]>();
  for (const r of rows) {
    if (!isNaturalUse(r)) continue;
    const list = byDataset.get(r.dataset);
    if (list) list.push(r);
    else byDataset.set(r.dataset, [r]);
  }
  return [...byDataset.entries()].sort(([a], [b]) => a.localeCompare(b)).flatMap(([dataset, rs]) =>
    shuffled(rs)
      .slice(0, cap)
      .map((r): Row => ({ input: toFastTextInput(normaliseText(r.text).normalised), y: "use", writer: "natural", file: dataset })),
  );
}

function loadRows(path: string): Row[] {
  const mention = new Set<string>(MENTION_FUNCTIONALITIES);
  const use = new Set<string>(USE_FUNCTIONALITIES);
  const rows: Row[] = [];
  for (const r of readJsonl(path)) {
    const y = mention.has(r.functionality ?? "") ? "mention" : use.has(r.functionality ?? "") ? "use" : null;
    if (!y) continue;
    // ids are synthetic-tfgbv:<file>:<n>; the second writer's files are <lang>.w4
    const file = r.id.split(":")[1];
    rows.push({ input: toFastTextInput(normaliseText(r.text).normalised), y, writer: file.endsWith(".w4") ? "w4" : "w1", file: file.replace(/\.w4$/, "") });
  }
  return rows;
}

/** The development sentences that are a mention or a use (dev-framing.ts); the others are left out. */
function devRows(): Row[] {
  const rows: Row[] = [];
  for (const r of detectorDevRows()) {
    const label = devRowLabel(r);
    const y = devRowFraming(label, r.functionality, r.labels[label] as 0 | 1);
    if (y) rows.push({ input: toFastTextInput(normaliseText(r.text).normalised), y, writer: "dev", file: `${label}:${devRowRound(r.functionality)}` });
  }
  return rows;
}

/** A deterministic shuffle (fastText's SGD sees rows in file order). */
function shuffled<T>(xs: readonly T[], seed = 1): T[] {
  const a = [...xs];
  let s = seed >>> 0;
  for (let i = a.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

function train(rows: readonly Row[], name: string): Buffer {
  const input = join(WORK, `${name}.txt`);
  writeFileSync(input, shuffled(rows).map((r) => `__label__${r.y} ${r.input}`).join("\n") + "\n");
  execFileSync("nice", ["-n", "10", "fasttext", "supervised", "-input", input, "-output", join(WORK, name), ...HYPER, "-verbose", "0"], { stdio: "inherit" });
  return readFileSync(join(WORK, `${name}.bin`));
}

function auc(model: FastTextModel, rows: readonly Row[]): number | null {
  const set = toScoredSet(rows.map((r) => ({ score: mentionProbability(model, r.input), gold: (r.y === "mention" ? 1 : 0) as 0 | 1, flagged: false })));
  const v = computeRocAuc(set);
  return v === null ? null : Math.round(v * 1000) / 1000;
}

async function main() {
  try {
    execFileSync("sh", ["-c", "command -v fasttext"], { stdio: "ignore" });
  } catch {
    console.error("fasttext not found: apt-get install -y fasttext");
    process.exit(1);
  }
  const data = ensureSyntheticData();
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  const shared = loadTrainingSet(DATA_DIR);
  const natural = naturalUse(shared.train, NATURAL_USE_PER_DATASET);
  const templated = [...loadRows(data.train), ...natural];
  const dev = devRows();
  const runtime = await createFastTextRuntime();

  // Transfer between writers: train on one, score the other.
  const crossWriter: Record<string, unknown> = {};
  for (const [from, to] of [["w1", "w4"], ["w4", "w1"]] as const) {
    const model = runtime.loadModel(train(templated.filter((r) => r.writer === from || r.writer === "natural"), `cross-${from}`));
    const test = templated.filter((r) => r.writer === to);
    const perFile: Record<string, number | null> = {};
    for (const f of [...new Set(test.map((r) => r.file))].sort()) perFile[f] = auc(model, test.filter((r) => r.file === f));
    const rocAuc = auc(model, test);
    crossWriter[`${from}->${to}`] = { rows: test.length, rocAuc, perFile };
    console.log(`trained on ${from}, scored ${to}: ROC-AUC ${rocAuc} (${test.length} rows)`);
  }

  // The development sentences, measured the same way: one writer round held out, scored by a model without any
  // development rows and by one trained on the other rounds'.
  const isHeldOut = (r: Row) => r.file.endsWith(`:${DEV_HELD_OUT_ROUND}`);
  const heldOut = dev.filter(isHeldOut);
  const crossRound: Record<string, unknown> = { heldOutRound: DEV_HELD_OUT_ROUND, rows: heldOut.length };
  for (const [name, trainRows] of [
    ["withoutDevRows", templated],
    ["withOtherRounds", [...templated, ...dev.filter((r) => !isHeldOut(r))]],
  ] as const) {
    const model = runtime.loadModel(train(trainRows, `round-${name}`));
    const perLabel: Record<string, number | null> = {};
    for (const label of [...new Set(heldOut.map((r) => r.file.split(":")[0]))].sort()) perLabel[label] = auc(model, heldOut.filter((r) => r.file.startsWith(`${label}:`)));
    const rocAuc = auc(model, heldOut);
    crossRound[name] = { rocAuc, perLabel };
    console.log(`development round ${DEV_HELD_OUT_ROUND} held out, ${name}: ROC-AUC ${rocAuc} (${heldOut.length} rows) ${JSON.stringify(perLabel)}`);
  }

  const rows = [...templated, ...dev];
  const bytes = train(rows, "mention");
  // Natural abuse the model reads as a mention (dev split of train/; the gate would lower these): the cost side.
  const model = runtime.loadModel(bytes);
  const naturalDev: Record<string, { rows: number; readAsMention: number }> = {};
  for (const r of naturalUse(shared.dev, Infinity)) {
    const d = (naturalDev[r.file] ??= { rows: 0, readAsMention: 0 });
    d.rows++;
    if (mentionProbability(model, r.input) >= 0.5) d.readAsMention++;
  }
  for (const [dataset, d] of Object.entries(naturalDev)) console.log(`dev ${dataset}: ${d.readAsMention} of ${d.rows} abusive rows read as a mention`);
  mkdirSync(join(ROOT, "models/framing"), { recursive: true });
  writeFileSync(OUT, bytes);
  const manifestPath = join(ROOT, "models/manifest.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { models: { id: string }[] };
  const entry = {
    id: MENTION_MODEL_ID,
    version: VERSION,
    task: "text-classification",
    kind: "fasttext",
    problemType: "single-label-softmax",
    labels: ["mention", "use"],
    note:
      "framing, not a harm label: P(mention) that a text reports, quotes, condemns, negates or reports on abuse rather than aiming it at someone; " +
      "a gate on fastText's and the lexicon's misogyny evidence in the fusion (src/classifiers/framing/mention-classifier.ts; " +
      "EXTEND=1 ONLY_LABELS=misogyny npm run fit:fusion fits its weights; models/framing/README.md)",
    // a rebuild keeps the switch as it was; a first build starts off
    enabled: (manifest.models.find((m) => m.id === MENTION_MODEL_ID) as { enabled?: boolean } | undefined)?.enabled ?? false,
    files: [{ path: relative(ROOT, OUT), sha256: sha256Hex(bytes), bytes: bytes.length }],
    calibration: null,
    training: {
      data: [
        ...sharedDataProvenance(DATA_DIR, new Set(natural.map((r) => r.file))),
        { dataset: "synthetic-tfgbv", name: "Project-written synthetic TFGBV rows (models/train/synthetic), train split", licence: "Apache-2.0 (written for this project)", source: "this repository" },
        { dataset: DEV_ROWS_DATASET, name: "The cue lists' development sentences (models/detectors/dev), the kinds read as a mention or a use (models/train/framing/dev-framing.ts)", licence: "Apache-2.0 (written for this project)", source: "this repository" },
      ],
      rows: {
        mention: rows.filter((r) => r.y === "mention").length,
        useSynthetic: rows.filter((r) => r.y === "use" && (r.writer === "w1" || r.writer === "w4")).length,
        useNatural: natural.length,
        mentionDevRows: dev.filter((r) => r.y === "mention").length,
        useDevRows: dev.filter((r) => r.y === "use").length,
      },
      naturalUse: { labels: NATURAL_USE_LABELS, perDatasetCap: NATURAL_USE_PER_DATASET, datasets: [...new Set(natural.map((r) => r.file))] },
      naturalDevReadAsMention: naturalDev,
      functionalities: { mention: MENTION_FUNCTIONALITIES, use: USE_FUNCTIONALITIES },
      hyperparameters: HYPER.join(" "),
      featuresVersion: FASTTEXT_FEATURES_VERSION,
      crossWriter,
      crossWriterDevRows: crossRound,
      recipe: "npm run train:framing (models/train/framing/train.ts)",
    },
    card: "models/framing/README.md",
  };
  const at = manifest.models.findIndex((m) => m.id === entry.id);
  if (at >= 0) manifest.models[at] = entry;
  else manifest.models.push(entry);
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + "\n");
  console.log(`wrote ${relative(ROOT, OUT)} (${bytes.length} bytes, ${rows.length} rows) and its entry in models/manifest.json`);
}

void main();
