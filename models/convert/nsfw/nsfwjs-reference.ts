/**
 * The reference side of the nsfwjs → ONNX conversion: loads the MobileNetV2 model that ships inside the
 * npm package `nsfwjs` (MIT) with @tensorflow/tfjs on its pure-JS "cpu" backend, exactly as nsfwjs does.
 * Used by `export-weights.ts` (dequantised weights for the Python converter) and by the conversion test
 * (live reference outputs). Nothing here runs in the service.
 */
import * as tf from "@tensorflow/tfjs";
import { load, type NSFWJS } from "nsfwjs/core";
import { MobileNetV2Model } from "nsfwjs/models/mobilenet_v2";

/** nsfwjs output order (nsfw_classes.js). */
export const NSFWJS_CLASSES = ["Drawing", "Hentai", "Neutral", "Porn", "Sexy"] as const;

let cached: Promise<NSFWJS> | undefined;

/** Load nsfwjs' MobileNetV2 once (tfjs cpu backend, deterministic, no network). */
export function loadNsfwjs(): Promise<NSFWJS> {
  cached ??= (async () => {
    await tf.setBackend("cpu");
    await tf.ready();
    const info = console.info;
    console.info = () => {}; // nsfwjs prints an advert for hosting your own model
    try {
      return await load("MobileNetV2", { size: 224, modelDefinitions: [MobileNetV2Model] } as never);
    } finally {
      console.info = info;
    }
  })();
  return cached;
}

/** nsfwjs' own preprocessing + model on an RGB image of any size: probabilities in NSFWJS_CLASSES order. */
export async function classifyWithNsfwjs(rgb: Uint8Array, width: number, height: number): Promise<number[]> {
  const model = await loadNsfwjs();
  const input = tf.tensor3d(rgb, [height, width, 3], "int32");
  try {
    const out = model.infer(input) as tf.Tensor;
    const values = Array.from(await out.data());
    out.dispose();
    return values;
  } finally {
    input.dispose();
  }
}

/** The raw network (no preprocessing) on an already prepared [1,224,224,3] float tensor in [0,1]. */
export async function predictRawWithNsfwjs(nhwc: Float32Array): Promise<number[]> {
  const model = await loadNsfwjs();
  const inner = (model as unknown as { model: tf.LayersModel }).model;
  const out = tf.tidy(() => inner.predict(tf.tensor4d(nhwc, [1, 224, 224, 3])) as tf.Tensor);
  const values = Array.from(await out.data());
  out.dispose();
  return values;
}
