/**
 * Step 1 of the conversion: dump nsfwjs' MobileNetV2 as a plain layer graph + dequantised float32 weights,
 * read back from tfjs itself (so dequantisation is exactly what nsfwjs runs), for convert.py.
 *
 *   npx tsx models/convert/nsfw/export-weights.ts <work-dir>
 * writes <work-dir>/graph.json and <work-dir>/weights.bin.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type * as tf from "@tensorflow/tfjs";
import { loadNsfwjs } from "./nsfwjs-reference.js";

interface KerasLayerJson {
  name: string;
  class_name: string;
  config: Record<string, unknown>;
  inbound_nodes: [string, number, number, unknown][][];
}

async function exportWeights(workDir: string): Promise<void> {
  mkdirSync(workDir, { recursive: true });
  const model = await loadNsfwjs();
  const inner = (model as unknown as { model: tf.LayersModel }).model;
  const topology = (inner.toJSON(undefined, false) as unknown as { config: { layers: KerasLayerJson[] } }).config.layers;
  const chunks: Buffer[] = [];
  let offset = 0;
  const layers = topology.map((layerJson) => {
    const layer = inner.getLayer(layerJson.name);
    const weights = layer.weights.map((variable, i) => {
      const data = layer.getWeights()[i]!.dataSync() as Float32Array;
      const entry = { name: variable.originalName ?? variable.name, shape: variable.shape, offset, length: data.length };
      const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
      chunks.push(Buffer.from(buf));
      offset += data.byteLength;
      return entry;
    });
    return {
      name: layerJson.name,
      className: layerJson.class_name,
      config: layerJson.config,
      inputs: (layerJson.inbound_nodes[0] ?? []).map((n) => n[0]),
      weights,
    };
  });
  writeFileSync(join(workDir, "graph.json"), JSON.stringify({ source: "nsfwjs MobileNetV2", layers }, null, 1));
  writeFileSync(join(workDir, "weights.bin"), Buffer.concat(chunks));
  console.log(`exported ${layers.length} layers, ${offset} bytes of weights to ${workDir}`);
}

const workDir = process.argv[2];
if (!workDir) {
  console.error("usage: tsx models/convert/nsfw/export-weights.ts <work-dir>");
  process.exit(2);
}
await exportWeights(workDir);
