import * as ort from "onnxruntime-node";
import type { ImageLabel } from "../../taxonomy.js";
import type { RgbImage } from "../../signals/rgb-image.js";
import { NSFW_INPUT_SIZE, preprocessForNsfw } from "./preprocess.js";

/** Output order of the nsfwjs MobileNetV2 (and of our ONNX conversion's "probabilities"). */
export const NSFWJS_CLASSES = ["Drawing", "Hentai", "Neutral", "Porn", "Sexy"] as const;
export type NsfwjsClass = (typeof NSFWJS_CLASSES)[number];

/**
 * nsfwjs classes → our image labels (src/taxonomy.ts IMAGE_LABELS). The five softmax probabilities are
 * summed into four labels, so the labels still sum to 1:
 *   sexual     = Porn + Hentai   explicit sexual content, photographic or drawn/animated
 *   suggestive = Sexy            nudity-adjacent / sexually suggestive but not explicit
 *   neutral    = Neutral         ordinary photographic content
 *   drawing    = Drawing         non-sexual drawings, illustrations, anime
 */
export function mapNsfwjsClasses(probs: ArrayLike<number>): Record<ImageLabel, number> {
  const p = (c: NsfwjsClass) => probs[NSFWJS_CLASSES.indexOf(c)]!;
  return {
    sexual: p("Porn") + p("Hentai"),
    suggestive: p("Sexy"),
    neutral: p("Neutral"),
    drawing: p("Drawing"),
  };
}

export interface NsfwClassification {
  labels: Record<ImageLabel, number>;
  /** Raw nsfwjs class probabilities, for explanation. */
  classes: Record<NsfwjsClass, number>;
}

/**
 * Nudity / sexual-content classifier: nsfwjs' MobileNetV2 converted to ONNX (models/nsfw-mobilenetv2),
 * run with onnxruntime-node on one intra-op thread.
 * Example:
 *   const nsfw = await NsfwClassifier.load("models/nsfw-mobilenetv2/model.onnx");
 *   const scores = await nsfw.classify(decoded); // { sexual: 0.02, suggestive: 0.05, neutral: 0.9, drawing: 0.03 }
 */
export class NsfwClassifier {
  readonly id = "nsfw-mobilenetv2";
  readonly version = "nsfwjs-4.4.0-onnx1";

  private constructor(private readonly session: ort.InferenceSession) {}

  static async load(modelPath: string): Promise<NsfwClassifier> {
    const session = await ort.InferenceSession.create(modelPath, {
      intraOpNumThreads: 1,
      interOpNumThreads: 1,
      executionMode: "sequential",
      graphOptimizationLevel: "all",
    });
    return new NsfwClassifier(session);
  }

  async classify(img: RgbImage): Promise<Record<ImageLabel, number>> {
    return (await this.classifyDetailed(img)).labels;
  }

  async classifyDetailed(img: RgbImage): Promise<NsfwClassification> {
    const probs = await this.predict(preprocessForNsfw(img));
    const classes = Object.fromEntries(NSFWJS_CLASSES.map((c, i) => [c, probs[i]!])) as Record<NsfwjsClass, number>;
    return { labels: mapNsfwjsClasses(probs), classes };
  }

  /** The network alone on a prepared NHWC [1,224,224,3] tensor in [0,1] (used by the conversion test). */
  async predict(nhwc: Float32Array): Promise<Float32Array> {
    const input = new ort.Tensor("float32", nhwc, [1, NSFW_INPUT_SIZE, NSFW_INPUT_SIZE, 3]);
    const out = await this.session.run({ input });
    return out.probabilities!.data as Float32Array;
  }

  async dispose(): Promise<void> {
    await this.session.release();
  }
}
