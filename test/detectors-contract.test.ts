import { loadDetectors } from "../src/classifiers/detectors/index.js";
import { normaliseText } from "../src/content/text/normalise.js";
import { describeTextClassifierContract } from "./contracts/text-classifier.contract.js";

const detectors = loadDetectors();
const prepare = (original: string, language: string) => ({ original, ...normaliseText(original), language });

describeTextClassifierContract("SextortionDetector", async () => (await detectors).sextortion, prepare);
describeTextClassifierContract("DoxxingDetector", async () => (await detectors).doxxing, prepare);
