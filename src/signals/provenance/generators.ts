/**
 * Text metadata that image generators write (PNG tEXt/iTXt/zTXt, or EXIF UserComment in JPEG/WebP).
 * Only the generator's identity and model are reported — never the prompt, which is user content.
 */
import type { TextChunk } from "./containers.js";

export interface GeneratorMetadata {
  generator: string;
  /** Text key it was found under, e.g. "parameters", "prompt", "Comment". */
  key: string;
  source: string;
  /** Model/checkpoint name when the format states one. */
  model?: string;
  version?: string;
}

const MAX_FIELD = 200;
const field = (text: string, name: string) => new RegExp(`(?:^|, )${name}: ([^,\\n]{1,${MAX_FIELD}})`).exec(text)?.[1]?.trim();

function parseJson(text: string): Record<string, unknown> | undefined {
  if (text.length > 1_000_000) return undefined;
  try {
    const v = JSON.parse(text) as unknown;
    return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** A1111-style parameters: prompt lines, then "Steps: 20, Sampler: Euler a, ..., Model: x, Version: y". */
const looksLikeA1111 = (text: string) => /(?:^|\n)Steps: \d{1,5}, /.test(text) || /, Sampler: [^,\n]{1,80}, /.test(text);

/** Recognise the generator behind one text chunk, or null when the chunk is not generator metadata. */
export function recogniseGenerator(chunk: TextChunk, all: readonly TextChunk[]): GeneratorMetadata | null {
  const { keyword, text, source } = chunk;
  const base = { key: keyword, source };
  switch (keyword) {
    case "parameters":
      if (!looksLikeA1111(text)) return null;
      return {
        ...base,
        generator: /Fooocus/i.test(text) ? "Fooocus" : field(text, "Version")?.startsWith("f") ? "Stable Diffusion WebUI Forge" : "Stable Diffusion WebUI (AUTOMATIC1111-compatible)",
        model: field(text, "Model"),
        version: field(text, "Version"),
      };
    case "prompt":
    case "workflow": {
      const json = parseJson(text);
      if (!json) return null;
      const nodes = Object.values(json);
      const comfy = keyword === "workflow" ? Array.isArray(json.nodes) : nodes.some((n) => !!n && typeof n === "object" && "class_type" in n);
      if (!comfy) return null;
      const ckpt = nodes
        .map((n) => (n && typeof n === "object" ? (n as { inputs?: { ckpt_name?: unknown; unet_name?: unknown } }).inputs : undefined))
        .map((i) => i?.ckpt_name ?? i?.unet_name)
        .find((v): v is string => typeof v === "string");
      return { ...base, generator: "ComfyUI", model: ckpt?.slice(0, MAX_FIELD) };
    }
    case "Comment": {
      const json = parseJson(text);
      if (!json || !("steps" in json || "sampler" in json || "uc" in json)) return null;
      const software = all.find((c) => c.keyword === "Software")?.text;
      const src = all.find((c) => c.keyword === "Source")?.text;
      return { ...base, generator: software?.trim() || "NovelAI", model: src?.slice(0, MAX_FIELD) };
    }
    case "Description":
      // Midjourney: the prompt followed by a Job ID (a UUID)
      if (!/Job ID: [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i.test(text)) return null;
      return { ...base, generator: "Midjourney" };
    case "invokeai_metadata":
    case "invokeai_graph":
    case "sd-metadata":
    case "Dream":
      return { ...base, generator: "InvokeAI" };
    case "fooocus_scheme":
      return { ...base, generator: "Fooocus" };
    default:
      return null;
  }
}

export function recogniseGenerators(chunks: readonly TextChunk[]): GeneratorMetadata[] {
  const out: GeneratorMetadata[] = [];
  for (const c of chunks.slice(0, 256)) {
    const g = recogniseGenerator(c, chunks);
    if (g && !out.some((o) => o.generator === g.generator && o.key === g.key)) out.push(g);
  }
  return out;
}
