export { readProvenance, type ProvenanceReport, type ProvenanceOptions, type ProvenanceError } from "./read-provenance.js";
export { warmC2paValidator, validateC2pa, type C2paValidation, type C2paValidationState } from "./c2pa-validate.js";
export { DEFAULT_PROVENANCE_LIMITS, type ProvenanceLimits } from "./limits.js";
export type { ContainerFormat } from "./containers.js";
export type { C2paStoreSummary, C2paManifestSummary, C2paAction, C2paIngredient } from "./c2pa.js";
export type { GeneratorMetadata } from "./generators.js";
export type { XmpFields } from "./xmp.js";
