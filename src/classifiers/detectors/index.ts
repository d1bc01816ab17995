import { loadDetectorData, DEFAULT_DETECTOR_DIR, type DetectorData } from "./cue-data.js";
import { DoxxingDetector } from "./doxxing-detector.js";
import { MisogynyDetector, type FramedTest } from "./misogyny-detector.js";
import { SextortionDetector } from "./sextortion-detector.js";
import { SexualHarassmentDetector } from "./sexual-harassment-detector.js";
import { ThreatDetector } from "./threat-detector.js";

export { DoxxingDetector } from "./doxxing-detector.js";
export { SextortionDetector } from "./sextortion-detector.js";
export { MisogynyDetector, type FramedTest } from "./misogyny-detector.js";
export { ThreatDetector } from "./threat-detector.js";
export { SexualHarassmentDetector } from "./sexual-harassment-detector.js";
export { CueMatcher } from "./cue-matcher.js";
export { DEFAULT_DETECTOR_DIR, loadDetectorData } from "./cue-data.js";
export type { DetectorData } from "./cue-data.js";

export interface RuleDetectors {
  sextortion: SextortionDetector;
  doxxing: DoxxingDetector;
  misogyny: MisogynyDetector;
  threat: ThreatDetector;
  sexualHarassment: SexualHarassmentDetector;
}

/**
 * Build the detectors from already-loaded data (tests, custom cue lists). `framed` is the lexicon's framing test,
 * which dampens the misogyny, threat and sexual-harassment detectors on reported, quoted, news and helpline texts
 * (none: never framed).
 */
export const createDetectors = (data: DetectorData, framed?: FramedTest): RuleDetectors => ({
  sextortion: new SextortionDetector(data.sextortion, data.context),
  doxxing: new DoxxingDetector(data.doxxing, data.context),
  misogyny: new MisogynyDetector(data.misogyny, data.context, framed),
  threat: new ThreatDetector(data.threat, data.context, framed),
  sexualHarassment: new SexualHarassmentDetector(data.sexualHarassment, data.context, framed),
});

/**
 * Load models/detectors/*.json (or `dir`) and build the detectors. The composition root should call this
 * once at start and keep the promise (it compiles a few thousand cue phrases into regexes; ~tens of ms).
 * Example:
 *   const { sextortion, doxxing } = await loadDetectors();
 *   const [r] = await doxxing.classify([prepared]); // { scores: { doxxing: 0.83 }, spans: [...] }
 */
export const loadDetectors = async (dir: string = DEFAULT_DETECTOR_DIR, framed?: FramedTest): Promise<RuleDetectors> =>
  createDetectors(await loadDetectorData(dir), framed);
