/**
 * Step 3 of the conversion: record nsfwjs' own outputs (tfjs cpu backend) on the project's synthetic
 * images, end to end (nsfwjs preprocessing + network), into reference-outputs.json beside this file.
 * The conversion test compares the ONNX model + our TypeScript preprocessing against these (and re-runs
 * nsfwjs live on a few of them so the stored numbers stay honest).
 *
 *   npx tsx models/convert/nsfw/make-reference.ts
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createHash } from "node:crypto";
import { classifyWithNsfwjs, NSFWJS_CLASSES } from "./nsfwjs-reference.js";
import { generateSyntheticImages } from "./synthetic-images.js";

const images = generateSyntheticImages();
const outputs = [];
for (const img of images) {
  const probs = await classifyWithNsfwjs(img.rgb, img.width, img.height);
  outputs.push({
    name: img.name,
    width: img.width,
    height: img.height,
    rgbSha256: createHash("sha256").update(img.rgb).digest("hex"),
    probabilities: probs,
  });
  console.log(img.name, probs.map((p) => p.toFixed(5)).join(" "));
}
const path = fileURLToPath(new URL("./reference-outputs.json", import.meta.url));
writeFileSync(
  path,
  JSON.stringify({ producedBy: "nsfwjs 4.4.0 MobileNetV2, @tensorflow/tfjs 4.22 cpu backend, NSFWJS.infer", classes: NSFWJS_CLASSES, outputs }, null, 1) + "\n",
);
console.log(`wrote ${path}`);
