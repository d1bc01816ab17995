import { beforeAll, describe, expect, it } from "vitest";
import { normaliseText } from "../../content/text/normalise.js";
import { LexiconClassifier } from "../lexicon/index.js";
import type { PreparedText } from "../types.js";
import { loadDetectorData, type DetectorData } from "./cue-data.js";
import { createDetectors, type RuleDetectors, ThreatDetector } from "./index.js";

/**
 * Cases written for this test (not taken from any dataset or evaluation set). The rule weights (0.75–0.85) sit above
 * the default threat threshold (~0.54); dampened and negated texts stay far below it.
 */
const FIRES = 0.6;
const QUIET = 0.3;

type Case = [lang: string, text: string];

const THREATS: Case[] = [
  ["en", "I will find you and kill you"],
  ["en", "you're dead, bitch"],
  ["en", "women like her deserve to be raped"],
  ["es", "Te voy a matar, zorra"],
  ["fr", "Je vais te tuer"],
  ["pt", "Vou te matar"],
  ["de", "Ich bringe dich um"],
  ["ru", "Я тебя убью"],
  ["hi", "मैं तुझे जान से मार दूंगा"],
  ["zh", "我要杀了你"],
];

/** Calls for violence by others (session 16's `incite` frames with a `violence` phrase). */
const INCITEMENT: Case[] = [
  ["en", "people like her ought to be beaten"],
  ["de", "Es wird Zeit, dass jemand sie verprügelt"],
  ["es", "Alguien tiene que darle una paliza a esa tipa"],
];

const NOT_THREATS: Case[] = [
  ["en", "I would never hurt you"],
  ["en", "this heat is killing me"],
  ["en", "Thanks for the recipe, I will try it this weekend"],
];

let detectors: RuleDetectors;
let data: DetectorData;
const prepared = (text: string, language = "en"): PreparedText => ({ original: text, ...normaliseText(text), language });
const score = async ([lang, text]: Case): Promise<number> => (await detectors.threat.classify([prepared(text, lang)]))[0].scores.threat ?? Number.NaN;

beforeAll(async () => {
  data = await loadDetectorData();
  const lexicon = await LexiconClassifier.load("models/lexicons", { framingDir: "models/framing" });
  detectors = createDetectors(data, (t) => lexicon.frame(t).framed);
});

describe("ThreatDetector", () => {
  it.each(THREATS)("[%s] flags %s", async (lang, text) => {
    expect(await score([lang, text])).toBeGreaterThanOrEqual(FIRES);
  });

  it.each(INCITEMENT)("[%s] flags the call for violence %s (incite_violence)", async (lang, text) => {
    expect(detectors.threat.analyse(prepared(text, lang)).rules.map((r) => r.rule)).toContain("incite_violence");
    expect(await score([lang, text])).toBeGreaterThanOrEqual(FIRES);
  });

  it.each(NOT_THREATS)("[%s] does not flag %s", async (lang, text) => {
    expect(await score([lang, text])).toBe(0);
  });

  it("does not count a negated announcement, and says so", () => {
    const a = detectors.threat.analyse(prepared("I will never kill you"));
    expect(a.score).toBe(0);
    expect(a.negated).toBeGreaterThan(0);
  });

  it("dampens a survivor's report (the lexicon's framing) and counter-speech quoting a threat", () => {
    const report = detectors.threat.analyse(prepared("He told me he will kill me and I reported him to the police"));
    expect(report.score).toBeLessThan(QUIET);
    const quoted = detectors.threat.analyse(prepared('Messages like "I will kill you" are a crime, report them'));
    expect(quoted.score).toBeLessThan(QUIET);
  });

  it("pairs an announcement and a violence phrase that share a word", () => {
    const lists = { intent: ["vou te"], violence: ["te estrangular"], threat_phrase: ["xqxq"], wish: ["xqxq"], negation: ["não"], counter: ["xqxq"] };
    const detector = new ThreatDetector({ ...data.threat, cues: { pt: lists } }, data.context);
    expect(detector.analyse(prepared("vou te estrangular", "pt")).rules.map((r) => r.rule)).toEqual(["intent_violence"]);
    expect(detector.analyse(prepared("vou te ver amanhã", "pt")).score).toBe(0);
  });

  it("fires incite_violence on a call for violence by others (session 16), not on the frame alone, nor when negated", () => {
    const lists = { intent: ["xqxq"], incite: ["someone should", "deserve"], violence: ["be beaten", "a beating"], threat_phrase: ["xqxq"], wish: ["xqxq"], negation: ["not"], counter: ["xqxq"] };
    const detector = new ThreatDetector({ ...data.threat, cues: { en: lists } }, data.context);
    const fired = (text: string) => detector.analyse(prepared(text)).rules.map((r) => r.rule);
    expect(fired("they deserve a beating, all of them")).toEqual(["incite_violence"]);
    expect(fired("someone should make sure she is beaten")).toEqual([]); // "be beaten" is not there
    expect(detector.analyse(prepared("someone should fix the sink")).score).toBe(0);
    expect(detector.analyse(prepared("they do not deserve a beating")).score).toBe(0);
    // with the shipped English negators, "doesn't" cancels the frame too
    expect(detectors.threat.analyse(prepared("she doesn't deserve a beating")).rules.map((r) => r.rule)).not.toContain("incite_violence");
    // the frame and the violence phrase in different sentences do not pair
    expect(detector.analyse(prepared("Someone should call. A beating was reported downtown")).score).toBe(0);
    expect(detector.analyse(prepared("they deserve a beating")).score).toBeGreaterThanOrEqual(FIRES);
  });

  it("names the violence verbs for the mask vocabulary", () => {
    expect(detectors.threat.maskWords()).toEqual(expect.arrayContaining(["murder", "rape"]));
  });
});
