import { createHash } from "node:crypto";
import type { LRUCache } from "lru-cache";
import type { PreparedText, Span, TextClassifier } from "../classifiers/types.js";
import type { Metrics } from "../metrics.js";
import { actionFor, decide, ruleFor } from "../policy/policy.js";
import type { Action, Policy } from "../policy/schema.js";
import { LABELS, type Label } from "../taxonomy.js";
import type { Fusion } from "./fusion.js";
import type { ComponentError, LabelVerdict, LanguageVerdict, ModelRef, Verdict } from "./verdict.js";

/** The normaliser: evasion-resistant normal form plus a map back to the original offsets. */
export type Normaliser = (original: string) => { normalised: string; offsets: Int32Array };

export interface LanguageGuess {
  code: string;
  confidence: number;
  romanized?: boolean;
}
export interface LanguageIdentifierLike {
  readonly id: string;
  readonly version: string;
  identify(text: string): LanguageGuess;
}

export interface TextScoringDeps {
  normalise: Normaliser;
  langid: LanguageIdentifierLike | null;
  classifiers: readonly TextClassifier[];
  fusion: Fusion;
  policies: ReadonlyMap<string, Policy>;
  defaultPolicy: string;
  cache: LRUCache<string, Verdict> | null;
  metrics: Metrics;
}

export interface TextItem {
  text: string;
  /** Caller's language hint (ISO 639-1/3); wins over detection. */
  language?: string;
  explain?: boolean;
  /** Policy id; the default policy when absent. */
  policy?: string;
}

export class UnknownPolicyError extends Error {
  constructor(
    readonly policy: string,
    readonly known: string[],
  ) {
    super(`unknown policy "${policy}"; known: ${known.join(", ")}`);
    this.name = "UnknownPolicyError";
  }
}

const NOT_COVERED = "no component covers this label yet";
/**
 * Classifiers see a batch in chunks, with a turn of the event loop between chunks: synchronous classifiers
 * (WASM fastText, lexicon and detector regexes) then never hold the loop for more than one chunk, so a large
 * batch does not stall other requests on a 2-core machine.
 */
export const CLASSIFY_CHUNK = 32;
const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

async function classifyChunked(c: TextClassifier, batch: readonly PreparedText[]) {
  if (batch.length <= CLASSIFY_CHUNK) return c.classify(batch);
  const out = [];
  for (let i = 0; i < batch.length; i += CLASSIFY_CHUNK) {
    if (i > 0) await nextTick();
    out.push(...(await c.classify(batch.slice(i, i + CLASSIFY_CHUNK))));
  }
  return out;
}
const round = (x: number) => Math.round(x * 1e6) / 1e6;
const sha256 = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");

/**
 * scoreText / scoreTextBatch: normalise → language id → classifiers → calibrated fusion → policy → Verdict.
 * One classifier failing adds an error entry and the others still run; a label nothing covers is null, never 0.
 * Raw text is never a cache key or a log field: keys hash the normalised text with model and policy versions.
 */
export class TextScoringService {
  private readonly modelsKey: string;

  constructor(private readonly deps: TextScoringDeps) {
    const ids = [
      ...deps.classifiers.map((c) => `${c.id}@${c.version}`),
      deps.langid ? `${deps.langid.id}@${deps.langid.version}` : "",
      `fusion@${deps.fusion.spec.version}`,
    ];
    this.modelsKey = sha256(ids.join("|")).slice(0, 16);
  }

  get models(): ModelRef[] {
    const refs: ModelRef[] = this.deps.classifiers.map((c) => ({ id: c.id, version: c.version, kind: "text-classifier" }));
    if (this.deps.langid) refs.push({ id: this.deps.langid.id, version: this.deps.langid.version, kind: "language-id" });
    refs.push({ id: "fusion", version: this.deps.fusion.spec.version, kind: "calibration" });
    return refs;
  }

  policy(id: string | undefined): Policy {
    const key = id ?? this.deps.defaultPolicy;
    const p = this.deps.policies.get(key);
    if (!p) throw new UnknownPolicyError(key, [...this.deps.policies.keys()]);
    return p;
  }

  async scoreText(item: TextItem, requestId: string): Promise<Verdict> {
    const [v] = await this.scoreTextBatch([item], [requestId]);
    return v;
  }

  private readonly caveatCache = new Map<string, string | null>();

  /** The classifiers' caveats for a language (see TextClassifier.languageCaveat), joined; cached per language. */
  private languageCaveats(language: string): string | null {
    let caveats = this.caveatCache.get(language);
    if (caveats === undefined) {
      const parts = this.deps.classifiers.map((c) => c.languageCaveat?.(language) ?? null).filter((x): x is string => !!x);
      caveats = parts.length ? parts.join("; ") : null;
      if (this.caveatCache.size < 1000) this.caveatCache.set(language, caveats);
    }
    return caveats;
  }

  async scoreTextBatch(items: readonly TextItem[], requestIds: readonly string[]): Promise<Verdict[]> {
    const t0 = performance.now();
    const policies = items.map((it) => this.policy(it.policy)); // throws before any work on an unknown policy
    const out: (Verdict | undefined)[] = new Array(items.length);
    const stages: Record<string, number> = {};
    const stage = <T>(name: string, fn: () => T): T => {
      const s = performance.now();
      try {
        return fn();
      } finally {
        stages[name] = (stages[name] ?? 0) + (performance.now() - s);
      }
    };

    // 1. normalise and identify the language (cheap, synchronous)
    const prepared: PreparedText[] = [];
    const langs: LanguageVerdict[] = [];
    const langErrors: (ComponentError | null)[] = [];
    const keys: string[] = [];
    for (const it of items) {
      const { normalised, offsets } = stage("normalise", () => this.deps.normalise(it.text));
      let lang: LanguageVerdict;
      let err: ComponentError | null = null;
      if (it.language) {
        lang = { code: it.language.toLowerCase(), confidence: 1, source: "hint", measured: false };
      } else {
        try {
          const g = stage("langid", () => this.deps.langid?.identify(it.text) ?? null);
          lang = g
            ? { code: g.code, confidence: round(g.confidence), source: "detected", measured: false, ...(g.romanized ? { romanized: true } : {}) }
            : { code: "und", confidence: 0, source: "detected", measured: false, note: "no language identifier loaded" };
        } catch (e) {
          err = { component: this.deps.langid?.id ?? "langid", code: "langid_failed", message: String((e as Error).message ?? e) };
          lang = { code: "und", confidence: 0, source: "detected", measured: false, note: "language identification failed" };
        }
      }
      lang.measured = this.deps.fusion.spec.measuredLanguages.includes(lang.code);
      if (!lang.measured) lang.note ??= `no evaluation number for language "${lang.code}": treat scores with caution`;
      const caveats = this.languageCaveats(lang.code);
      if (caveats) lang.note = lang.note ? `${lang.note}; ${caveats}` : caveats;
      prepared.push({ original: it.text, normalised, offsets, language: lang.code });
      langs.push(lang);
      langErrors.push(err);
      keys.push(`${this.modelsKey}:${policies[prepared.length - 1].id}@${policies[prepared.length - 1].version}:${lang.code}:${it.explain ? 1 : 0}:${sha256(normalised)}`);
    }

    // 2. cache
    const todo: number[] = [];
    for (let i = 0; i < items.length; i++) {
      const hit = langErrors[i] ? undefined : this.deps.cache?.get(keys[i]);
      this.deps.metrics.cacheLookups.inc({ result: hit ? "hit" : "miss" });
      if (hit) {
        out[i] = { ...hit, id: requestIds[i], cached: true, timing: { totalMs: 0, stages: {} } };
      } else todo.push(i);
    }

    if (todo.length) {
      // 3. classifiers, concurrently, each failing on its own
      const batch = todo.map((i) => prepared[i]);
      const results = await Promise.all(
        this.deps.classifiers.map(async (c) => {
          const s = performance.now();
          try {
            const r = await classifyChunked(c, batch);
            if (r.length !== batch.length) throw new Error(`returned ${r.length} results for ${batch.length} texts`);
            return { c, r, error: null as ComponentError | null };
          } catch (e) {
            this.deps.metrics.inferenceErrors.inc({ component: c.id });
            return { c, r: null, error: { component: c.id, code: "classifier_failed", message: String((e as Error)?.message ?? e) } };
          } finally {
            const ms = performance.now() - s;
            stages[c.id] = ms;
            this.deps.metrics.inferenceDuration.observe({ classifier: c.id }, ms / 1000);
          }
        }),
      );

      // 4. fusion + policy
      const tFuse = performance.now();
      const explainJobs: Array<{ i: number; flagged: Label[] }> = [];
      todo.forEach((i, j) => {
        const item = items[i];
        const policy = policies[i];
        const errors: ComponentError[] = [];
        if (langErrors[i]) errors.push(langErrors[i]!);
        const modelScores: Record<string, Record<string, number>> = {};
        const spans: Span[] = [];
        const rawByLabel = new Map<Label, Map<string, number>>();
        /** Where components found counter-evidence in this text (fusion `vetoes`). */
        const counterSpans: { start: number; end: number; source: string }[] = [];
        const failed = new Set<string>();
        for (const { c, r, error } of results) {
          if (error) {
            errors.push(error);
            failed.add(c.id);
            continue;
          }
          const res = r![j];
          modelScores[c.id] = {};
          for (const label of c.labels) {
            const raw = res.scores[label];
            if (raw === undefined || !Number.isFinite(raw)) continue;
            modelScores[c.id][label] = round(raw);
            let m = rawByLabel.get(label);
            if (!m) rawByLabel.set(label, (m = new Map()));
            m.set(c.id, raw);
          }
          if (res.spans) spans.push(...res.spans);
          for (const { start, end } of res.counter ?? []) counterSpans.push({ start, end, source: c.id });
        }
        const counterBy = new Set(counterSpans.map((s) => s.source));
        const labels: Record<string, LabelVerdict> = {};
        const actions: Action[] = [];
        const reasons: string[] = [];
        const fusedBy = new Map(
          LABELS.map((label) => {
            const raws = rawByLabel.get(label) ?? new Map<string, number>();
            return [label, { raws, fused: this.deps.fusion.fuse(label, raws), rule: ruleFor(policy.text[label], prepared[i].language) }] as const;
          }),
        );
        // flagged before any veto: a veto's `unlessFlagged` labels are never vetoed themselves
        const flaggedBefore = new Set(LABELS.filter((l) => { const { fused, rule } = fusedBy.get(l)!; return fused.score !== null && actionFor(round(fused.score), rule).flagged; }));
        for (const label of LABELS) {
          const { raws, fused, rule } = fusedBy.get(label)!;
          const veto = fused.score === null ? null : this.deps.fusion.vetoFor(label, { counterBy, raws: rawByLabel, failed, flagged: flaggedBefore });
          const capped = veto !== null && fused.score! > veto.cap;
          const score = fused.score === null ? null : round(capped ? veto!.cap : fused.score);
          const { flagged, action } = actionFor(score, rule);
          const lv: LabelVerdict = { score, threshold: rule.threshold, flagged };
          if (score === null) {
            const covering = this.deps.classifiers.filter((c) => c.labels.includes(label));
            lv.note = covering.length ? `every component covering this label failed (${covering.map((c) => c.id).join(", ")})` : NOT_COVERED;
          } else if (!flagged && capped && flaggedBefore.has(label)) {
            lv.note = `below the threshold because the text reads as a positive statement about a group (${veto!.by.join(", ")}), which caps the score at ${veto!.cap}; ${round(fused.score!).toFixed(3)} without that reading`;
          } else if (!flagged) {
            // A reviewer seeing an abusive word in a text that was not flagged should know why.
            const gated = this.deps.fusion.gateEffect(label, raws);
            if (gated && actionFor(round(gated.ungated), rule).flagged) {
              lv.note = `below the threshold because the text reads as a mention of abuse (reported, quoted, condemned, negated or in the news) by ${gated.by.join(", ")}; ${round(gated.ungated).toFixed(3)} without that reading`;
            }
          }
          labels[label] = lv;
          if (flagged) {
            actions.push(action);
            reasons.push(`${label} ${score!.toFixed(3)} ≥ ${rule.threshold} → ${action}`);
          }
        }
        const flaggedLabels = new Set(LABELS.filter((l) => labels[l].flagged));
        const shownSpans = (item.explain ? spans : spans.filter((s) => flaggedLabels.has(s.label))).sort(
          (a, b) => a.start - b.start || b.weight - a.weight,
        );
        const v: Verdict = {
          id: requestIds[i],
          kind: "text",
          content: { sha256: sha256(item.text), length: item.text.length },
          labels,
          decision: decide(actions),
          reasons,
          language: langs[i],
          spans: shownSpans,
          models: this.models,
          policy: { id: policy.id, version: policy.version },
          timing: { totalMs: 0, stages: {} },
          errors,
          cached: false,
        };
        if (item.explain) {
          v.modelScores = modelScores;
          if (counterSpans.length) v.counterSpans = counterSpans.sort((a, b) => a.start - b.start);
          if (flaggedLabels.size) explainJobs.push({ i, flagged: [...flaggedLabels] });
        }
        out[i] = v;
      });
      stages.fusion = performance.now() - tFuse;

      // 5. costly explanations (occlusion) for flagged labels of explain requests only
      const explainers = this.deps.classifiers.filter((c) => c.explain);
      for (const { i, flagged } of explainJobs) {
        for (const c of explainers) {
          const labelsFor = flagged.filter((l) => c.labels.includes(l));
          if (!labelsFor.length) continue;
          const s = performance.now();
          try {
            const { spans } = await c.explain!(prepared[i], labelsFor);
            out[i]!.spans = [...(out[i]!.spans ?? []), ...spans].sort((a, b) => a.start - b.start || b.weight - a.weight);
          } catch (e) {
            out[i]!.errors.push({ component: c.id, code: "explain_failed", message: String((e as Error)?.message ?? e) });
          } finally {
            stages[`explain:${c.id}`] = (stages[`explain:${c.id}`] ?? 0) + (performance.now() - s);
          }
        }
      }
      for (const i of todo) if (out[i]!.errors.length === 0) this.deps.cache?.set(keys[i], out[i]!);
    }

    // timing.totalMs covers the whole call: for a batch, the batch.
    const total = performance.now() - t0;
    const roundedStages = Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));
    return out.map((v) =>
      v!.cached ? v! : { ...v!, timing: { totalMs: Math.round(total * 1000) / 1000, stages: roundedStages } },
    );
  }
}
