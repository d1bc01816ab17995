export { TransformerClassifier } from "./transformer-classifier.js";
export type { ExplainOptions, Explanation, TransformerClassifierOptions } from "./transformer-classifier.js";
export { transformerOptionsFromManifest } from "./from-manifest.js";
