/**
 * C2PA validation with @contentauth/c2pa-wasm (c2pa-rs compiled to WebAssembly, MIT): checks the claim
 * signature (COSE), the hashes binding the manifest to the asset bytes and the assertion hashes — offline.
 * Remote manifest and OCSP fetching are switched off. There is no trust list offline, so a valid signature
 * means "signed by whoever holds that certificate", not "signed by a trusted party".
 *
 * A WebAssembly trap ("unreachable", from a Rust panic on hostile input) leaves that instance unusable;
 * the validator then loads a fresh instance of the module for the next call (bounded), so one bad file
 * cannot disable validation for the rest of the process.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { ContainerFormat } from "./containers.js";

export type C2paValidationState = "trusted" | "valid" | "invalid" | "error" | "unavailable";

export interface C2paValidation {
  /**
   * trusted: signer on a configured trust list (never offline); valid: signature and hashes verify;
   * invalid: a signature or hash check failed (tampered or broken); error: the validator rejected the file;
   * unavailable: validation not run (disabled or the module could not load).
   */
  state: C2paValidationState;
  /** c2pa-rs status codes of failed checks, e.g. "assertion.dataHash.mismatch", "claimSignature.mismatch". */
  failures: string[];
  /** Failures that only concern the trust list (expected offline), e.g. "signingCredential.untrusted". */
  trustWarnings: string[];
  message?: string;
  validator: string;
}

type WasmModule = typeof import("@contentauth/c2pa-wasm");

const VALIDATOR = "@contentauth/c2pa-wasm 0.15.0";
const CONTEXT = JSON.stringify({ verify: { remote_manifest_fetch: false, ocsp_fetch: false } });
const MIME: Partial<Record<ContainerFormat, string>> = {
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  gif: "image/gif",
  tiff: "image/tiff",
  heif: "image/heif",
  avif: "image/avif",
};
/** Status codes that only say a certificate is not on a trust list (we have none offline) or a check was skipped. */
const isTrustCode = (code: string) => /untrusted|\.skipped$|ocsp\.(unknown|inaccessible)/i.test(code);
const MAX_REINSTANTIATIONS = 16;

let compiled: WebAssembly.Module | undefined;
let current: Promise<WasmModule> | undefined;
let generation = 0;

async function loadInstance(): Promise<WasmModule> {
  const require = createRequire(import.meta.url);
  const jsPath = require.resolve("@contentauth/c2pa-wasm");
  compiled ??= new WebAssembly.Module(readFileSync(join(dirname(jsPath), "c2pa_bg.wasm")));
  // a distinct URL gives a distinct module instance (fresh wasm memory) after a trap
  const url = pathToFileURL(jsPath);
  if (generation > 0) url.searchParams.set("instance", String(generation));
  const mod = (await import(url.href)) as WasmModule;
  mod.initSync({ module: compiled });
  return mod;
}

function getInstance(): Promise<WasmModule> {
  current ??= loadInstance().catch((err) => {
    current = undefined;
    throw err;
  });
  return current;
}

/** Load the WebAssembly module ahead of the first request (≈0.3 s); optional. */
export async function warmC2paValidator(): Promise<void> {
  await getInstance();
}

interface StatusEntry {
  code?: string;
}

export async function validateC2pa(bytes: Uint8Array, format: ContainerFormat): Promise<C2paValidation> {
  const mime = MIME[format];
  const base = { failures: [], trustWarnings: [], validator: VALIDATOR };
  if (!mime) return { ...base, state: "unavailable", message: `no validator for ${format}` };
  let mod: WasmModule;
  try {
    mod = await getInstance();
  } catch (err) {
    return { ...base, state: "unavailable", message: `validator failed to load: ${(err as Error).message}` };
  }
  let reader: { json(): string; free(): void } | undefined;
  try {
    reader = await mod.WasmReader.fromBytes(mime, bytes, CONTEXT);
    const store = JSON.parse(reader.json()) as { validation_state?: string; validation_status?: StatusEntry[] };
    const codes = (store.validation_status ?? []).map((s) => String(s.code ?? "unknown")).slice(0, 64);
    const failures = codes.filter((c) => !isTrustCode(c));
    const trustWarnings = codes.filter(isTrustCode);
    const raw = (store.validation_state ?? "").toLowerCase();
    const state: C2paValidationState = raw === "trusted" ? "trusted" : raw === "valid" && failures.length === 0 ? "valid" : "invalid";
    return { ...base, state, failures, trustWarnings };
  } catch (err) {
    if (err instanceof WebAssembly.RuntimeError && generation < MAX_REINSTANTIATIONS) {
      generation++;
      current = undefined;
    }
    return { ...base, state: "error", message: String((err as Error)?.message ?? err).slice(0, 300) };
  } finally {
    try {
      reader?.free();
    } catch {
      /* already freed or instance trapped */
    }
  }
}
