import { beforeAll, describe, expect, it } from "vitest";
import { normaliseText } from "../../content/text/normalise.js";
import { LexiconClassifier } from "../lexicon/index.js";
import type { PreparedText } from "../types.js";
import { loadDetectorData, type DetectorData } from "./cue-data.js";
import { createDetectors, type RuleDetectors } from "./index.js";
import { scopeFalseFriends } from "./pairing-detector.js";

/**
 * Cases written for this test (not taken from any dataset or evaluation set). The detector's intended operating
 * point is the rule weight (0.7–0.75) against the default misogyny threshold (~0.36); dampened texts stay below it.
 */
const FIRES = 0.5;
const QUIET = 0.25;

type Case = [lang: string, text: string];

const GENERALISATIONS: Case[] = [
  ["en", "Women are useless and should stay in the kitchen"],
  ["en", "females are parasites"],
  ["en", "women should not be allowed to vote"],
  ["fr", "Les femmes sont inférieures aux hommes"],
  ["es", "Las mujeres son unas inútiles"],
  ["pt", "Mulher é tudo interesseira"],
  ["de", "Frauen sind dumm"],
  ["it", "Le donne sono inferiori"],
  ["ru", "Бабы тупые"],
  ["zh", "女人都是贱货"],
  ["ko", "여자들은 멍청하다"],
];

const NOT_DEROGATION: Case[] = [
  ["en", "Women are not useless"],
  ["en", "women make up half the workforce"],
  ["en", "Women are brilliant leaders"],
  ["en", "The women arrived late. Stupid traffic."],
  ["en", "that referee is a useless idiot"],
  ["de", "Frauen sind nicht dumm"],
  ["ko", "여자들은 멍청하지 않다"],
];

let detectors: RuleDetectors;
let data: DetectorData;
let lexicon: LexiconClassifier;
const prepared = (text: string, language = "en"): PreparedText => ({ original: text, ...normaliseText(text), language });
const score = async ([lang, text]: Case, d: RuleDetectors = detectors): Promise<number> =>
  (await d.misogyny.classify([prepared(text, lang)]))[0].scores.misogyny ?? Number.NaN;

beforeAll(async () => {
  data = await loadDetectorData();
  lexicon = await LexiconClassifier.load("models/lexicons", { framingDir: "models/framing" });
  detectors = createDetectors(data, (t) => lexicon.frame(t).framed);
});

describe("scopeFalseFriends", () => {
  const cues = {
    es: { dehum: ["cerdas", "vacas"], negation: ["no"] },
    id: { pos: ["cerdas", "pintar"], negation: ["tidak"] },
    ms: { pos: ["cerdas"] },
    en: { derog: ["useless", "🐄", "incapable"], negpos_cancel: ["incapable"] },
    fr: { derog: ["🐄"], negpos_cancel: ["incapable"] },
  };

  const benign = new Set(["pos", "negpos_cancel", "counter", "emote_cancel"]);

  it("moves a spelling that languages list as abuse and other languages list as benign to scoped categories, and nothing else", () => {
    const { cues: out, scoped } = scopeFalseFriends(cues, benign);
    expect(out.es).toEqual({ dehum: ["vacas"], "dehum#es": ["cerdas"], negation: ["no"] });
    expect(out.id).toEqual({ "pos#id+ms": ["cerdas"], pos: ["pintar"], negation: ["tidak"] });
    expect(out.ms).toEqual({ "pos#id+ms": ["cerdas"] });
    expect([...scoped.keys()].sort()).toEqual(["dehum#es", "pos#id+ms"]);
    expect([...scoped.get("pos#id+ms")!].sort()).toEqual(["id", "ms"]);
    // abuse and benign in one language (en "incapable", which fr lists as benign too), an emoji: not false friends
    expect(out.en).toEqual(cues.en);
    expect(out.fr).toEqual(cues.fr);
    // two benign roles in different languages are not false friends either
    expect(scopeFalseFriends({ en: { emote_cancel: ["misogyny"] }, hi_latn: { counter: ["misogyny"] } }, benign).scoped.size).toBe(0);
  });

  it("folds case and spacing, and counts romanised keys under their language", () => {
    const { scoped } = scopeFalseFriends({ hi_latn: { derog: ["Ga  Di"] }, ur_latn: { derog: ["ga di"] }, id: { pos: ["ga di"] } }, benign);
    expect([...scoped.keys()].sort()).toEqual(["derog#hi+ur", "pos#id"]);
  });
});

describe("MisogynyDetector", () => {
  it.each(GENERALISATIONS)("[%s] flags %s", async (lang, text) => {
    expect(await score([lang, text])).toBeGreaterThanOrEqual(FIRES);
  });

  it.each(NOT_DEROGATION)("[%s] does not flag %s", async (lang, text) => {
    expect(await score([lang, text])).toBe(0);
  });

  it("counts a negated pairing as negated, not as evidence", () => {
    const a = detectors.misogyny.analyse(prepared("Women are not stupid"));
    expect(a).toMatchObject({ score: 0, negated: 1, rules: [] });
  });

  it("dampens counter-speech that quotes the claim, and a survivor's report (the lexicon's framing)", async () => {
    const quoted = detectors.misogyny.analyse(prepared("Saying women are stupid is sexist"));
    expect(quoted.raw).toBeGreaterThanOrEqual(FIRES);
    expect(quoted.score).toBeLessThan(QUIET);
    expect(quoted.dampenedBy).toContain("counter");
    const report = detectors.misogyny.analyse(prepared("He told me women are stupid and I reported him"));
    expect(report.dampenedBy).toContain("framed");
    expect(report.score).toBeLessThan(QUIET);
    // without the lexicon's framing test the same report is only dampened by context.json, if at all
    const unframed = createDetectors(data);
    expect(await score(["en", "He told me women are stupid and I reported him"], unframed)).toBeGreaterThan(report.score);
  });

  it("dampens a claim stated in order to reject it (session-10 rebuttal cues), and not the same claim asserted", () => {
    const rebuttals: Case[] = [
      ["en", "I disagree that women in politics are stupid"],
      ["de", "Ich stimme nicht zu, dass Frauen dumm sind"],
      ["es", "No estoy de acuerdo con que las mujeres sean inútiles"],
    ];
    for (const [lang, text] of rebuttals) {
      const a = detectors.misogyny.analyse(prepared(text, lang));
      expect(a.raw, text).toBeGreaterThanOrEqual(FIRES);
      expect(a.dampenedBy, text).toContain("counter");
      expect(a.score, text).toBeLessThan(QUIET);
    }
    expect(detectors.misogyny.analyse(prepared("Women in politics are stupid")).dampenedBy).toEqual([]);
  });

  it("does not read Arabic 'I hate women' (أكره النساء) as the counter-speech noun 'misogyny' (كره النساء) it contains", () => {
    const a = detectors.misogyny.analyse(prepared("أكره النساء", "ar"));
    expect(a.score).toBeGreaterThanOrEqual(FIRES);
    expect(a.dampenedBy).not.toContain("counter");
    expect(detectors.misogyny.analyse(prepared("القول إن النساء غبيات هو كراهية النساء", "ar")).dampenedBy).toContain("counter");
  });

  it("applies the negators of the text's language (and English's), not a word that negates in another language", () => {
    // Vietnamese "ko" (not) is the Tagalog possessive "ko" (my): in Tagalog text it negates nothing
    const text = "ang mga babae sa trabaho ko, bobo lahat";
    expect(detectors.misogyny.analyse(prepared(text, "tl")).score).toBeGreaterThanOrEqual(FIRES);
    expect(detectors.misogyny.analyse(prepared(text, "vi"))).toMatchObject({ score: 0, negated: 1 });
    // a language without its own list (or unknown) uses every language's negators
    expect(detectors.misogyny.analyse(prepared(text, "und")).score).toBe(0);
    // a hint with a region is read by its language
    expect(detectors.misogyny.analyse(prepared(text, "tl-ph")).score).toBeGreaterThanOrEqual(FIRES);
    // English negators count whatever the detected language (code-mixing; misidentified short texts)
    expect(detectors.misogyny.analyse(prepared("women are not stupid", "sw")).score).toBe(0);
  });

  it("reads a false friend in the role of the text's language: Spanish 'cerdas' (sows) is Indonesian and Malay 'cerdas' (clever)", () => {
    const sows = data.misogyny.cues.es.dehum.includes("cerdas") && data.misogyny.cues.id.pos.includes("cerdas");
    expect(sows, "the data no longer lists the pair this test is about").toBe(true);
    expect(detectors.misogyny.analyse(prepared("Perempuan itu cerdas.", "id")).score).toBe(0);
    expect(detectors.misogyny.analyse(prepared("Perempuan memang cerdas", "ms")).score).toBe(0);
    expect(detectors.misogyny.analyse(prepared("Las mujeres son cerdas", "es")).score).toBeGreaterThanOrEqual(FIRES);
    // in Indonesian the positive role still counts: negated, it is derogation
    expect(detectors.misogyny.analyse(prepared("Perempuan itu tidak cerdas", "id")).score).toBeGreaterThanOrEqual(FIRES);
    // English lists neither role; a language the file does not know keeps both, like the negators
    expect(detectors.misogyny.analyse(prepared("those women are cerdas", "en")).score).toBe(0);
    expect(detectors.misogyny.analyse(prepared("Las mujeres son cerdas", "und")).score).toBeGreaterThanOrEqual(FIRES);
  });

  it("does not count a pair with a phrase quoted inside a longer text (mentioned, not used); a text that is only the quotation counts", () => {
    const inQuote = detectors.misogyny.analyse(prepared('"Women are parasites" is what he wrote, and it is disgusting'));
    expect(inQuote.score).toBe(0);
    expect(inQuote.quoted).toBeGreaterThan(0);
    // only the predicate is quoted: the women reference outside the quotation used to pair with it
    const predicateQuoted = detectors.misogyny.analyse(prepared('People who call women "parasites" online are the problem'));
    expect(predicateQuoted.score).toBe(0);
    expect(predicateQuoted.quoted).toBeGreaterThan(0);
    expect(detectors.misogyny.analyse(prepared('"Women are parasites"')).score).toBeGreaterThanOrEqual(FIRES);
    // single quotation marks quote as well (apostrophes inside words do not)
    const single = detectors.misogyny.analyse(prepared("He wrote 'women are parasites' under her post and I've reported it"));
    expect(single.score).toBe(0);
    expect(single.quoted).toBeGreaterThan(0);
    // the threat detector keeps the old rule (both phrases inside one quotation): a scare-quoted verb still counts
    expect(data.threat.scoring.quoted_phrase_discounts).toBeFalsy();
  });

  it("fires on a predicate phrase that contains the women reference, not on a slur listed as both", () => {
    const kitchen = detectors.misogyny.analyse(prepared("Las mujeres a la cocina"));
    expect(kitchen.rules.map((r) => r.rule)).toEqual(["group_prescriptive"]);
    const both = data.misogyny.cues.en.women_group.find((p) => data.misogyny.cues.en.derog.includes(p));
    if (both) expect(detectors.misogyny.analyse(prepared(both)).score).toBe(0);
  });

  it("fires on the writer's hostility towards women (group_emote), within a tight window", () => {
    for (const text of ["I hate women", "I can't stand modern women", "women disgust me"]) {
      const a = detectors.misogyny.analyse(prepared(text));
      expect(a.rules.map((r) => r.rule), text).toEqual(["group_emote"]);
    }
    for (const [lang, text] of [["de", "Ich hasse Frauen"], ["es", "Odio a las mujeres"], ["sw", "Nawachukia wanawake"], ["vi", "tôi ghét đàn bà"]] as Case[]) {
      expect(detectors.misogyny.analyse(prepared(text, lang)).rules.map((r) => r.rule), text).toEqual(["group_emote"]);
    }
    // the feeling is about something else (an `emote_cancel` phrase right after it), or negated
    expect(detectors.misogyny.analyse(prepared("I hate it when people insult women")).score).toBe(0);
    expect(detectors.misogyny.analyse(prepared("I hate that women are paid less")).score).toBe(0);
    expect(detectors.misogyny.analyse(prepared("I don't hate women")).score).toBe(0);
    expect(detectors.misogyny.analyse(prepared("I hate Mondays")).score).toBe(0);
  });

  it("negates a phrase that contains the women reference as it negates a phrase on its own", () => {
    // "ненавижу женщин" (hate women) is one emote phrase holding the women word: the pair is the phrase alone
    expect(detectors.misogyny.analyse(prepared("Я ненавижу женщин", "ru")).score).toBeGreaterThanOrEqual(FIRES);
    expect(detectors.misogyny.analyse(prepared("Я не ненавижу женщин", "ru"))).toMatchObject({ score: 0, negated: 1 });
    const quoted = detectors.misogyny.analyse(prepared("«Я ненавижу женщин» — так писать отвратительно", "ru"));
    expect(quoted.score).toBe(0);
    expect(quoted.quoted).toBeGreaterThan(0);
  });

  it("does not read Vietnamese 'nó' (he, she) as the English negator 'no' it folds to", () => {
    expect(detectors.misogyny.analyse(prepared("nó ghét đàn bà", "vi")).score).toBeGreaterThanOrEqual(FIRES);
  });

  it("fires on a positive trait denied to women (group_negpos), not on the same trait affirmed, compared or asked about", () => {
    const negpos: Case[] = [
      ["en", "Women are not intelligent"],
      ["en", "women can never be trusted"],
      ["en", "Women will never be good leaders"],
      // a negating determiner right before the women reference ("no woman"), `negation_det`
      ["en", "No woman can lead"],
      ["de", "Frauen sind nicht intelligent"],
      ["es", "Las mujeres no son inteligentes"],
      ["it", "Le donne non sono intelligenti"],
      ["pt", "Mulheres não são inteligentes"],
      ["zh", "女人不聪明"],
      ["ko", "여자들은 똑똑하지 않다"],
      ["hi", "औरतें समझदार नहीं होतीं"],
    ];
    for (const [lang, text] of negpos) {
      const a = detectors.misogyny.analyse(prepared(text, lang));
      expect(a.rules.map((r) => r.rule), text).toEqual(["group_negpos"]);
      expect(a.score).toBeGreaterThanOrEqual(FIRES);
    }
    // the same determiner negates a derogatory pair
    expect(detectors.misogyny.analyse(prepared("no woman is stupid"))).toMatchObject({ score: 0, negated: 1 });
    for (const text of [
      "women are intelligent",
      "Women are no less intelligent than men",
      "Women are not only smart but also kind",
      "Aren't women smart?",
      '"Women can\'t lead" is what he said, and it is nonsense',
      // imposed on women, not a trait denied them; the trait before the women reference; "not X, but Y"
      "women are not safe online",
      "smart women don't date losers",
      "Women are not weak, they are strong",
    ]) {
      expect(detectors.misogyny.analyse(prepared(text)).score, text).toBe(0);
    }
  });

  it("returns spans for both phrases of a pairing, in ORIGINAL offsets", async () => {
    const text = "😈 Women are ｕｓｅｌｅｓｓ";
    const [r] = await detectors.misogyny.classify([prepared(text)]);
    expect((r.spans ?? []).map((s) => text.slice(s.start, s.end))).toEqual(["Women", "ｕｓｅｌｅｓｓ"]);
    expect(r.spans?.every((s) => s.label === "misogyny" && s.source === "misogyny-detector")).toBe(true);
  });
});
