import { describe, expect, it } from "vitest";
import { phoneDetector } from "./phone.js";

const values = (text: string, language?: string) =>
  phoneDetector.detect(text, { language }).map((s) => text.slice(s.start, s.end));

describe("phoneDetector", () => {
  it.each([
    ["ko", "번호 010-1234-5678 로 연락해", "010-1234-5678"],
    ["id", "nomornya 0812-3456-7890 sebarin", "0812-3456-7890"],
    ["bn", "ওর নম্বর ০১৭১১-২৩৪৫৬৭", "০১৭১১-২৩৪৫৬৭"], // Bengali digits
    ["ar", "رقمها ٠٥٠١٢٣٤٥٦٧", "٠٥٠١٢٣٤٥٦٧"], // Arabic-Indic digits
    ["fr", "son numéro 06 12 34 56 78", "06 12 34 56 78"],
    ["ru", "её номер 8 (916) 123-45-67", "8 (916) 123-45-67"],
    ["hi", "iska number 98765 43210 hai", "98765 43210"],
    ["pt", "zap dela (11) 98765-4321", "(11) 98765-4321"],
    ["vi", "sđt 0912 345 678", "0912 345 678"],
    ["sw", "namba yake 0712 345 678", "0712 345 678"],
  ])("[%s] finds a national-format number", (lang, text, expected) => {
    expect(values(text, lang)).toEqual([expected]);
  });

  it("finds an international number whatever the language", () => {
    const spans = phoneDetector.detect("WA +62 812-3456-7890", { language: "en" });
    expect(spans).toHaveLength(1);
    expect(spans[0].confidence).toBeGreaterThanOrEqual(0.9);
  });

  it("rates a number valid only outside the text's language regions lower", () => {
    const home = phoneDetector.detect("010-1234-5678", { language: "ko" })[0];
    const away = phoneDetector.detect("010-1234-5678", { language: "th" })[0];
    expect(home.confidence).toBeGreaterThan(away?.confidence ?? 0);
  });

  it.each(["call 1098 now", "it costs 1,250,000", "on 2024-05-01 at 10:30", "version 3.12.4", "ok"])(
    "ignores non-phone digits: %j",
    (text) => expect(values(text, "en")).toEqual([]),
  );
});

describe("phoneDetector context", () => {
  it.each(["@100046729 lol", "https://example.com/u/9876543210", "order #9876543210", "id9876543210"])(
    "ignores digits glued to a handle, URL or code: %j",
    (text) => expect(phoneDetector.detect(text, { language: "en" })).toEqual([]),
  );
});

describe("phoneDetector bounds", () => {
  it("examines only the first MAX_CANDIDATES digit stretches of a long text", async () => {
    const { MAX_CANDIDATES } = await import("./phone.js");
    const text = "call +44 7911 123456 now. ".repeat(MAX_CANDIDATES + 20);
    expect(phoneDetector.detect(text, { language: "en" })).toHaveLength(MAX_CANDIDATES);
  });
});

describe("phoneDetector language tags", () => {
  it("uses the primary subtag of a BCP 47 tag", () => {
    const tagged = phoneDetector.detect("010-1234-5678", { language: "ko-KR" })[0];
    const plain = phoneDetector.detect("010-1234-5678", { language: "ko" })[0];
    expect(tagged.confidence).toBe(plain.confidence);
  });
});
