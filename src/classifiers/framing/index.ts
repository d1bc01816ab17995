export { FramingClassifier, FRAMING_LABELS, FRAMED_SCORE, UNFRAMED_SCORE } from "./framing-classifier.js";
