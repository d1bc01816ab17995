/**
 * Evidence that an image was generated or edited by AI (issue 6). Evidence is never proof that an image is
 * real: absence of evidence says nothing (likelihood "unknown"), and every item states its strength.
 */
export type EvidenceKind = "c2pa" | "iptc" | "exif" | "generator_metadata" | "watermark" | "heuristic";

/**
 * How much an item can be trusted:
 * - cryptographic: a C2PA manifest whose signature and content hashes validate (the signer's identity is
 *   still only as good as the trust list; offline we have none, so it is reported, not vouched for);
 * - declared: metadata written by software (IPTC/XMP, EXIF, generator text, unvalidated C2PA): easy to add,
 *   easy to strip, easy to forge;
 * - watermark: an invisible watermark decoded from the pixels above a false-positive-bounded threshold;
 * - weak: circumstantial (camera EXIF, editing software, a pointer to a remote manifest we cannot fetch).
 */
export type EvidenceStrength = "cryptographic" | "declared" | "watermark" | "weak";

/** What an item points to. "ai_edited": AI-composited/edited (e.g. generative fill); "captured": camera capture. */
export type EvidenceIndication = "ai_generated" | "ai_edited" | "edited" | "captured" | "none";

/** A type alias (not an interface) so it is assignable to the verdict's `Record<string, unknown>` evidence. */
export type Evidence = {
  kind: EvidenceKind;
  strength: EvidenceStrength;
  indicates: EvidenceIndication;
  /** Structured details (never raw prompts or captions). */
  value: Record<string, unknown>;
  /** One line for reviewers. */
  summary: string;
};

const IPTC_DST_PREFIX = /^https?:\/\/cv\.iptc\.org\/newscodes\/digitalsourcetype\//i;

/** The IPTC digital source type name from a full URI or a bare name ("trainedAlgorithmicMedia"). */
export const digitalSourceTypeName = (value: string) => value.trim().replace(IPTC_DST_PREFIX, "").replace(/[/#?].*$/, "");

/** IPTC NewsCodes digital source types (https://cv.iptc.org/newscodes/digitalsourcetype/) by what they indicate. */
const DST_INDICATION: Record<string, EvidenceIndication> = {
  trainedAlgorithmicMedia: "ai_generated",
  algorithmicMedia: "ai_generated", // purely algorithmic, no training data: synthetic, reported with AI
  compositeWithTrainedAlgorithmicMedia: "ai_edited",
  compositeSynthetic: "ai_edited",
  algorithmicallyEnhanced: "edited",
  composite: "edited",
  minorHumanEdits: "edited",
  humanEdits: "edited",
  digitalCapture: "captured",
  computationalCapture: "captured",
  negativeFilm: "captured",
  positiveFilm: "captured",
  print: "captured",
  screenCapture: "captured",
  virtualRecording: "captured",
  digitalCreation: "none", // made by a person with digital tools
  dataDrivenMedia: "none",
};

export const classifyDigitalSourceType = (value: string): EvidenceIndication => DST_INDICATION[digitalSourceTypeName(value)] ?? "none";

/** Names of AI image generators and services as they appear in software/agent/creator-tool fields. */
const AI_GENERATOR_PATTERN =
  /\b(midjourney|dall[\s·-]?e|stable[\s_-]?diffusion|sdxl|novelai|firefly|imagen|ideogram|leonardo\.?ai|flux(?:\.1)?|comfyui|automatic1111|invokeai|fooocus|dreamstudio|bing image creator|image creator|chatgpt|gpt-4o|openai|gemini|amazon[\s_]bedrock|titan image|runway|kling|krea|playground ?ai|nightcafe|craiyon|artbreeder|deepai|wombo|generative fill)\b/i;

export const namesAiGenerator = (text: string | undefined): boolean => !!text && AI_GENERATOR_PATTERN.test(text);

/** Order used when two items disagree (AI evidence always outranks capture evidence). */
export const INDICATION_RANK: Record<EvidenceIndication, number> = { ai_generated: 4, ai_edited: 3, edited: 2, captured: 1, none: 0 };
