/**
 * readProvenance: everything the file itself says about where it came from — C2PA manifests (parsed here,
 * validated with c2pa-wasm), IPTC/XMP DigitalSourceType, EXIF Make/Model/Software, generator text chunks —
 * turned into evidence items. Each reader fails on its own: an error entry, never an exception, never a
 * silent "nothing found" for a component that broke.
 */
import {
  classifyDigitalSourceType,
  digitalSourceTypeName,
  INDICATION_RANK,
  namesAiGenerator,
  type Evidence,
  type EvidenceIndication,
} from "../evidence.js";
import { readC2paStore, type C2paStoreSummary } from "./c2pa.js";
import { validateC2pa, type C2paValidation } from "./c2pa-validate.js";
import { walkContainer, type ContainerFormat } from "./containers.js";
import { parseExif, type ExifFields } from "./exif.js";
import { recogniseGenerators, type GeneratorMetadata } from "./generators.js";
import { DEFAULT_PROVENANCE_LIMITS, type ProvenanceLimits } from "./limits.js";
import { parseXmp, type XmpFields } from "./xmp.js";

export interface ProvenanceOptions {
  limits?: ProvenanceLimits;
  /** Validate C2PA signatures and hashes with c2pa-wasm (default true; ~50–300 ms per file that has a manifest). */
  validateC2pa?: boolean;
}

export interface ProvenanceError {
  component: "container" | "c2pa" | "c2pa-validation" | "xmp" | "exif" | "generator_metadata";
  message: string;
}

export interface ProvenanceReport {
  format: ContainerFormat;
  c2pa: (C2paStoreSummary & { validation: C2paValidation }) | null;
  xmp: XmpFields | null;
  /** Camera and software fields only (no free text: captions and comments are user content). */
  exif: Pick<ExifFields, "make" | "model" | "software" | "dateTimeOriginal"> | null;
  generators: GeneratorMetadata[];
  evidence: Evidence[];
  errors: ProvenanceError[];
}

const errorMessage = (err: unknown) => (err instanceof Error ? err.message : String(err)).slice(0, 300);

/**
 * Example:
 *   const report = await readProvenance(bytes);
 *   report.evidence // [{ kind: "c2pa", strength: "cryptographic", indicates: "ai_generated", ... }]
 */
export async function readProvenance(bytes: Uint8Array, options: ProvenanceOptions = {}): Promise<ProvenanceReport> {
  const limits = options.limits ?? DEFAULT_PROVENANCE_LIMITS;
  const report: ProvenanceReport = { format: "unknown", c2pa: null, xmp: null, exif: null, generators: [], evidence: [], errors: [] };
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) {
    report.errors.push({ component: "container", message: "no bytes" });
    return report;
  }
  if (bytes.length > limits.maxInputBytes) {
    report.errors.push({ component: "container", message: `file of ${bytes.length} bytes exceeds ${limits.maxInputBytes}` });
    return report;
  }
  const meta = walkContainer(bytes, limits);
  report.format = meta.format;
  for (const message of meta.errors) report.errors.push({ component: "container", message });

  if (meta.jumbf) {
    try {
      const store = readC2paStore(meta.jumbf, limits);
      const validation: C2paValidation =
        options.validateC2pa === false
          ? { state: "unavailable", failures: [], trustWarnings: [], message: "validation disabled", validator: "none" }
          : await validateC2pa(bytes, meta.format);
      if (validation.state === "error") report.errors.push({ component: "c2pa-validation", message: validation.message ?? "validator error" });
      report.c2pa = { ...store, validation };
      const ev = c2paEvidence(report.c2pa);
      if (ev) report.evidence.push(ev);
    } catch (err) {
      report.errors.push({ component: "c2pa", message: errorMessage(err) });
    }
  }

  try {
    report.xmp = parseXmp(meta.xmp);
    report.evidence.push(...xmpEvidence(report.xmp, report.c2pa !== null));
  } catch (err) {
    report.errors.push({ component: "xmp", message: errorMessage(err) });
  }

  const textChunks = [...meta.text];
  try {
    for (const block of meta.exif) {
      const fields = parseExif(block, limits);
      if (!fields) continue;
      if (fields.userComment) textChunks.push({ keyword: "parameters", text: fields.userComment, source: "exif:UserComment" });
      const { make, model, software, dateTimeOriginal } = fields;
      const kept = Object.fromEntries(Object.entries({ make, model, software, dateTimeOriginal }).filter(([, v]) => v));
      if (Object.keys(kept).length) {
        report.exif = { ...kept, ...report.exif };
      }
    }
    report.evidence.push(...exifEvidence(report.exif));
  } catch (err) {
    report.errors.push({ component: "exif", message: errorMessage(err) });
  }

  try {
    report.generators = recogniseGenerators(textChunks);
    for (const g of report.generators) {
      report.evidence.push({
        kind: "generator_metadata",
        strength: "declared",
        indicates: "ai_generated",
        value: { ...g },
        summary: `${g.source} "${g.key}" written by ${g.generator}${g.model ? ` (model ${g.model})` : ""}`,
      });
    }
  } catch (err) {
    report.errors.push({ component: "generator_metadata", message: errorMessage(err) });
  }
  return report;
}

function c2paEvidence(c2pa: NonNullable<ProvenanceReport["c2pa"]>): Evidence | null {
  const m = c2pa.active;
  if (!m) return null;
  let indicates: EvidenceIndication = "none";
  const raise = (i: EvidenceIndication) => {
    if (INDICATION_RANK[i] > INDICATION_RANK[indicates]) indicates = i;
  };
  for (const a of m.actions) {
    const dst = a.digitalSourceType ? classifyDigitalSourceType(a.digitalSourceType) : "none";
    const created = a.action === "c2pa.created";
    // a trained-model source on the creating action = generated; on any other action (edit, placed) = AI-edited
    if (dst === "ai_generated") raise(created ? "ai_generated" : "ai_edited");
    else if (dst !== "none") raise(dst);
    else if (namesAiGenerator(a.softwareAgent)) raise(created ? "ai_generated" : "ai_edited");
    else if (!created && a.action !== "c2pa.opened") raise("edited");
  }
  if (indicates === "none" && namesAiGenerator(m.claimGenerator)) raise("ai_edited");
  const verified = c2pa.validation.state === "valid" || c2pa.validation.state === "trusted";
  const strength = verified ? "cryptographic" : "declared";
  const status =
    c2pa.validation.state === "trusted"
      ? "signature and hashes valid, signer trusted"
      : c2pa.validation.state === "valid"
        ? "signature and hashes valid; signer not checked against a trust list"
        : c2pa.validation.state === "invalid"
          ? `validation FAILED (${c2pa.validation.failures.join(", ")}): the file was altered after signing or the manifest is broken`
          : "not validated";
  const dsts = m.digitalSourceTypes.map(digitalSourceTypeName);
  return {
    kind: "c2pa",
    strength,
    indicates,
    value: {
      claimGenerator: m.claimGenerator,
      digitalSourceTypes: dsts,
      actions: m.actions.map((a) => a.action),
      signer: m.signature?.subject,
      validation: c2pa.validation.state,
      failures: c2pa.validation.failures,
      manifests: c2pa.manifestCount,
      ingredients: m.ingredients.length,
    },
    summary: `C2PA manifest by ${m.claimGenerator ?? "unknown generator"}${dsts.length ? `, source ${dsts.join(" + ")}` : ""} (${status})`,
  };
}

function xmpEvidence(xmp: XmpFields | null, hasEmbeddedC2pa: boolean): Evidence[] {
  if (!xmp) return [];
  const out: Evidence[] = [];
  if (xmp.digitalSourceType) {
    const name = digitalSourceTypeName(xmp.digitalSourceType);
    out.push({
      kind: "iptc",
      strength: "declared",
      indicates: classifyDigitalSourceType(xmp.digitalSourceType),
      value: { digitalSourceType: name },
      summary: `IPTC DigitalSourceType "${name}" in XMP`,
    });
  }
  if (namesAiGenerator(xmp.creatorTool)) {
    out.push({
      kind: "generator_metadata",
      strength: "declared",
      indicates: "ai_generated",
      value: { creatorTool: xmp.creatorTool },
      summary: `XMP CreatorTool names an AI generator: ${xmp.creatorTool}`,
    });
  }
  if (xmp.provenanceUrl && !hasEmbeddedC2pa) {
    const self = xmp.provenanceUrl.startsWith("self#jumbf");
    out.push({
      kind: "c2pa",
      strength: "weak",
      indicates: "none",
      value: self ? { missingEmbeddedManifest: xmp.provenanceUrl } : { remoteManifestUrl: xmp.provenanceUrl },
      summary: self
        ? "XMP says a C2PA manifest was embedded, but none is present (stripped or re-encoded after signing)"
        : "XMP points to a remote C2PA manifest (not fetched: this service works offline)",
    });
  }
  return out;
}

function exifEvidence(exif: ProvenanceReport["exif"]): Evidence[] {
  if (!exif) return [];
  const out: Evidence[] = [];
  if (exif.software) {
    const ai = namesAiGenerator(exif.software);
    out.push({
      kind: "exif",
      strength: ai ? "declared" : "weak",
      indicates: ai ? "ai_generated" : "edited",
      value: { software: exif.software },
      summary: `EXIF Software "${exif.software}"${ai ? " names an AI generator" : ""}`,
    });
  }
  if (exif.make || exif.model) {
    out.push({
      kind: "exif",
      strength: "weak",
      indicates: "captured",
      value: { make: exif.make, model: exif.model },
      summary: `EXIF camera ${[exif.make, exif.model].filter(Boolean).join(" ")} (easily copied or forged)`,
    });
  }
  return out;
}

