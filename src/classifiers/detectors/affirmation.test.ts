import { beforeAll, describe, expect, it } from "vitest";
import { normaliseText } from "../../content/text/normalise.js";
import type { PreparedText } from "../types.js";
import { loadDetectorData, type DetectorData } from "./cue-data.js";
import { MisogynyDetector } from "./misogyny-detector.js";
import { coversEverySentence, listsHit, ownPhrases } from "./pairing.js";

/**
 * The misogyny detector's counter-evidence (`affirmed`: a positive statement about women, which fusion `vetoes` use to
 * cap the learnt models' hate and misogyny scores). Cue lists and cases written for this test.
 */
const CUES = {
  en: {
    women_group: ["women", "my sisters"],
    derog: ["are useless"],
    pos: ["capable"],
    praise: ["deserve respect", "are wonderful"],
    praise_emote: ["i admire"],
    praise_cancel: ["than", "only", "lol"],
    negation: ["not", "never"],
    counter: ["the claim that"],
  },
  de: { women_group: ["frauen"], praise: ["verdienen respekt"], negation: ["nicht"] },
  nl: { women_group: ["vrouwen"], pos: ["leiden"], negation: ["niet"] },
};

let data: DetectorData;
let detector: MisogynyDetector;
const prepared = (text: string, language = "en"): PreparedText => ({ original: text, ...normaliseText(text), language });
const affirmed = (text: string, language = "en") => detector.analyse(prepared(text, language)).affirmed.map((h) => text.slice(h.start, h.end));

beforeAll(async () => {
  data = await loadDetectorData();
  detector = new MisogynyDetector({ ...data.misogyny, cues: CUES }, { ...data.context, cues: {} });
});

describe("positive statements about women (counter-evidence)", () => {
  it("reads a women reference followed by praise, or next to the writer's admiration, as a positive statement", async () => {
    expect(affirmed("Women deserve respect.")).toEqual(["Women", "deserve respect"]);
    expect(affirmed("I admire my sisters")).toEqual(["my sisters", "I admire"]);
    expect(affirmed("Women are capable!")).toEqual(["Women", "capable"]);
    const [result] = await detector.classify([prepared("Women deserve respect.")]);
    expect(result).toMatchObject({ scores: { misogyny: 0 }, counter: [{ start: 0, end: 5 }, { start: 6, end: 21 }] });
  });

  it("finds none where the statement is denied, asked, discussed, restricted, compared or mixed with derogation", async () => {
    expect(affirmed("Women are not wonderful")).toEqual([]);
    expect(affirmed("women are wonderful?")).toEqual([]);
    expect(affirmed("The claim that women deserve respect is everywhere")).toEqual([]);
    expect(affirmed("only women are capable of being that dense")).toEqual([]);
    expect(affirmed("women are wonderful lol")).toEqual([]);
    expect(affirmed("a toaster is more capable than women")).toEqual([]);
    // the women reference must come first: "capable women" names which women, it says nothing of women
    expect(affirmed("capable women are leaving")).toEqual([]);
    expect(affirmed("Women are wonderful and women are useless")).toEqual([]);
    const [result] = await detector.classify([prepared("Women are not wonderful")]);
    expect(result.counter).toBeUndefined();
  });

  it("needs every sentence of the text to hold one", () => {
    expect(affirmed("Women are wonderful. The bus was late.")).toEqual([]);
    expect(affirmed("Women are wonderful. Women deserve respect.")).toHaveLength(4);
  });

  it("counts only the phrases of the text's own language (and English): Dutch 'leiden' is to lead, German 'leiden' to suffer", () => {
    expect(affirmed("Vrouwen leiden", "nl")).toEqual(["Vrouwen", "leiden"]);
    expect(affirmed("Frauen leiden", "de")).toEqual([]);
    expect(affirmed("Frauen verdienen Respekt", "de")).toEqual(["Frauen", "verdienen Respekt"]);
    // a language the lists do not have: only English phrases count
    expect(affirmed("Frauen verdienen Respekt", "fr")).toEqual([]);
    expect(affirmed("Women deserve respect", "fr")).toEqual(["Women", "deserve respect"]);
  });
});

describe("helpers", () => {
  it("coversEverySentence ignores pieces without words", () => {
    const hit = { start: 0, end: 5, category: "x" };
    expect(coversEverySentence("Women rock!!! 🙂", [hit])).toBe(true);
    expect(coversEverySentence("Women rock. Really.", [hit])).toBe(false);
    expect(coversEverySentence("Women rock.", [])).toBe(false);
  });

  it("listsHit matches whole phrases, stems and the first part of a gapped phrase, folded", () => {
    const own = ownPhrases({ en: { praise: ["deserve respect", "inspir*", "thank ~ for"] }, en_latn: { praise: ["are well-read"] } }, ["praise"]).get("en")!;
    expect(listsHit(own, "Deserve  Respect")).toBe(true);
    expect(listsHit(own, "inspiring")).toBe(true);
    expect(listsHit(own, "thank you all for")).toBe(true);
    expect(listsHit(own, "are well read")).toBe(true);
    expect(listsHit(own, "deserve")).toBe(false);
  });
});
