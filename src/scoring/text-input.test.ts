import { describe, expect, it } from "vitest";
import { checkText } from "./text-input.js";

describe("checkText", () => {
  it("accepts ordinary multilingual text with tabs and newlines", () => {
    expect(checkText("안녕하세요\tनमस्ते\nمرحبا 👋🏽", 100)).toBeNull();
  });
  it("rejects empty and whitespace-only text", () => {
    expect(checkText("", 10)?.code).toBe("empty");
    expect(checkText(" \n\t ", 10)?.code).toBe("empty");
  });
  it("rejects text over the limit", () => {
    expect(checkText("abcdef", 5)?.code).toBe("too_long");
    expect(checkText("abcde", 5)).toBeNull();
  });
  it("rejects lone surrogates but accepts pairs", () => {
    expect(checkText("ok \uD83D\uDE00", 10)).toBeNull();
    expect(checkText("bad \uD83D here", 20)).toMatchObject({ code: "lone_surrogate", index: 4 });
    expect(checkText("bad \uDE00", 20)).toMatchObject({ code: "lone_surrogate", index: 4 });
  });
  it("rejects control characters with their position", () => {
    expect(checkText("a\u0000b", 10)).toMatchObject({ code: "control_character", index: 1 });
    expect(checkText("a\u0085b", 10)?.code).toBe("control_character");
    expect(checkText("a\u007Fb", 10)?.code).toBe("control_character");
  });
});
