import { describe, expect, it } from "vitest";
import { normaliseText } from "./normalise.js";
import { hasMaskWords, maskAwareNormaliser, MaskVocabulary } from "./unmask.js";

const vocab = new MaskVocabulary(["bitch", "slut", "whore", "women", "stupid", "fuck", "hoe", "hag", "रंडी", "сука", "ab", "two words", "شرموطة", "ควาย"]);
const read = (text: string) => vocab.unmask(normaliseText(text));

describe("MaskVocabulary", () => {
  it("reads a substituted letter when exactly one word fits", () => {
    expect(read("w*men are st*pid").normalised).toBe("women are stupid");
    expect(read("you b#tch").normalised).toBe("you bitch");
    expect(read("f**k off").normalised).toBe("fuck off");
    expect(read("с*ка").normalised).toBe("сука");
    expect(read("रं*ी").normalised).toBe("रंडी");
  });

  it("reads an inserted mask character", () => {
    expect(read("sl*ut").normalised).toBe("slut");
    expect(read("wh••ore").normalised).toBe("whore");
  });

  it("leaves ambiguous, mostly masked, unknown and unmasked tokens alone", () => {
    expect(read("h*g").normalised).toBe("hag"); // only hag fits h?g
    expect(read("h**").normalised).toBe("h**"); // one letter
    expect(read("***").normalised).toBe("***");
    expect(read("s***").normalised).toBe("s***"); // more masks than letters
    expect(new MaskVocabulary(["hoe", "hue"]).resolve("h*e")).toBeNull(); // two readings
    expect(read("c*t").normalised).toBe("c*t"); // no vocabulary word
    expect(read("markdown *bold* text").normalised).toBe("markdown *bold* text");
    expect(read("a*b").normalised).toBe("a*b"); // two-letter words are not in the vocabulary
    const plain = normaliseText("nothing masked here");
    expect(vocab.unmask(plain)).toBe(plain);
  });

  it("keeps the offset map: spans still point at the masked spelling", () => {
    const original = "😈 You are a SL*UT and a b*tch";
    const r = vocab.unmask(normaliseText(original));
    expect(r.normalised).toBe("😈 you are a slut and a bitch");
    expect(r.offsets.length).toBe(r.normalised.length + 1);
    const at = (word: string) => {
      const s = r.normalised.indexOf(word);
      return original.slice(r.offsets[s], r.offsets[s + word.length - 1] + 1);
    };
    expect(at("slut")).toBe("SL*UT");
    expect(at("bitch")).toBe("b*tch");
  });

  it("skips vocabulary entries that are not single words, and finds components that offer words", () => {
    expect(vocab.resolve("two w*rds")).toBeNull();
    expect(hasMaskWords({ maskWords: () => ["x"] })).toBe(true);
    expect(hasMaskWords({ id: "fasttext" })).toBe(false);
  });

  it("joins spaced-out letters of a vocabulary word in scripts the normaliser leaves apart, and only those", () => {
    expect(read("انتي ش ر م و ط ة").normalised).toBe("انتي شرموطة");
    expect(read("يا ش ر م و ط ة").normalised).toBe("يا شرموطة"); // the short word before it is not glued on
    expect(read("तू रं डी है").normalised).toBe("तू रंडी है");
    expect(read("เป็น ค.ว.า.ย").normalised).toBe("เป็น ควาย");
    expect(read("و ل ا ب").normalised).toBe("و ل ا ب"); // short words, no vocabulary word inside
    expect(read("s l u t").normalised).toBe("slut"); // Latin: the normaliser's own stage
    const r = read("x ش ر م و ط ة");
    expect(r.offsets.length).toBe(r.normalised.length + 1);
    const s = r.normalised.indexOf("شرموطة");
    expect("x ش ر م و ط ة".slice(r.offsets[s], r.offsets[s + 5] + 1)).toBe("ش ر م و ط ة");
  });

  it("builds the service's normaliser from the components that offer words, ignoring the others", () => {
    const normalise = maskAwareNormaliser([{ maskWords: () => ["stupid"] }, { id: "fasttext" }]);
    expect(normalise("W*men are ST*PID").normalised).toBe("w*men are stupid");
    expect(normalise("plain text")).toEqual(normaliseText("plain text"));
  });
});
