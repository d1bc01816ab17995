/**
 * On-device transformer text classifier served through @huggingface/transformers (ONNX Runtime).
 * THE ONLY MODULE THAT IMPORTS @huggingface/transformers (ARCHITECTURE.md); remote models are disabled.
 *
 * Loads any Hugging Face-layout folder (config.json, tokenizer.json, tokenizer_config.json,
 * onnx/model.onnx or onnx/model_quantized.onnx): our own encoder (models/tfgbv-encoder-*) or a model an
 * operator brings (docs/bring-your-own-model.md), whose labels are mapped onto the taxonomy.
 *
 * Example:
 *   const clf = await TransformerClassifier.load({ modelDir: "models/tfgbv-encoder-2l128-v2", dtype: "q8" });
 *   const [r] = await clf.classify([prepared]);          // { scores: { misogyny: 0.93, ... } } (raw, uncalibrated)
 *   const ex = await clf.explain(prepared, ["misogyny"]); // { spans: [{ start, end, label, weight, source }], ... }
 */
import { readFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { AutoModelForSequenceClassification, AutoTokenizer, env, Tensor } from "@huggingface/transformers";
import type { PreTrainedModel, PreTrainedTokenizer } from "@huggingface/transformers";
import { mapSpanToOriginal } from "../../content/text/normalise.js";
import { isLabel, type Label, type LabelScores } from "../../taxonomy.js";
import type { ClassifierResult, PreparedText, Span, TextClassifier } from "../types.js";
import { makeTextCleaner, occlude, segmentForOcclusion, splitIntoWindows } from "./tokenizer-text.js";

env.allowRemoteModels = false;
env.allowLocalModels = true;

export interface TransformerClassifierOptions {
  /** Folder in Hugging Face layout (absolute, or relative to the working directory). */
  modelDir: string;
  /** Classifier id reported in verdicts; defaults to the folder name. */
  id?: string;
  version?: string;
  /** "fp32" loads onnx/model.onnx, "q8" loads onnx/model_quantized.onnx. */
  dtype?: "fp32" | "q8";
  /**
   * Model label name (config.json id2label) -> taxonomy label, or null to ignore it. Names that already
   * are taxonomy labels map to themselves unless listed. A model with no mapped label fails to load.
   */
  labelMap?: Readonly<Record<string, Label | null>>;
  /** sigmoid (multi-label) or softmax (single-label); default from config.json problem_type. */
  activation?: "sigmoid" | "softmax";
  /** Input length including special tokens; default config max_position_embeddings (capped at 512). */
  maxLength?: number;
  /** Long texts are scored in overlapping windows (max over windows); at most this many per text. */
  maxWindows?: number;
  /** Sequences per ONNX run; a classify() call is sorted by length and cut into runs of this size (less padding). */
  batchSize?: number;
  /** ONNX Runtime intra-op threads (default 1: the service scales with a worker pool, not threads). */
  threads?: number;
}

export interface ExplainOptions {
  /** Upper bound on occluded segments (words merged into groups beyond it); cost is segments + 1 passes. */
  maxSegments?: number;
  /** Spans whose score drop is below this are dropped. */
  minWeight?: number;
  /** At most this many spans per label, strongest first. */
  topK?: number;
}

export interface Explanation {
  spans: Span[];
  /** Scores of the unmodified text (raw). */
  scores: LabelScores;
  /** Occlusion cost: forward passes (windows) run and wall time, for the verdict's timings. */
  forwardPasses: number;
  costMs: number;
}

interface ModelConfig {
  id2label?: Record<string, string>;
  problem_type?: string;
  max_position_embeddings?: number;
}

// env.localModelPath is global: loads run one at a time so each resolves against its own folder.
let loadChain: Promise<unknown> = Promise.resolve();

function resolveLabels(config: ModelConfig, labelMap: Readonly<Record<string, Label | null>> | undefined, dir: string) {
  const id2label = config.id2label ?? {};
  const n = Object.keys(id2label).length;
  if (n === 0) throw new Error(`${dir}/config.json has no id2label`);
  const columns: { index: number; label: Label }[] = [];
  for (let i = 0; i < n; i++) {
    const name = id2label[String(i)];
    if (name === undefined) throw new Error(`${dir}/config.json id2label is missing index ${i}`);
    const mapped = labelMap && name in labelMap ? labelMap[name] : isLabel(name) ? name : null;
    if (mapped !== null && mapped !== undefined) {
      if (!isLabel(mapped)) throw new Error(`labelMap maps "${name}" to unknown label "${mapped}"`);
      columns.push({ index: i, label: mapped });
    }
  }
  if (columns.length === 0) {
    throw new Error(`no label of ${dir} maps onto the taxonomy; model labels: ${Object.values(id2label).join(", ")}`);
  }
  return { columns, numLabels: n };
}

export class TransformerClassifier implements TextClassifier {
  readonly labels: readonly Label[];
  private readonly clean: (text: string) => string;
  private readonly prefix: number[];
  private readonly suffix: number[];

  private constructor(
    readonly id: string,
    readonly version: string,
    private readonly tokenizer: PreTrainedTokenizer,
    private readonly model: PreTrainedModel,
    private readonly columns: { index: number; label: Label }[],
    private readonly numLabels: number,
    private readonly activation: "sigmoid" | "softmax",
    readonly maxLength: number,
    private readonly maxWindows: number,
    private readonly batchSize: number,
  ) {
    this.labels = [...new Set(columns.map((c) => c.label))];
    this.clean = makeTextCleaner(tokenizer.all_special_tokens);
    // What the tokenizer wraps every sequence in, learnt from the empty string: e.g. [<s>] ... [</s>].
    const empty = tokenizer.encode("");
    this.prefix = empty.slice(0, Math.min(1, empty.length));
    this.suffix = empty.slice(this.prefix.length);
  }

  /** Loads a Hugging Face-layout folder; fails with the reason (missing file, unmapped labels, bad ONNX). */
  static load(options: TransformerClassifierOptions): Promise<TransformerClassifier> {
    const next = loadChain.then(() => TransformerClassifier.loadNow(options));
    loadChain = next.catch(() => undefined);
    return next;
  }

  private static async loadNow(o: TransformerClassifierOptions): Promise<TransformerClassifier> {
    const dir = resolve(o.modelDir);
    const config = JSON.parse(readFileSync(`${dir}/config.json`, "utf8")) as ModelConfig;
    const { columns, numLabels } = resolveLabels(config, o.labelMap, dir);
    env.localModelPath = `${dirname(dir)}/`;
    const name = basename(dir);
    const tokenizer = await AutoTokenizer.from_pretrained(name, { local_files_only: true });
    const model = await AutoModelForSequenceClassification.from_pretrained(name, {
      local_files_only: true,
      dtype: o.dtype ?? "fp32",
      device: "cpu",
      session_options: { intraOpNumThreads: o.threads ?? 1, interOpNumThreads: 1 },
    });
    const activation = o.activation ?? (config.problem_type === "multi_label_classification" ? "sigmoid" : "softmax");
    const maxLength = o.maxLength ?? Math.min(512, config.max_position_embeddings ?? 128);
    return new TransformerClassifier(o.id ?? name, o.version ?? "1", tokenizer, model, columns, numLabels, activation,
      maxLength, o.maxWindows ?? 4, o.batchSize ?? 16);
  }

  /** Token ids for a (normalised) text, as the model sees them, split into windows. */
  encode(text: string): number[][] {
    const ids = this.tokenizer.encode(this.clean(text));
    return splitIntoWindows(ids, { maxLength: this.maxLength, prefix: this.prefix, suffix: this.suffix, maxWindows: this.maxWindows });
  }

  /** Raw logits per window, batched by similar length. */
  async logits(windows: readonly number[][]): Promise<Float32Array[]> {
    const order = windows.map((_, i) => i).sort((a, b) => windows[a].length - windows[b].length);
    const out = new Array<Float32Array>(windows.length);
    for (let s = 0; s < order.length; s += this.batchSize) {
      const idx = order.slice(s, s + this.batchSize);
      const t = Math.max(...idx.map((i) => windows[i].length));
      const ids = new BigInt64Array(idx.length * t);
      const mask = new BigInt64Array(idx.length * t);
      idx.forEach((w, r) => windows[w].forEach((id, c) => ((ids[r * t + c] = BigInt(id)), (mask[r * t + c] = 1n))));
      const res = (await this.model({
        input_ids: new Tensor("int64", ids, [idx.length, t]),
        attention_mask: new Tensor("int64", mask, [idx.length, t]),
      })) as { logits: Tensor };
      const data = res.logits.data as Float32Array;
      if (data.length !== idx.length * this.numLabels) {
        throw new Error(`model returned ${data.length} logits for ${idx.length} sequences x ${this.numLabels} labels`);
      }
      idx.forEach((w, r) => (out[w] = data.slice(r * this.numLabels, (r + 1) * this.numLabels)));
    }
    return out;
  }

  private toScores(logits: Float32Array): LabelScores {
    let probs: Float64Array;
    if (this.activation === "sigmoid") probs = Float64Array.from(logits, (z) => 1 / (1 + Math.exp(-z)));
    else {
      const m = Math.max(...logits);
      const e = Float64Array.from(logits, (z) => Math.exp(z - m));
      const sum = e.reduce((a, b) => a + b, 0);
      probs = e.map((v) => v / sum);
    }
    const scores: LabelScores = {};
    // several model labels may map onto one taxonomy label: keep the strongest
    for (const { index, label } of this.columns) scores[label] = Math.max(scores[label] ?? 0, probs[index]);
    return scores;
  }

  /** Scores plain strings (already normalised); one result per string, max over its windows. */
  async scoreTexts(texts: readonly string[]): Promise<LabelScores[]> {
    const windows: number[][] = [];
    const owner: number[] = [];
    texts.forEach((t, i) => this.encode(t).forEach((w) => (windows.push(w), owner.push(i))));
    const logits = await this.logits(windows);
    const out: LabelScores[] = texts.map(() => ({}));
    logits.forEach((l, k) => {
      const s = this.toScores(l);
      const acc = out[owner[k]];
      for (const label of this.labels) acc[label] = Math.max(acc[label] ?? 0, s[label] ?? 0);
    });
    return out;
  }

  async classify(texts: readonly PreparedText[]): Promise<ClassifierResult[]> {
    const scores = await this.scoreTexts(texts.map((t) => t.normalised));
    return scores.map((s) => ({ scores: s }));
  }

  /**
   * Occlusion explanation: removes one word (or group of words) at a time and reports, per requested
   * label, the ranges of the ORIGINAL text whose removal lowers the score most (weight = score drop).
   * Costs one forward pass per segment plus one, batched (see `forwardPasses` / `costMs`).
   */
  async explain(text: PreparedText, labels: readonly Label[], o: ExplainOptions = {}): Promise<Explanation> {
    const t0 = performance.now();
    const wanted = labels.filter((l) => this.labels.includes(l));
    const segments = segmentForOcclusion(text.normalised, o.maxSegments ?? 48);
    const variants = [text.normalised, ...segments.map((s) => occlude(text.normalised, s))];
    const forwardPasses = variants.reduce((n, v) => n + this.encode(v).length, 0);
    const [base, ...occluded] = wanted.length && segments.length ? await this.scoreTexts(variants) : await this.scoreTexts([text.normalised]);
    const spans: Span[] = [];
    for (const label of wanted) {
      const drops = occluded
        .map((s, i) => ({ seg: segments[i], weight: (base[label] ?? 0) - (s[label] ?? 0) }))
        .filter((d) => d.weight >= (o.minWeight ?? 0.05))
        .sort((a, b) => b.weight - a.weight)
        .slice(0, o.topK ?? 5);
      for (const d of drops) {
        const { start, end } = mapSpanToOriginal(text.offsets, d.seg.start, d.seg.end);
        spans.push({ start, end, label, weight: Number(d.weight.toFixed(4)), source: `occlusion:${this.id}` });
      }
    }
    return { spans, scores: base, forwardPasses, costMs: performance.now() - t0 };
  }
}
