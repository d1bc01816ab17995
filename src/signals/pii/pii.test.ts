import { describe, expect, it } from "vitest";
import { foldDigits } from "./digits.js";
import { emailDetector } from "./email.js";
import { geoDetector } from "./geo.js";
import { socialHandleDetector } from "./handle.js";
import { detectPii } from "./index.js";

const values = (spans: { start: number; end: number }[], text: string) => spans.map((s) => text.slice(s.start, s.end));

describe("foldDigits", () => {
  it("maps decimal digits of many scripts to ASCII without changing length", () => {
    const text = "০১২ ०१२ ٠١٢ ۰۱۲ ๐๑๒ ០១២ ０１２";
    const folded = foldDigits(text);
    expect(folded).toBe("012 012 012 012 012 012 012");
    expect(folded.length).toBe(text.length);
  });
});

describe("emailDetector", () => {
  it("finds plain and obfuscated addresses", () => {
    const text = "mail jane.doe@example.com or jane [at] example [dot] com";
    expect(values(emailDetector.detect(text), text)).toEqual(["jane.doe@example.com", "jane [at] example [dot] com"]);
  });
  it("ignores handles and at-signs without a domain", () => {
    expect(emailDetector.detect("@jane see you at 5 @ the cafe")).toEqual([]);
  });
});

describe("geoDetector", () => {
  it("finds coordinate pairs, DMS and map links", () => {
    const text = "she is at 37.5665, 126.9780 or 23°46'N 90°23'E https://maps.app.goo.gl/abc";
    expect(values(geoDetector.detect(text), text)).toEqual(["37.5665, 126.9780", "23°46'N 90°23'E", "https://maps.app.goo.gl/abc"]);
  });
  it("ignores out-of-range pairs and short decimals", () => {
    expect(geoDetector.detect("scores 95.1234, 200.5678 and version 1.2, 3.4")).toEqual([]);
  });
});

describe("socialHandleDetector", () => {
  it("finds profile links with high and bare handles with low confidence", () => {
    const spans = socialHandleDetector.detect("follow https://instagram.com/jane.doe. and @jane_doe");
    expect(spans.map((s) => [s.kind, s.confidence])).toEqual([["profile_url", 0.85], ["handle", 0.5]]);
  });
  it("does not take an e-mail address for a handle", () => {
    expect(socialHandleDetector.detect("jane@example.com")).toEqual([]);
  });
});

describe("detectPii", () => {
  it("returns ORIGINAL offsets after emoji (surrogate pairs) and combining marks", () => {
    const text = "😡👩‍👧 é̃ ñ̈ call her +62 812-3456-7890 🔥 or mail x.y@mail.co.id";
    const spans = detectPii(text, { language: "id" });
    expect(values(spans, text)).toEqual(["+62 812-3456-7890", "x.y@mail.co.id"]);
  });

  it("keeps the most confident of overlapping spans", () => {
    const text = "NID 01711234567";
    const spans = detectPii(text, { language: "bn" });
    expect(spans).toHaveLength(1);
  });

  it("can be limited to some types", () => {
    const text = "mail a@b.co or 010-1234-5678";
    expect(detectPii(text, { language: "ko", types: ["email"] }).map((s) => s.type)).toEqual(["email"]);
  });

  it("finds nothing in a plain sentence", () => {
    expect(detectPii("thank you so much, see you tomorrow at 5 🙂", { language: "en" })).toEqual([]);
  });
});
