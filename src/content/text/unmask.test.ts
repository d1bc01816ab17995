import { describe, expect, it } from "vitest";
import { normaliseText } from "./normalise.js";
import { hasMaskWords, maskAwareNormaliser, MaskVocabulary } from "./unmask.js";

const vocab = new MaskVocabulary(["bitch", "slut", "whore", "women", "stupid", "fuck", "hoe", "hag", "रंडी", "сука", "ab", "two words", "شرموطة", "ควาย", "মাগী"]);
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

  it("reads masks only at a token's edges as nothing: hashtags and emphasis", () => {
    expect(new MaskVocabulary(["musa", "isis"]).resolve("#usa")).toBeNull();
    expect(new MaskVocabulary(["idiot"]).resolve("***idiot")).toBe("idiot");
    expect(new MaskVocabulary(["a peach phrase"]).resolve("*each")).toBeNull(); // emphasis: "*each other*"
    expect(vocab.resolve("*women*")).toBe("women");
    expect(new MaskVocabulary(["lixo"]).resolve("*ixo")).toBe("lixo"); // a leading "*" may hide a letter of a word of its own
    expect(new MaskVocabulary(["a lixo phrase"]).resolve("*ixo")).toBeNull();
    // markdown: a word must not take more hidden letters than typed ones, nor cross into another script
    expect(new MaskVocabulary(["tits"]).resolve("**its")).toBeNull();
    expect(new MaskVocabulary(["වේසි"]).resolve("වේ**")).toBe("වේසි"); // trailing masks hide the last letters
    expect(new MaskVocabulary(["sex"]).resolve("#sex")).toBe("sex"); // a hashtag is its word
    expect(new MaskVocabulary(["musa"]).resolve("#usa")).toBeNull(); // never another word
    expect(new MaskVocabulary(["फाँसी"]).resolve("**the")).toBeNull();
  });

  it("leaves ambiguous, mostly masked, unknown and unmasked tokens alone", () => {
    expect(read("h*g").normalised).toBe("h*g"); // a Latin word of three letters is too easily another one
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

  it("takes the words of multi-word entries, and finds components that offer words", () => {
    expect(vocab.resolve("w*rds")).toBe("words");
    expect(vocab.resolve("two w*rds")).toBeNull(); // a token has no spaces
    expect(hasMaskWords({ maskWords: () => ["x"] })).toBe(true);
    expect(hasMaskWords({ id: "fasttext" })).toBe(false);
  });

  it("reads a masked word with an ending: particles, suffixes and stems", () => {
    const v = new MaskVocabulary(["쓰레기", "निकम्म", "fuck", "تافه", "cong"]);
    expect(v.resolve("쓰레*야")).toBe("쓰레기야"); // Korean particle
    expect(v.resolve("नि*म्मी")).toBe("निकम्मी"); // a stem and its vowel sign
    expect(v.resolve("f*cking")).toBe("fucking");
    expect(v.resolve("تاف*ات")).toBe("تافهات");
    expect(v.resolve("con*di")).toBeNull(); // Latin: a mask on the word's last letter may be a space
    expect(v.resolve("f*ckingtonshire")).toBeNull(); // the ending may not be longer than the word
  });

  it("lets a mask stand for a letter with its marks", () => {
    expect(new MaskVocabulary(["தேவடியா"]).resolve("தேவ*யா")).toBe("தேவடியா");
  });

  it("breaks ties by how often the components name a word, and gives up on a true tie", () => {
    expect(new MaskVocabulary(["slut", "slut", "slvt"]).resolve("sl*t")).toBe("slut");
    expect(new MaskVocabulary(["slut", "some phrase with slvt"]).resolve("sl*t")).toBe("slut"); // own entry beats a phrase word
    expect(new MaskVocabulary(["slut", "slet"]).resolve("sl*t")).toBeNull();
    // a word of phrases only reads one mask, and a word of its own comes first
    expect(new MaskVocabulary(["fucker", "a farader phrase"]).resolve("f***er")).toBe("fucker");
    expect(new MaskVocabulary(["a farader phrase"]).resolve("f***er")).toBeNull();
    expect(new MaskVocabulary(["fuck", "fans"]).resolve("f***ing")).toBeNull(); // an ending hides one letter at most
    expect(new MaskVocabulary(["a faraker phrase"]).resolve("f*raker")).toBe("faraker");
  });

  it("finds a masked word inside a longer token in scripts written without spaces", () => {
    const v = new MaskVocabulary(["ร่าน"]);
    expect(v.unmask(normaliseText("ว่าอีร่*นอย่างมึง")).normalised).toBe("ว่าอีร่านอย่างมึง");
  });

  it("reads leet the normaliser leaves alone when the reading is a vocabulary word", () => {
    const v = new MaskVocabulary(["pute", "tidak", "sharmouta", "rat", "line"]);
    const leet = (t: string) => v.unmask(normaliseText(t)).normalised;
    expect(leet("une pu73")).toBe("une pute");
    expect(leet("71dak")).toBe("tidak");
    expect(leet("ya sharmou74")).toBe("ya sharmouta");
    expect(leet("pu73s")).toBe("putes"); // a word with an ending
    expect(leet("line12")).toBe("line12"); // 2 has no letter reading
    expect(leet("ra7")).toBe("ra7"); // three letters: Arabizi writes letters with digits
    expect(new MaskVocabulary(["look"]).unmask(normaliseText("100k")).normalised).toBe("100k"); // a number, not "look"
    expect(leet("pute!")).toBe("pute!"); // the ending may not be leet
    expect(new MaskVocabulary(["shot"]).unmask(normaliseText("http://naver.me/5h07ulzu")).normalised).toBe("http://naver.me/5h07ulzu"); // a link
  });

  it("joins spaced-out letters of a vocabulary word in scripts the normaliser leaves apart, and only those", () => {
    expect(read("انتي ش ر م و ط ة").normalised).toBe("انتي شرموطة");
    expect(read("يا ش ر م و ط ة").normalised).toBe("يا شرموطة"); // the short word before it is not glued on
    expect(read("तू रं डी है").normalised).toBe("तू रंडी है");
    expect(read("เป็น ค.ว.า.ย").normalised).toBe("เป็น ควาย");
    expect(read("و ل ا ب").normalised).toBe("و ل ا ب"); // short words, no vocabulary word inside
    expect(read("s l u t").normalised).toBe("slut"); // Latin: the normaliser's own stage
    expect(read("চুপ কর, মা গী").normalised).toBe("চুপ কর, মাগী"); // two pieces that are exactly a word
    expect(new MaskVocabulary(["ඹවැ"]).unmask(normaliseText("උඹ වැඩ")).normalised).toBe("උඹ වැඩ"); // a word inside two words is not
    const hi = new MaskVocabulary(["काम", "नलाग्ने"]);
    expect(hi.unmask(normaliseText("का.म.न.ला.ग्ने")).normalised).toBe("काम नलाग्ने"); // two words side by side: a space between
    const r = read("x ش ر م و ط ة");
    expect(r.offsets.length).toBe(r.normalised.length + 1);
    const s = r.normalised.indexOf("شرموطة");
    expect("x ش ر م و ط ة".slice(r.offsets[s], r.offsets[s + 5] + 1)).toBe("ش ر م و ط ة");
  });

  it("glues a spaced-out word to its neighbours in scripts written without spaces", () => {
    const v = new MaskVocabulary(["ร่าน"]);
    expect(v.unmask(normaliseText("ว่าอี ร่ า นอย่างมึง")).normalised).toBe("ว่าอี ร่านอย่างมึง"); // only the spaces inside the word
    expect(v.unmask(normaliseText("ว่าอีร่ านอย่างมึง")).normalised).toBe("ว่าอีร่ านอย่างมึง"); // long pieces, short word: a phrase break
    expect(v.unmask(normaliseText("ไม่มีใคร สนใจ")).normalised).toBe("ไม่มีใคร สนใจ"); // no word across the space
  });

  it("gives a spaced-out phrase its spaces back when the normaliser joined it, and splits nothing else", () => {
    const normalise = maskAwareNormaliser([{ maskWords: () => ["tidak berguna", "con đi", "chim", "mati", "the rapist"] }]);
    expect(normalise("semua perempuan t.i.d.a.k.b.e.r.g.u.n.a").normalised).toBe("semua perempuan tidak berguna");
    expect(normalise("câm mồm đi, c o n đ ĩ").normalised).toBe("cam mom đi, con đi");
    expect(normalise("c.h.i.m.m.a.t.i").normalised).toBe("chimmati"); // two words of the vocabulary, but of no one phrase
    const withWord = maskAwareNormaliser([{ maskWords: () => ["ko biet", "kobiet"] }]);
    expect(withWord("k o b i e t").normalised).toBe("kobiet"); // a word of its own stays one
    expect(normalise("tidakberguna").normalised).toBe("tidakberguna"); // typed as one word: left as typed
    expect(normalise("therapist").normalised).toBe("therapist");
    const r = normalise("x t i d a k b e r g u n a");
    expect(r.offsets.length).toBe(r.normalised.length + 1);
    const at = r.normalised.indexOf("berguna");
    expect("x t i d a k b e r g u n a".slice(r.offsets[at], r.offsets[at + 6] + 1)).toBe("b e r g u n a");
  });

  it("reads each distinct token once and at most 256 per text", () => {
    const letters = "abcdefghijklmnopqrstuvwxyz";
    const words = Array.from({ length: 300 }, (_, i) => `q${letters[Math.floor(i / 26) % 26]}${letters[i % 26]}zz`);
    const v = new MaskVocabulary(words);
    const masked = words.map((w) => `${w.slice(0, 3)}*${w.slice(4)}`).join(" "); // "qab*z": one word fits each
    const out = v.unmask(normaliseText(masked)).normalised.split(" ");
    expect(out.slice(0, 256)).toEqual(words.slice(0, 256));
    expect(out[299]).toBe(`${words[299].slice(0, 3)}*${words[299].slice(4)}`); // past the budget: left as typed
    expect(v.resolve("a*b*c*d*e*f*g*h")).toBeNull(); // more than six masks in a token: not read
  });

  it("builds the service's normaliser from the components that offer words, ignoring the others", () => {
    const normalise = maskAwareNormaliser([{ maskWords: () => ["stupid"] }, { id: "fasttext" }]);
    expect(normalise("W*men are ST*PID").normalised).toBe("w*men are stupid");
    expect(normalise("plain text")).toEqual(normaliseText("plain text"));
  });
});
