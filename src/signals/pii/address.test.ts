import { describe, expect, it } from "vitest";
import { addressDetector } from "./address.js";

const values = (text: string) => addressDetector.detect(text).map((s) => text.slice(s.start, s.end));

describe("addressDetector", () => {
  it.each([
    ["en", "she lives at 221 Baker Street, flat 3", "221 Baker Street, flat 3"],
    ["id", "rumahnya di Jl. Melati No. 5 Bandung", "Jl. Melati No. 5"],
    ["fr", "elle habite 12 rue de la Paix", "12 rue de la Paix"],
    ["es", "vive en Calle Mayor 15", "Calle Mayor 15"],
    ["pt", "mora na Rua Augusta, nº 300", "Rua Augusta, nº 300"],
    ["ru", "живёт ул. Ленина, д. 5, кв. 12", "ул. Ленина, д. 5, кв. 12"],
    ["kk", "Абай даңғылы 10 үйде", "Абай даңғылы 10"],
    ["ko", "서울 강남구 테헤란로 123 에 살아", "테헤란로 123"],
    ["zh", "地址：建国路88号", "建国路88号"],
    ["hi", "मकान नं. 45, गली नं 3", "मकान नं. 45, गली नं 3"],
    ["bn", "বাড়ি নং ১২, রোড ৫", "বাড়ি নং ১২, রোড ৫"],
    ["ur", "مکان نمبر 12 گلی 4", "مکان نمبر 12 گلی 4"],
    ["ar", "تسكن في شارع الملك فهد رقم 12", "شارع الملك فهد رقم 12"],
    ["vi", "nhà ở số nhà 15 đường Lê Lợi", "số nhà 15 đường Lê Lợi"],
    ["th", "บ้านเลขที่ 99 ถนนสุขุมวิท", "บ้านเลขที่ 99 ถนน"],
    ["km", "ផ្ទះលេខ 12 ផ្លូវ 271", "ផ្ទះលេខ 12 ផ្លូវ 271"],
    ["tl", "nakatira sa Purok 3, Brgy. San Isidro", "Purok 3, Brgy. San Isidro"],
  ])("[%s] finds %j", (_lang, text, expected) => {
    expect(values(text)).toEqual([expected]);
  });

  it.each(["the road was closed all day", "No. 1 fan of this show", "학교로 2시에 와", "room 2 is free", "дом 3 раза"])(
    "ignores %j",
    (text) => expect(values(text)).toEqual([]),
  );

  it("rates a street plus a unit above a street alone", () => {
    const unitAndStreet = addressDetector.detect("221 Baker Street, flat 3")[0];
    const streetOnly = addressDetector.detect("221 Baker Street")[0];
    expect(unitAndStreet.confidence).toBeGreaterThan(streetOnly.confidence);
  });
});
