import { describe, expect, it } from "vitest";
import type { Evidence } from "./evidence.js";
import { assessSynthetic, watermarkEvidence } from "./synthetic.js";
import type { WatermarkResult } from "./watermark/detect.js";

const ev = (kind: Evidence["kind"], strength: Evidence["strength"], indicates: Evidence["indicates"], value: Record<string, unknown> = {}): Evidence => ({
  kind,
  strength,
  indicates,
  value,
  summary: `${kind} ${strength} ${indicates}`,
});

const wm = (score: number): WatermarkResult => ({
  variant: "sdxl",
  length: 48,
  matches: Math.round(score * 48),
  score,
  channelOrder: "bgr",
  polarity: "normal",
  minMatches: 38,
  detected: score * 48 >= 38,
});

describe("assessSynthetic", () => {
  it("is unknown with no evidence, and never says real", () => {
    expect(assessSynthetic([])).toEqual({ likelihood: "unknown", evidence: [] });
  });
  it("keeps camera EXIF alone at unknown (weak, forgeable)", () => {
    expect(assessSynthetic([ev("exif", "weak", "captured")]).likelihood).toBe("unknown");
  });
  it("is low only for a validated C2PA history without AI", () => {
    expect(assessSynthetic([ev("c2pa", "cryptographic", "captured")]).likelihood).toBe("low");
    expect(assessSynthetic([ev("c2pa", "cryptographic", "edited")]).likelihood).toBe("low");
    expect(assessSynthetic([ev("c2pa", "declared", "captured")]).likelihood).toBe("unknown");
  });
  it("is high for validated C2PA declaring AI generation or AI edits", () => {
    expect(assessSynthetic([ev("c2pa", "cryptographic", "ai_generated")]).likelihood).toBe("high");
    expect(assessSynthetic([ev("c2pa", "cryptographic", "ai_edited")]).likelihood).toBe("high");
  });
  it("is medium for declared metadata, and AI evidence outranks capture evidence", () => {
    expect(assessSynthetic([ev("iptc", "declared", "ai_generated")]).likelihood).toBe("medium");
    expect(assessSynthetic([ev("c2pa", "declared", "ai_generated")]).likelihood).toBe("medium");
    expect(assessSynthetic([ev("exif", "weak", "captured"), ev("generator_metadata", "declared", "ai_generated")]).likelihood).toBe("medium");
  });
  it("weak items never raise the likelihood on their own", () => {
    expect(assessSynthetic([ev("heuristic", "weak", "ai_generated")]).likelihood).toBe("unknown");
  });
  it("treats watermarks by score: ≥ 0.85 high, at threshold medium, high with corroboration", () => {
    const strong = watermarkEvidence([wm(41 / 48)]);
    const weak = watermarkEvidence([wm(39 / 48)]);
    expect(assessSynthetic(strong).likelihood).toBe("high");
    expect(assessSynthetic(weak).likelihood).toBe("medium");
    expect(assessSynthetic([...weak, ev("generator_metadata", "declared", "ai_generated")]).likelihood).toBe("high");
  });
  it("lists AI evidence first, strongest first", () => {
    const out = assessSynthetic([ev("exif", "weak", "captured"), ev("iptc", "declared", "ai_generated"), ev("c2pa", "cryptographic", "ai_edited")]);
    expect(out.evidence.map((e) => e.kind)).toEqual(["c2pa", "iptc", "exif"]);
  });
});

describe("watermarkEvidence", () => {
  it("turns only detected watermarks into evidence", () => {
    const items = watermarkEvidence([wm(0.5), wm(1)]);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: "watermark", strength: "watermark", indicates: "ai_generated", value: { variant: "sdxl", matches: 48, length: 48 } });
  });
});
