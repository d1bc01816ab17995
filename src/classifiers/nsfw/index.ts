export { NsfwClassifier, NSFWJS_CLASSES, mapNsfwjsClasses, type NsfwClassification, type NsfwjsClass } from "./nsfw-classifier.js";
export { preprocessForNsfw, NSFW_INPUT_SIZE } from "./preprocess.js";
