export { FramingClassifier, FRAMING_LABELS, FRAMED_SCORE, UNFRAMED_SCORE } from "./framing-classifier.js";
export { MentionClassifier, MENTION_MODEL_ID, mentionProbability } from "./mention-classifier.js";
