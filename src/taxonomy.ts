/**
 * The text taxonomy: multi-label, sigmoid, stable snake_case ids (ARCHITECTURE.md).
 * Ids are part of the API contract and never change; add new labels at the end.
 */
export const LABELS = [
  "misogyny",
  "sexual_harassment",
  "threat",
  "sextortion",
  "doxxing",
  "hate",
  "toxicity",
] as const;

export type Label = (typeof LABELS)[number];

export const isLabel = (value: string): value is Label => (LABELS as readonly string[]).includes(value);

/** A score per label; a label missing from the record is not covered by the component that produced it. */
export type LabelScores = Partial<Record<Label, number>>;

/** Image safety classes (issue 6), mapped from the nudity classifier's output. */
export const IMAGE_LABELS = ["sexual", "suggestive", "neutral", "drawing"] as const;
export type ImageLabel = (typeof IMAGE_LABELS)[number];
