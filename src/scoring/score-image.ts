import type { DecodedImage, ImageLimits } from "../content/image/decode.js";
import { HashQueueFullError } from "../content/image/hash-pool.js";
import type { Metrics } from "../metrics.js";
import { actionFor, decide, ruleFor } from "../policy/policy.js";
import type { Action, Policy } from "../policy/schema.js";
import { IMAGE_LABELS, type ImageLabel } from "../taxonomy.js";
import type { TextItem } from "./score-text.js";
import { UnknownPolicyError } from "./score-text.js";
import type { ComponentError, LabelVerdict, ModelRef, Verdict } from "./verdict.js";

export type { Evidence as SyntheticEvidence } from "../signals/evidence.js";
import type { Evidence as SyntheticEvidence } from "../signals/evidence.js";
import type { SyntheticAssessment, SyntheticLikelihood } from "../signals/synthetic.js";

type PdqLike = { hash: string; quality: number; dihedrals: Record<string, string> };

export interface BankMatchLike {
  bank: string;
  entryId: string;
  signal: string;
  distance: number;
  metadata: Record<string, unknown>;
  dihedral?: string;
}

/**
 * The image pipeline's parts, each optional and each failing on its own:
 * decode (limits) → hashes (PDQ + dihedrals, MD5, SHA-256) → bank matches → safety classifier →
 * provenance + invisible watermarks → synthetic-media likelihood → (OCR text → text path) → policy → Verdict.
 */
export interface ImageScoringDeps {
  limits: ImageLimits;
  decode(bytes: Uint8Array, limits: ImageLimits): Promise<DecodedImage>;
  /** PDQ of the decoded image; may run on a hashing thread. Rejects with HashQueueFullError when that pool is full. */
  hashPdq(img: DecodedImage): PdqLike | null | Promise<PdqLike | null>;
  cryptoHashes(bytes: Uint8Array): { md5: string; sha256: string };
  banks: {
    match(
      q: { pdq?: string; md5?: string; sha256?: string; quality?: number; dihedrals?: Record<string, string> },
      opts?: { dihedral?: boolean },
    ): BankMatchLike[];
  } | null;
  nsfw: { id: string; version: string; classify(img: DecodedImage): Promise<Record<ImageLabel, number>> } | null;
  /** Provenance evidence; `errors` are metadata that could not be read (malformed boxes, chunks). */
  provenance: ((bytes: Uint8Array) => Promise<{ evidence: SyntheticEvidence[]; errors: { component: string; message: string }[] }>) | null;
  watermarks: ((img: DecodedImage) => SyntheticEvidence[]) | null;
  assessSynthetic(evidence: SyntheticEvidence[]): SyntheticAssessment;
  /** Text found in the image (OCR). Not implemented yet: when present, its text is scored by the text path. */
  ocr?: ((img: DecodedImage) => Promise<string>) | null;
  scoreText?: (item: TextItem, requestId: string) => Promise<Verdict>;
  extraModels?: ModelRef[];
  policies: ReadonlyMap<string, Policy>;
  defaultPolicy: string;
  metrics: Metrics;
}

const LEVELS: SyntheticLikelihood[] = ["unknown", "low", "medium", "high"];
const round = (x: number) => Math.round(x * 1e6) / 1e6;
const ms = (t: number) => Math.round((performance.now() - t) * 1000) / 1000;

export class ImageScoringService {
  constructor(private readonly deps: ImageScoringDeps) {}

  get models(): ModelRef[] {
    const refs: ModelRef[] = [];
    if (this.deps.nsfw) refs.push({ id: this.deps.nsfw.id, version: this.deps.nsfw.version, kind: "image-classifier" });
    return [...refs, ...(this.deps.extraModels ?? [])];
  }

  async scoreImage(bytes: Uint8Array, opts: { explain: boolean; policy?: string; dihedral: boolean }, requestId: string): Promise<Verdict> {
    const t0 = performance.now();
    const policyId = opts.policy ?? this.deps.defaultPolicy;
    const policy = this.deps.policies.get(policyId);
    if (!policy) throw new UnknownPolicyError(policyId, [...this.deps.policies.keys()]);
    const stages: Record<string, number> = {};
    const errors: ComponentError[] = [];
    const observe = (stage: string, t: number) => {
      stages[stage] = ms(t);
      this.deps.metrics.imageStageDuration.observe({ stage }, stages[stage] / 1000);
    };
    const fail = (component: string, e: unknown) => {
      this.deps.metrics.inferenceErrors.inc({ component });
      errors.push({ component, code: `${component}_failed`, message: String((e as Error)?.message ?? e) });
    };

    // decode: its errors (limits, malformed, unsupported) are the caller's problem → thrown as 4xx
    const t = performance.now();
    const img = await this.deps.decode(bytes, this.deps.limits);
    observe("decode", t);

    const hashStart = performance.now();
    const exact = this.deps.cryptoHashes(bytes);
    // PDQ runs while the other stages start (it may be on a hashing thread); only bank matching waits for it.
    const pdqP = (async () => {
      try {
        return await this.deps.hashPdq(img);
      } catch (e) {
        if (e instanceof HashQueueFullError) throw e; // overloaded: refuse the request (503) rather than match without PDQ
        fail("pdq", e);
        return null;
      } finally {
        observe("hash", hashStart);
      }
    })();

    // independent stages run concurrently; each failure is recorded and the rest go on
    const matchP = (async () => {
      const pdq = await pdqP;
      if (!this.deps.banks) return [] as BankMatchLike[];
      const s = performance.now();
      try {
        return this.deps.banks.match(
          { pdq: pdq?.hash, quality: pdq?.quality, dihedrals: pdq?.dihedrals, md5: exact.md5, sha256: exact.sha256 },
          { dihedral: opts.dihedral },
        );
      } catch (e) {
        fail("banks", e);
        return [];
      } finally {
        observe("match", s);
        this.deps.metrics.matchDuration.observe((performance.now() - s) / 1000);
      }
    })();
    const nsfwP = (async () => {
      if (!this.deps.nsfw) return null;
      const s = performance.now();
      try {
        return await this.deps.nsfw.classify(img);
      } catch (e) {
        fail(this.deps.nsfw.id, e);
        return null;
      } finally {
        observe("nsfw", s);
      }
    })();
    const provP = (async () => {
      if (!this.deps.provenance) return [] as SyntheticEvidence[];
      const s = performance.now();
      try {
        const r = await this.deps.provenance(bytes);
        for (const e of r.errors) errors.push({ component: `provenance:${e.component}`, code: "metadata_unreadable", message: e.message });
        return r.evidence;
      } catch (e) {
        fail("provenance", e);
        return [];
      } finally {
        observe("provenance", s);
      }
    })();
    const wmP = (async () => {
      if (!this.deps.watermarks) return [] as SyntheticEvidence[];
      await Promise.resolve();
      const s = performance.now();
      try {
        return this.deps.watermarks(img);
      } catch (e) {
        fail("watermark", e);
        return [];
      } finally {
        observe("watermark", s);
      }
    })();
    const textP = (async () => {
      if (!this.deps.ocr || !this.deps.scoreText) return undefined;
      const s = performance.now();
      try {
        const text = (await this.deps.ocr(img)).trim();
        return text ? await this.deps.scoreText({ text, explain: opts.explain, policy: policyId }, `${requestId}:ocr`) : null;
      } catch (e) {
        fail("ocr", e);
        return undefined;
      } finally {
        observe("ocr", s);
      }
    })();
    const [matches, safety, prov, wm, textVerdict, pdq] = await Promise.all([matchP, nsfwP, provP, wmP, textP, pdqP]);

    const synthetic = this.deps.assessSynthetic([...prov, ...wm]);

    // policy
    const labels: Record<string, LabelVerdict> = {};
    const actions: Action[] = [];
    const reasons: string[] = [];
    for (const label of IMAGE_LABELS) {
      const rule = policy.image[label];
      const score = safety ? round(safety[label]) : null;
      const r = rule ? ruleFor(rule, undefined) : { threshold: 1, action: "none" as Action };
      const { flagged, action } = rule ? actionFor(score, r) : { flagged: false, action: "none" as Action };
      labels[label] = { score, threshold: r.threshold, flagged };
      if (score === null) labels[label].note = this.deps.nsfw ? "the image safety classifier failed" : "no image safety classifier loaded";
      else if (!rule) labels[label].note = "the policy sets no rule for this class";
      if (flagged) {
        actions.push(action);
        reasons.push(`${label} ${score!.toFixed(3)} ≥ ${r.threshold} → ${action}`);
      }
    }
    if (matches.length) {
      actions.push(policy.bankMatchAction);
      reasons.push(`${matches.length} hash-bank match(es) → ${policy.bankMatchAction}`);
    }
    if (policy.synthetic && LEVELS.indexOf(synthetic.likelihood) >= LEVELS.indexOf(policy.synthetic.level)) {
      actions.push(policy.synthetic.action);
      reasons.push(`synthetic-media likelihood ${synthetic.likelihood} → ${policy.synthetic.action}`);
    }
    if (textVerdict && textVerdict.decision !== "allow") {
      actions.push(textVerdict.decision);
      reasons.push(`text in image → ${textVerdict.decision}`);
    }

    const verdict: Verdict = {
      id: requestId,
      kind: "image",
      content: { sha256: exact.sha256, length: bytes.byteLength },
      labels,
      decision: decide(actions),
      reasons,
      models: this.models,
      policy: { id: policy.id, version: policy.version },
      timing: { totalMs: ms(t0), stages },
      errors,
      cached: false,
      image: {
        format: img.format,
        width: img.width,
        height: img.height,
        pages: img.pages,
        firstFrameOnly: img.firstFrameOnly,
        ...(img.firstFrameOnly ? { note: `only the first of ${img.pages} frames was analysed` } : {}),
      },
      hashes: {
        pdq: pdq ? { hash: pdq.hash, quality: pdq.quality, ...(opts.explain ? { dihedrals: pdq.dihedrals } : {}) } : null,
        md5: exact.md5,
        sha256: exact.sha256,
      },
      matches: matches.map((m) => ({ ...m })),
      synthetic: { likelihood: synthetic.likelihood, evidence: synthetic.evidence.map((e) => ({ ...e })) },
    };
    if (textVerdict !== undefined) verdict.text = textVerdict;
    return verdict;
  }
}
