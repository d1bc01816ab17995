import { describe, expect, it } from "vitest";
import { mapSpanToOriginal, normaliseText } from "./normalise.js";

const norm = (s: string): string => normaliseText(s).normalised;

/** Every offset points into the original and offsets never go backwards. */
function expectWellFormedOffsets(original: string): void {
  const { normalised, offsets } = normaliseText(original);
  expect(offsets.length).toBe(normalised.length + 1);
  expect(offsets[normalised.length]).toBe(original.length);
  for (let i = 0; i < normalised.length; i++) {
    expect(offsets[i]).toBeGreaterThanOrEqual(0);
    expect(offsets[i]).toBeLessThan(original.length);
    if (i > 0) expect(offsets[i]).toBeGreaterThanOrEqual(offsets[i - 1]);
  }
}

describe("normaliseText: Unicode NFKC and case", () => {
  it("folds fullwidth, mathematical and circled letters to ASCII", () => {
    expect(norm("ＳＬＵＴ")).toBe("slut");
    expect(norm("𝐬𝐥𝐮𝐭")).toBe("slut");
    expect(norm("ⓢⓛⓤⓣ")).toBe("slut");
  });
  it("lowercases without locale rules (Turkish dotted I becomes plain i)", () => {
    expect(norm("HELLO İstanbul")).toBe("hello istanbul");
    expect(norm("ΣΟΦΙΑ")).toBe("σοφια");
  });
  it("strips accents and zalgo stacks from Latin letters", () => {
    expect(norm("Ünïcödé ÇA")).toBe("unicode ca");
    expect(norm("z̷̢a̸l̴g̵o̶")).toBe("zalgo");
  });
});

describe("normaliseText: invisible characters", () => {
  it("removes zero-width characters, soft hyphens and BOM", () => {
    expect(norm("sl\u200But")).toBe("slut");
    expect(norm("wh\u200Do\u00ADre\uFEFF")).toBe("whore");
    expect(norm("b\u2060itch")).toBe("bitch");
  });
  it("removes bidi controls and isolates", () => {
    expect(norm("\u202Eslut\u202C")).toBe("slut");
    expect(norm("\u2066abc\u2069 \u200Fdef\u200E")).toBe("abc def");
  });
  it("removes control characters but keeps line breaks as spaces", () => {
    expect(norm("a\u0000b\u0007c")).toBe("abc");
    expect(norm("line1\nline2\r\n\tend")).toBe("line1 line2 end");
  });
  it("removes variation selectors, tag characters and Hangul filler padding", () => {
    expect(norm("s\uFE0Flut")).toBe("slut");
    expect(norm("hi\u{E0041}\u{E0042}")).toBe("hi");
    expect(norm("시\u3164발")).toBe("시발");
  });
});

describe("normaliseText: confusables / homoglyphs", () => {
  it("folds Cyrillic and Greek look-alikes inside a Latin token", () => {
    expect(norm("ѕlut")).toBe("slut"); // Cyrillic dze
    expect(norm("whоrе")).toBe("whore"); // Cyrillic o and e
    expect(norm("bιtch")).toBe("bitch"); // Greek iota
  });
  it("leaves genuine Cyrillic and Greek words alone", () => {
    expect(norm("Сука блять")).toBe("сука блять");
    expect(norm("καλημέρα")).toBe("καλημερα");
  });
  it("reads Latin look-alikes inside a Cyrillic word as Cyrillic", () => {
    expect(norm("закрой рот, шлюxa")).toBe("закрои рот, шлюха"); // Latin x and a
    expect(norm("тупая пoдctилka")).toBe("тупая подстилка");
    expect(norm("Аузыңды жап, жeзөkшe")).toBe("аузыңды жап, жезөкше"); // Kazakh
    expect(norm("Сен сияқты қaншық")).toBe("сен сияқты қаншық"); // not "қahшық": the Cyrillic н stays
  });
  it("gives a word made only of look-alikes the text's dominant script", () => {
    expect(norm("все девушки mycop, без исключений")).toBe("все девушки мусор, без исключении"); // all-Latin мусор
    expect(norm("todas as meninas são um ӏіхо")).toBe("todas as meninas sao um lixo"); // all-Cyrillic lixo
    expect(norm("Nobody cares what a sӏut thinks")).toBe("nobody cares what a slut thinks"); // palochka
    expect(norm("my cop")).toBe("my cop"); // no Cyrillic text: nothing to read
    expect(norm("он сказал OK")).toBe("он сказал ok"); // two letters: left as typed
    expect(norm("cop сор")).toBe("cop сор"); // no dominant script
  });
  it("always folds small capitals and regional-indicator letters", () => {
    expect(norm("ᴡʜᴏʀᴇ")).toBe("whore");
    expect(norm("🇸🇱🇺🇹")).toBe("slut");
    expect(norm("🅱️itch")).toBe("bitch"); // negative squared, with its variation selector
    expect(norm("🄱🅘🆃🄲🅷")).toBe("bitch"); // squared, negative circled
  });
  it("reads letter-like symbol emoji inside a word, not beside it", () => {
    expect(norm("wh⭕re")).toBe("whore");
    expect(norm("a💲💲")).toBe("ass");
    expect(norm("done ❌")).toBe("done ❌");
    expect(norm("no⭕")).toBe("no⭕");
  });
});

describe("normaliseText: leetspeak", () => {
  it("folds digits and symbols inside words", () => {
    expect(norm("b1tch")).toBe("bitch");
    expect(norm("h0e")).toBe("hoe");
    expect(norm("5lut")).toBe("slut");
    expect(norm("a$$")).toBe("ass");
    expect(norm("b!tch")).toBe("bitch");
    expect(norm("wh0r3s")).toBe("whores");
  });
  it("folds a single trailing digit only in a token that is already leet inside", () => {
    expect(norm("m4nd4m3 nud3s")).toBe("mandame nudes");
    expect(norm("b00b5 h3ll0")).toBe("boobs hello");
    expect(norm("mp3 covid19 line1")).toBe("mp3 covid19 line1");
  });
  it("keeps numbers, phone numbers, ordinals and trailing digit runs", () => {
    expect(norm("call 555-1234 or +1 (415) 555 0100")).toBe("call 555-1234 or +1 (415) 555 0100");
    expect(norm("in 2024 on the 1st at 5pm, 10km")).toBe("in 2024 on the 1st at 5pm, 10km");
    // units the leet table would otherwise read as letters ("4g" -> "ag", "3hrs" -> "ehrs", "3d" -> "ed")
    expect(norm("my 4g broke, 3hrs of sleep, a 3d film, 1tb, 3l of water")).toBe("my 4g broke, 3hrs of sleep, a 3d film, 1tb, 3l of water");
    expect(norm("user123 x264 line1 b2b")).toBe("user123 x264 line1 b2b");
  });
  it("does not fold edge punctuation or mentions", () => {
    expect(norm("hi! @user")).toBe("hi! @user");
    expect(norm("me@example.com")).toBe("me@example.com");
  });
});

describe("normaliseText: stretched letters", () => {
  it("collapses runs of 3+ identical Latin letters to one", () => {
    expect(norm("biiiitch")).toBe("bitch");
    expect(norm("fuuuuuck")).toBe("fuck");
    expect(norm("good")).toBe("good"); // doubles are real spelling
  });
  it("caps other repeated characters at three (laughter, punctuation) without breaking the script", () => {
    expect(norm("ㅋㅋㅋㅋㅋㅋ")).toBe("ㅋㅋㅋ");
    expect(norm("哈哈哈哈哈")).toBe("哈哈哈");
    expect(norm("!!!!!!")).toBe("!!!");
    expect(norm("ههههههه")).toBe("ههه");
  });
});

describe("normaliseText: spaced-out letters", () => {
  it("joins three or more single letters separated by spaces or punctuation", () => {
    expect(norm("you s l u t")).toBe("you slut");
    expect(norm("s.l.u.t.")).toBe("slut");
    expect(norm("w-h-o-r-e!")).toBe("whore!");
    expect(norm("S l u t!!!!")).toBe("slut!!!");
    expect(norm("s'l'u't")).toBe("slut"); // apostrophes too
    expect(norm("w.h'o-r_e")).toBe("whore");
  });
  it("leaves one or two single letters alone", () => {
    expect(norm("I am a girl")).toBe("i am a girl");
    expect(norm("e.g. this")).toBe("e.g. this");
    expect(norm("options a, b, c")).toBe("options a, b, c"); // commas make a list
    expect(norm("l'a d'ici")).toBe("l'a d'ici");
  });
  it("does not join Hangul syllables", () => {
    expect(norm("그 때 내 가")).toBe("그 때 내 가");
  });
});

describe("normaliseText: per-script care", () => {
  it("keeps Hangul, Devanagari, Bengali, Thai and Han text intact", () => {
    for (const s of ["한국어 텍스트", "नमस्ते दुनिया", "ভালোবাসা", "สวัสดีครับ", "你是猪", "ශ්‍රී ලංකා".replace("\u200d", "")]) {
      expect(norm(s)).toBe(s.normalize("NFC"));
    }
  });
  it("applies standard Arabic normalisation (harakat, tatweel, alef variants)", () => {
    expect(norm("مرحباً")).toBe("مرحبا");
    expect(norm("كـــلب")).toBe("كلب");
    expect(norm("أنت إلى آخر")).toBe("انت الي اخر");
  });
});

describe("normaliseText: whitespace", () => {
  it("collapses whitespace runs and trims, including exotic spaces", () => {
    expect(norm("  a \u00A0\u3000 b\u2003c  ")).toBe("a b c");
    expect(norm("")).toBe("");
    expect(norm("\u200B \u200B")).toBe("");
  });
});

describe("normaliseText: offsets and totality", () => {
  it("maps every normalised unit back to its original code unit", () => {
    const original = "Hi ＳＬＵＴ\u200B!";
    const { normalised, offsets } = normaliseText(original);
    expect(normalised).toBe("hi slut!");
    expect(Array.from(offsets)).toEqual([0, 1, 2, 3, 4, 5, 6, 8, 9]);
  });
  it("maps spans back to the original text", () => {
    const original = "you  s l u t, ok";
    const n = normaliseText(original);
    const start = n.normalised.indexOf("slut");
    const span = mapSpanToOriginal(n.offsets, start, start + 4);
    expect(original.slice(span.start, span.end)).toBe("s l u t");
  });
  it("keeps astral characters as surrogate pairs with both units mapped", () => {
    const { normalised, offsets } = normaliseText("a😀b");
    expect(normalised).toBe("a😀b");
    expect(Array.from(offsets)).toEqual([0, 1, 1, 3, 4]);
  });
  it("turns lone surrogates into U+FFFD and never throws", () => {
    expect(norm("\uD800x\uDC00")).toBe("\uFFFDx\uFFFD");
    expect(norm("end\uD83D")).toBe("end\uFFFD");
  });
  it("is total and well-formed on hostile random strings", () => {
    let seed = 42;
    const rand = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pools = [[0, 0x80], [0x300, 0x370], [0x200b, 0x2070], [0xd800, 0xe000], [0xac00, 0xac40], [0x900, 0x980], [0xfdf0, 0xfe30]];
    for (let t = 0; t < 300; t++) {
      let s = "";
      const len = Math.floor(rand() * 40);
      for (let k = 0; k < len; k++) {
        const [lo, hi] = pools[Math.floor(rand() * pools.length)];
        s += String.fromCharCode(lo + Math.floor(rand() * (hi - lo)));
      }
      expectWellFormedOffsets(s);
      expect(normaliseText(s).normalised).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
  });
  it("handles expansions (one code point to many) and long inputs", () => {
    const { normalised, offsets } = normaliseText("x\uFDFA");
    expect(normalised.length).toBeGreaterThan(10);
    expect(offsets[2]).toBe(1);
    expectWellFormedOffsets("\uFDFA".repeat(50));
    expect(normaliseText("a".repeat(100_000)).normalised).toBe("a");
  });
});
