import { beforeAll, describe, expect, it } from "vitest";
import { normaliseText } from "../../content/text/normalise.js";
import { LexiconClassifier } from "../lexicon/index.js";
import type { PreparedText } from "../types.js";
import { type DetectorData, loadDetectorData } from "./cue-data.js";
import { createDetectors, type RuleDetectors, SexualHarassmentDetector } from "./index.js";

/**
 * Cases written for this test (not taken from any dataset or evaluation set). The rule weights (0.7–0.8) sit above
 * the default sexual_harassment threshold (~0.39); dampened and negated texts stay far below it.
 */
const FIRES = 0.6;
const QUIET = 0.3;

type Case = [lang: string, text: string];

const ADVANCES: Case[] = [
  ["en", "hey babe send nudes"],
  ["en", "I want to sleep with you tonight, come over"],
  ["en", "nice tits, how much for a night?"],
  ["fr", "envoie-moi des nudes ma belle"],
  ["pt", "me manda nudes gostosa"],
  ["de", "Schick mir Nacktbilder, Süße"],
  ["ru", "скинь нюдсы, красотка"],
  ["ar", "ابعتيلي صور عريانة"],
  ["hi", "अपनी नंगी फोटो भेज"],
  ["id", "kirim foto bugil dong"],
  ["ko", "가슴 사진 보내줘"],
  ["zh", "发裸照给我看看"],
  ["sw", "nitumie picha za uchi"],
  ["vi", "gửi ảnh nude cho anh đi"],
  ["th", "ส่งรูปโป๊มาดูหน่อย"],
];

const NOT_ADVANCES: Case[] = [
  ["en", "fuck you, you idiot"],
  ["en", "send me the photos from the wedding"],
  ["en", "I miss you, can't wait to see you"],
  ["es", "mándame las fotos de la boda"],
  ["fr", "envoie-moi les photos du mariage"],
  ["de", "Schick mir die Fotos vom Urlaub"],
  ["ru", "скинь фотки с отпуска"],
  ["id", "kirim foto liburan kemarin dong"],
  ["hi", "शादी की फोटो भेज दो"],
];

let detectors: RuleDetectors;
let data: DetectorData;
const prepared = (text: string, language = "en"): PreparedText => ({ original: text, ...normaliseText(text), language });
const score = async ([lang, text]: Case): Promise<number> =>
  (await detectors.sexualHarassment.classify([prepared(text, lang)]))[0].scores.sexual_harassment ?? Number.NaN;

beforeAll(async () => {
  const lexicon = await LexiconClassifier.load("models/lexicons", { framingDir: "models/framing" });
  data = await loadDetectorData();
  detectors = createDetectors(data, (t) => lexicon.frame(t).framed);
});

describe("SexualHarassmentDetector", () => {
  it.each(ADVANCES)("[%s] flags %s", async (lang, text) => {
    expect(await score([lang, text])).toBeGreaterThanOrEqual(FIRES);
  });

  it.each(NOT_ADVANCES)("[%s] does not flag %s", async (lang, text) => {
    expect(await score([lang, text])).toBe(0);
  });

  it("does not count a negated advance, and says so", () => {
    const a = detectors.sexualHarassment.analyse(prepared("I will never sleep with you"));
    expect(a.score).toBe(0);
    expect(a.negated).toBeGreaterThan(0);
  });

  it("reads a negator that ends a yes/no question as asking, not negating (scoring.question_tags_ask)", () => {
    const text = prepared("send nudes or not?");
    expect(detectors.sexualHarassment.analyse(text).score).toBeGreaterThanOrEqual(FIRES);
    const off = new SexualHarassmentDetector({ ...data.sexualHarassment, scoring: { ...data.sexualHarassment.scoring, question_tags_ask: false } }, data.context);
    expect(off.analyse(text).score).toBe(0);
    expect(detectors.sexualHarassment.analyse(prepared("I will never send nudes")).score).toBe(0);
  });

  it("dampens a survivor's report and counter-speech quoting an advance", () => {
    const report = detectors.sexualHarassment.analyse(prepared("A man I don't know keeps messaging me 'send nudes', I reported him to the police"));
    expect(report.score).toBeLessThan(QUIET);
    const counter = detectors.sexualHarassment.analyse(prepared('Messages like "show me your boobs" are sexual harassment'));
    expect(counter.score).toBeLessThan(QUIET);
  });

  it("reports the matched phrases as spans", async () => {
    const [r] = await detectors.sexualHarassment.classify([prepared("hey babe send nudes")]);
    expect(r.spans?.map((s) => "hey babe send nudes".slice(s.start, s.end))).toContain("send nudes");
  });
});
