/**
 * C2PA manifest store interpretation: from the JUMBF tree to what a moderator needs — which manifest is
 * active, who generated the claim, what actions it declares (with IPTC digitalSourceType), which ingredients,
 * and who signed it. Reads CBOR with cbor-x; only named fields are copied out with type checks, so odd CBOR
 * (tags, shared references, huge maps) cannot leak into the report.
 */
import { X509Certificate } from "node:crypto";
import { Decoder } from "cbor-x";
import { childByLabel, contentOf, parseJumbf, type JumbfBox } from "./jumbf.js";
import { ProvenanceParseError, type ProvenanceLimits } from "./limits.js";

export interface C2paAction {
  action: string;
  digitalSourceType?: string;
  softwareAgent?: string;
  when?: string;
}

export interface C2paIngredient {
  title?: string;
  format?: string;
  relationship?: string;
  /** The ingredient carries its own manifest (provenance chain continues). */
  hasManifest: boolean;
}

export interface C2paSignatureInfo {
  /** COSE algorithm name, e.g. "ES256", "PS256". */
  alg?: string;
  /** Leaf certificate subject / issuer as X.509 distinguished names (not verified against a trust list here). */
  subject?: string;
  issuer?: string;
  validTo?: string;
}

export interface C2paManifestSummary {
  label: string;
  claimGenerator?: string;
  title?: string;
  format?: string;
  actions: C2paAction[];
  /** digitalSourceType values declared anywhere in the manifest's actions, full IPTC URIs. */
  digitalSourceTypes: string[];
  ingredients: C2paIngredient[];
  assertionLabels: string[];
  signature?: C2paSignatureInfo;
}

export interface C2paStoreSummary {
  manifestCount: number;
  /** The active manifest is the last one in the store (C2PA spec). */
  active: C2paManifestSummary | null;
}

const decoder = new Decoder({ mapsAsObjects: true, useRecords: false } as ConstructorParameters<typeof Decoder>[0]);
const MAX_LIST = 64;
const MAX_STR = 512;

const COSE_ALGS: Record<string, string> = {
  "-7": "ES256",
  "-35": "ES384",
  "-36": "ES512",
  "-37": "PS256",
  "-38": "PS384",
  "-39": "PS512",
  "-8": "Ed25519",
};

function decodeCbor(data: Uint8Array | undefined): unknown {
  if (!data) return undefined;
  try {
    return decoder.decode(data);
  } catch {
    return undefined;
  }
}

const str = (v: unknown): string | undefined => (typeof v === "string" && v.length > 0 ? v.slice(0, MAX_STR) : undefined);
const obj = (v: unknown): Record<string, unknown> | undefined =>
  v !== null && typeof v === "object" && !Array.isArray(v) && !(v instanceof Uint8Array) ? (v as Record<string, unknown>) : undefined;
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v.slice(0, MAX_LIST) : []);

/** "name/version" from a claim_generator_info entry or a softwareAgent (string or {name, version}). */
function agentName(v: unknown): string | undefined {
  const s = str(v);
  if (s) return s;
  const o = obj(v);
  if (!o) return undefined;
  const name = str(o.name);
  const version = str(o.version);
  return name ? (version ? `${name}/${version}` : name) : undefined;
}

function assertionPayload(box: JumbfBox): unknown {
  const content = contentOf(box);
  if (!content?.data) return undefined;
  if (content.type === "cbor") return decodeCbor(content.data);
  if (content.type === "json") {
    try {
      return JSON.parse(new TextDecoder().decode(content.data));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

const baseLabel = (label: string) => label.replace(/__\d+$/, "");

function readSignature(box: JumbfBox | undefined): C2paSignatureInfo | undefined {
  if (!box) return undefined;
  let cose = decodeCbor(contentOf(box)?.data);
  const tagged = obj(cose);
  if (tagged && "tag" in tagged && "value" in tagged) cose = tagged.value; // COSE_Sign1 tag 18
  const parts = list(cose);
  if (parts.length !== 4) return undefined;
  const protectedHeader = obj(parts[0] instanceof Uint8Array ? decodeCbor(parts[0]) : undefined) ?? {};
  const unprotected = obj(parts[1]) ?? {};
  const info: C2paSignatureInfo = {};
  const alg = protectedHeader["1"];
  if (typeof alg === "number") info.alg = COSE_ALGS[String(alg)] ?? String(alg);
  const chain = protectedHeader["33"] ?? unprotected["33"] ?? protectedHeader["x5chain"] ?? unprotected["x5chain"];
  const leaf = chain instanceof Uint8Array ? chain : list(chain)[0];
  if (leaf instanceof Uint8Array && leaf.length < 64 * 1024) {
    try {
      const cert = new X509Certificate(leaf);
      info.subject = cert.subject.replace(/\n/g, ", ").slice(0, MAX_STR);
      info.issuer = cert.issuer.replace(/\n/g, ", ").slice(0, MAX_STR);
      info.validTo = cert.validTo;
    } catch {
      /* not a certificate: leave unnamed */
    }
  }
  return info;
}

function summariseManifest(manifest: JumbfBox): C2paManifestSummary {
  const summary: C2paManifestSummary = {
    label: (manifest.label ?? "").slice(0, MAX_STR),
    actions: [],
    digitalSourceTypes: [],
    ingredients: [],
    assertionLabels: [],
  };
  const claimBox = childByLabel(manifest, "c2pa.claim.v2") ?? childByLabel(manifest, "c2pa.claim");
  const claim = obj(decodeCbor(claimBox ? contentOf(claimBox)?.data : undefined));
  if (claim) {
    const info = claim.claim_generator_info;
    summary.claimGenerator =
      str(claim.claim_generator) ?? agentName(Array.isArray(info) ? info[0] : info);
    summary.title = str(claim["dc:title"]);
    summary.format = str(claim["dc:format"]);
  }
  const assertions = childByLabel(manifest, "c2pa.assertions");
  for (const a of (assertions?.children ?? []).slice(0, 256)) {
    if (a.type !== "jumb" || !a.label) continue;
    summary.assertionLabels.push(a.label.slice(0, MAX_STR));
    const label = baseLabel(a.label);
    if (label === "c2pa.actions" || label === "c2pa.actions.v2") {
      const payload = obj(assertionPayload(a));
      for (const raw of list(payload?.actions)) {
        const act = obj(raw);
        const action = str(act?.action);
        if (!act || !action) continue;
        const dst = str(act.digitalSourceType) ?? str(obj(act.parameters)?.digitalSourceType);
        summary.actions.push({ action, digitalSourceType: dst, softwareAgent: agentName(act.softwareAgent), when: str(act.when) });
        if (dst && !summary.digitalSourceTypes.includes(dst)) summary.digitalSourceTypes.push(dst);
      }
    } else if (label.startsWith("c2pa.ingredient")) {
      const ing = obj(assertionPayload(a));
      if (ing) {
        summary.ingredients.push({
          title: str(ing["dc:title"]),
          format: str(ing["dc:format"]),
          relationship: str(ing.relationship),
          hasManifest: Boolean(ing.c2pa_manifest ?? ing.activeManifest),
        });
      }
    }
  }
  summary.signature = readSignature(childByLabel(manifest, "c2pa.signature"));
  return summary;
}

/** Summarise an embedded C2PA manifest store (JUMBF bytes). Throws ProvenanceParseError on a malformed store. */
export function readC2paStore(jumbf: Uint8Array, limits: ProvenanceLimits): C2paStoreSummary {
  const top = parseJumbf(jumbf, limits);
  const store = top.find((b) => b.type === "jumb" && b.label === "c2pa");
  if (!store) throw new ProvenanceParseError("c2pa", "no JUMBF superbox labelled c2pa");
  const manifests = (store.children ?? []).filter((c) => c.type === "jumb");
  const active = manifests.at(-1);
  return { manifestCount: manifests.length, active: active ? summariseManifest(active) : null };
}
