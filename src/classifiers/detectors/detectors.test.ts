import { beforeAll, describe, expect, it } from "vitest";
import { loadDetectors, type RuleDetectors } from "./index.js";
import { preparePlain } from "./test-support.js";

/**
 * Per-language positives and hard negatives, written for this project (separate from the evaluation set
 * eval/datasets/detectors/sextortion-doxxing.jsonl). Phone numbers are made-up but well-formed.
 */
const POSITIVE = 0.5;
const NEGATIVE = 0.25;

type Case = [lang: string, text: string];

const SEXTORTION: Case[] = [
  ["en", "Send me $300 in bitcoin by tonight or I will post your naked pictures everywhere"],
  ["ko", "돈 보내 안 그러면 네 알몸 사진 가족한테 다 뿌린다"],
  ["id", "kirim video bugil lagi, kalau nggak aku sebar ke keluargamu"],
  ["bn", "টাকা পাঠাও নাহলে তোর নগ্ন ছবি ফেসবুকে ছেড়ে দেব"],
  ["ar", "ادفعي 500 دولار وإلا سأنشر صورك العارية لأهلك"],
  ["fr", "Envoie-moi 200 euros sinon je vais publier tes photos nues sur internet"],
  ["es", "Mándame más fotos o si no le mando tus packs a tus papás"],
  ["pt", "Me manda um pix de 500 senão vou vazar seus nudes pra todo mundo"],
  ["ru", "Переведи 10 тысяч, иначе солью твои интимные фото в сеть"],
  ["kk", "Ақша жібер, әйтпесе жалаңаш суреттеріңді интернетке саламын"],
  ["ky", "Акча жибер, антпесең жылаңач сүрөттөрүңдү интернетке салам"],
  ["ne", "पैसा पठाऊ नत्र तिम्रो नाङ्गो फोटो फेसबुकमा हालिदिन्छु"],
  ["hi", "पैसे भेज वरना तेरी नंगी फोटो तेरे घर वालों को भेज दूंगा"],
  ["ur", "پیسے بھیجو ورنہ تمہاری ننگی تصاویر تمہارے گھر والوں کو بھیج دوں گا"],
  ["si", "සල්ලි එවපන් නැත්නම් උඹේ නිරුවත් ඡායාරූප ෆේස්බුක් එකේ දානවා"],
  ["ta", "பணம் அனுப்பு இல்லையென்றால் உன் நிர்வாண புகைப்படங்களை இணையத்தில் போடுவேன்"],
  ["vi", "Chuyển tiền cho anh đi, không thì ảnh nóng của em sẽ bị tung lên mạng"],
  ["th", "โอนเงินมาไม่งั้นจะปล่อยคลิปโป๊ของเธอลงเน็ต"],
  ["km", "ផ្ទេរលុយមក បើមិនអញ្ចឹងទេ នឹងបង្ហោះរូបអាក្រាតរបស់ឯង"],
  ["tl", "Magpadala ka ng 5k sa gcash kung hindi ikakalat ko ang hubad na litrato mo sa pamilya mo"],
  ["ms", "Bayar RM500 kalau tak aku sebar gambar bogel kau kepada keluarga kau"],
  ["sw", "Nitumie pesa la sivyo nitasambaza picha zako za uchi kwa familia yako"],
  ["zh", "给我转账五千，否则我就把你的裸照发给你家人"],
  ["hi", "paise bhej warna teri nangi photo viral kar dunga"],
  ["ur", "paisay bhejo warna teri nangi tasveerain sab ko bhej dunga"],
  ["bn", "taka pathao noyto tor nongta chobi viral kore dibo"],
  ["ne", "paisa pathau natra timro nango photo viral gardinchu"],
  ["ar", "ib3atli flous walla hanzel sowarek el 3arya 3al facebook"],
];

const DOXXING: Case[] = [
  ["en", "This is her number +44 7911 123456, everyone call this slut"],
  ["ko", "이 여자 집 주소는 서울 마포구 월드컵로 212 야 다들 찾아가라"],
  ["id", "ini alamat si lonte: Jl. Kenanga No. 12 Bekasi, samperin aja rame-rame"],
  ["bn", "এই মেয়ের নম্বর ০১৭১১-২৩৪৫৬৭, সবাই কল দাও মাগীকে"],
  ["ar", "هذا رقمها 0501234567 كلموها الشرموطة"],
  ["fr", "Voici son adresse : 12 rue des Lilas, Cocody. Allez chez elle ce soir"],
  ["es", "Su dirección es Calle Hidalgo 45, Guadalajara. Vayan a su casa y quemen a esa zorra"],
  ["pt", "O zap dela é (11) 98765-4321, liguem pra ela e xinguem essa vagabunda"],
  ["ru", "Вот её адрес: ул. Ленина, д. 5, кв. 12. Идите к ней, шлюха должна ответить"],
  ["kk", "Оның мекенжайы: Абай даңғылы 10, пәтер 5. Бәрің үйіне барыңдар"],
  ["ky", "Анын номери +996 555 123 456, баарыңар чалгыла бул сойкуга"],
  ["ne", "यो केटीको नम्बर ९८४१२३४५६७ हो, सबैले फोन गर यो रन्डीलाई"],
  ["hi", "इस लड़की का नंबर 98765 43210 है, सब कॉल करो इस रंडी को"],
  ["ur", "اس لڑکی کا نمبر 0300 1234567 ہے، سب کال کرو اس گشتی کو"],
  ["si", "මෙයාගේ නම්බර් එක 077 123 4567, ඔක්කොම කෝල් කරන්න මේ වේසිට"],
  ["ta", "அவள் நம்பர் 98765 43210, எல்லாரும் கால் பண்ணுங்க இந்த தேவடியாவுக்கு"],
  ["vi", "Địa chỉ của nó là số nhà 15 đường Lê Lợi, mọi người đến nhà nó xử con đĩ này"],
  ["th", "นี่คือเบอร์มัน 081-234-5678 ช่วยกันโทรด่าอีตัวนี่หน่อย"],
  ["km", "នេះជាលេខរបស់វា 012 345 678 ខលទៅវាទាំងអស់គ្នា ស្រីពេស្យា"],
  ["tl", "Ito ang address ng malanding ito: Purok 3, Brgy. San Isidro. Puntahan niyo!"],
  ["ms", "Ini alamat pelacur ni: Jalan Mawar 3, Taman Melati. Pergi rumah dia"],
  ["sw", "Namba yake ni 0712 345 678, mpigieni huyu malaya"],
  ["zh", "这是她的手机号13812345678，大家打电话骂这个婊子"],
  ["hi", "iska number 98765 43210 hai, sab call karo is randi ko"],
  ["ur", "is ka number 0300 1234567 hai, sab call karo is gashti ko"],
  ["bn", "ei meyer number 01711-234567, sobai call koro ei magi ke"],
  ["ne", "yo keti ko number 9841234567, sabai call gara yo randi lai"],
  ["ar", "ra2amha 01012345678 kalmouha el sharmouta di"],
  ["en", "I know where you live and I'll post your address for everyone"],
];

/** Hard negatives: survivors asking for help, helplines, own contact details, business contacts. */
const NEGATIVES: Case[] = [
  ["en", "My ex is threatening to share my nudes. What should I do?"],
  ["en", "If you are being harassed, call the cybercrime helpline 1930 or +91 11 2345 6789"],
  ["en", "Hey it's Priya, my number is +44 7911 123456, text me when you land!"],
  ["ko", "전 남친이 제 사진을 유포하겠다고 협박해요 어떻게 해야 하나요"],
  ["ko", "디지털 성범죄 피해 상담전화 02-735-8994 로 연락하세요"],
  ["id", "mantanku mengancam akan menyebar foto saya, aku harus gimana?"],
  ["id", "Hubungi layanan pengaduan SAPA 129 atau WhatsApp 0811-1129-129"],
  ["bn", "আমার প্রাক্তন আমার ছবি ভাইরাল করার হুমকি দিচ্ছে, কি করব?"],
  ["ar", "طليقي يهددني بنشر صوري الخاصة، ماذا افعل؟"],
  ["ar", "تواصل معنا على 0501234567 للطلبات"],
  ["fr", "Mon ex menace de diffuser mes photos intimes, que faire ?"],
  ["fr", "Pour signaler, appelez le 3018, numéro vert gratuit et anonyme"],
  ["es", "Mi ex me amenaza con publicar mis fotos íntimas, ¿qué hago?"],
  ["pt", "Meu ex está ameaçando vazar minhas fotos íntimas, o que eu faço?"],
  ["ru", "Бывший угрожает выложить мои фото, что мне делать?"],
  ["kk", "Бұрынғы жігітім суреттерімді таратамын деп бопсалап жүр, не істеймін?"],
  ["ky", "Мурунку жигитим сүрөттөрүмдү таратам деп шантаж кылып жатат, эмне кылам?"],
  ["ne", "मेरो पूर्व प्रेमीले मेरो फोटो भाइरल गर्ने धम्की दियो, के गरूँ?"],
  ["hi", "मेरा एक्स मेरी फोटो वायरल करने की धमकी दे रहा है, क्या करूं?"],
  ["ur", "میرا سابقہ منگیتر میری تصاویر وائرل کرنے کی دھمکی دے رہا ہے، کیا کروں؟"],
  ["si", "මගේ පරණ පෙම්වතා මගේ ෆොටෝ ලීක් කරනවා කියලා තර්ජනය කරනවා, මොකද කරන්නේ?"],
  ["ta", "என் முன்னாள் காதலன் என் புகைப்படங்களை வெளியிடுவேன் என்று மிரட்டுகிறான், என்ன செய்வது?"],
  ["vi", "Người yêu cũ đang đe dọa tung ảnh của tôi, tôi phải làm gì?"],
  ["th", "แฟนเก่าขู่ว่าจะปล่อยรูปของฉัน ทำยังไงดี"],
  ["km", "សង្សារចាស់គំរាមថានឹងបង្ហោះរូបខ្ញុំ ខ្ញុំគួរធ្វើអ្វី?"],
  ["tl", "Tinatakot niya ako na ikakalat ang litrato ko, ano gagawin ko?"],
  ["ms", "Bekas teman lelaki mengugut nak sebarkan gambar saya, tolong saya"],
  ["sw", "Mpenzi wangu wa zamani ananitishia kusambaza picha zangu, nifanye nini?"],
  ["zh", "前男友威胁说要把我的照片发到网上，我该怎么办？"],
  ["hi", "mera ex meri photo viral karne ki dhamki de raha hai, kya karu?"],
  ["ur", "wo dhamki de raha hai ke meri tasveerain viral karega, kya karun?"],
  ["bn", "amar ex hoomki dicche amar chobi viral korbe, ki korbo?"],
  ["ne", "mero ex le mero photo viral garchu bhanera dhamki diyo, ke garu?"],
  ["ar", "el ex beta3i bihadedni yenzel sowari, a3mel eh?"],
];

let detectors: RuleDetectors;
beforeAll(async () => {
  detectors = await loadDetectors();
});

const score = async (kind: keyof RuleDetectors, [lang, text]: Case): Promise<number> => {
  const [result] = await detectors[kind].classify([preparePlain(text, lang)]);
  return Object.values(result.scores)[0] ?? Number.NaN;
};

describe("SextortionDetector", () => {
  it.each(SEXTORTION)("[%s] flags %s", async (lang, text) => {
    expect(await score("sextortion", [lang, text])).toBeGreaterThanOrEqual(POSITIVE);
  });
  it.each(NEGATIVES)("[%s] does not flag %s", async (lang, text) => {
    expect(await score("sextortion", [lang, text])).toBeLessThan(NEGATIVE);
  });
  it.each(DOXXING.slice(0, 4))("[%s] does not flag doxxing as sextortion: %s", async (lang, text) => {
    expect(await score("sextortion", [lang, text])).toBeLessThan(NEGATIVE);
  });
  it("does not call a demand for nudes alone sextortion", async () => {
    expect(await score("sextortion", ["en", "send nudes babe"])).toBe(0);
  });
});

describe("DoxxingDetector", () => {
  it.each(DOXXING)("[%s] flags %s", async (lang, text) => {
    expect(await score("doxxing", [lang, text])).toBeGreaterThanOrEqual(POSITIVE);
  });
  it.each(NEGATIVES)("[%s] does not flag %s", async (lang, text) => {
    expect(await score("doxxing", [lang, text])).toBeLessThan(NEGATIVE);
  });
  it.each(SEXTORTION.slice(0, 4))("[%s] does not flag sextortion as doxxing: %s", async (lang, text) => {
    expect(await score("doxxing", [lang, text])).toBeLessThan(NEGATIVE);
  });
});

describe("spans", () => {
  it("points at the cue phrases in ORIGINAL offsets after emoji and combining marks", async () => {
    const text = "😈😈 ñ̃ pay me or I'll send your nudes to your family 🔥";
    const [r] = await detectors.sextortion.classify([preparePlain(text)]);
    const covered = (r.spans ?? []).map((s) => text.slice(s.start, s.end));
    expect(covered).toEqual(expect.arrayContaining(["pay me", "nudes"]));
    expect(r.spans?.every((s) => s.label === "sextortion" && s.source === "sextortion-detector")).toBe(true);
  });

  it("includes the PII and the exposure cue for doxxing, with exact offsets", async () => {
    const text = "👩🏽‍🦱 é here's her number +44 7911 123456 🙃 everyone call";
    const [r] = await detectors.doxxing.classify([preparePlain(text)]);
    const covered = (r.spans ?? []).map((s) => text.slice(s.start, s.end));
    expect(covered).toEqual(expect.arrayContaining(["+44 7911 123456", "here's her", "everyone call"]));
  });

  it("returns no spans for a low score", async () => {
    const [r] = await detectors.doxxing.classify([preparePlain("call me at +44 7911 123456, my number is new")]);
    expect(r.scores.doxxing).toBeLessThan(NEGATIVE);
    expect(r.spans).toEqual([]);
  });

  it("keeps batch order and one result per input", async () => {
    const out = await detectors.sextortion.classify([preparePlain("hello"), preparePlain(SEXTORTION[0][1])]);
    expect(out.map((o) => (o.scores.sextortion ?? 0) > POSITIVE)).toEqual([false, true]);
  });
});
