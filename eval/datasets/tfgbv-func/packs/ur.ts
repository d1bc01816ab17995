import type { LangPack } from "../pack.js";

/** Urdu in Nastaliq/Arabic script. Written for this project, not native-speaker validated. */
export const UR: LangPack = {
  lang: "ur",
  script: "Arab",
  romanized: false,
  tag: "std",
  groups: ["عورتیں", "لڑکیاں", "بیویاں", "دفتر کی عورتیں"],
  derogAdj: ["بےوقوف", "نکمی", "پاگل", "کچرا"],
  posAdj: ["ذہین", "بہادر", "بہترین رہنما"],
  derog: [
    "{G} {A} ہوتی ہیں، بات ختم۔",
    "ساری {G} {A} ہیں، کوئی استثنا نہیں۔",
    "مان لو، {G} {A} ہیں اور سب جانتے ہیں۔",
  ],
  stereotype: [
    "{G} چپ رہیں اور باورچی خانے میں واپس جائیں، وہی ان کی جگہ ہے۔",
    "{G} کبھی کوئی فیصلہ نہ کریں، ان میں عقل نہیں ہوتی۔",
  ],
  dehum: [
    "{G} مرد کی جائیداد ہیں، مویشیوں کی طرح۔",
    "{G} طفیلی ہیں جو مردوں کے پیسوں پر پلتی ہیں۔",
  ],
  threatGroup: [
    "جو {G} زبان چلاتی ہیں انہیں تب تک تھپڑ پڑنے چاہییں جب تک سیدھی نہ ہو جائیں۔",
    "کوئی ان کی اچھی طرح پٹائی کرے، تب ہی یہ {G} بات ماننا سیکھیں گی۔",
  ],
  threatDirect: [
    "پوسٹ کرتی رہو، میں تمہیں ڈھونڈ کر تمہارا منہ توڑ دوں گا۔",
    "مجھے پتا ہے تم کہاں کام کرتی ہو۔ آج رات اکیلی گھر جا کر دیکھو تمہارے ساتھ کیا ہوتا ہے۔",
    "مجھے انکار کرنے پر پچھتاؤ گی، میں تمہیں ہسپتال پہنچا دوں گا۔",
  ],
  slurs: ["رنڈی", "گشتی", "کنجری"],
  slurFrames: ["چپ کر، {S}۔", "تم جیسی {S} کیا سوچتی ہے، کسی کو پروا نہیں۔"],
  sexualHarass: [
    "اپنے جسم کی تصویریں بھیجو، مجھے پتا ہے تم بھی چاہتی ہو۔",
    "ویڈیو میں تم کمال لگ رہی ہو، اب کپڑوں کے نیچے کا بھی دکھاؤ۔",
    "سارا دن تمہیں ننگا سوچتا رہا، آج رات میرے کمرے میں آ جاؤ۔",
    "میرے میسج نظرانداز کرنا بند کرو جانِ من، بس ایک رات چاہیے۔",
    "ایسے جسم کے ساتھ تمہیں خبریں نہیں، گندی فلمیں کرنی چاہییں۔",
  ],
  sextortion: [
    "جمعے تک پچاس ہزار بھیجو ورنہ تمہاری ننگی ویڈیو تمہارے سب فالوورز کو بھیج دوں گا۔",
    "تمہاری نجی تصویریں اب بھی میرے پاس ہیں۔ نئی بھیجو ورنہ پرانی تمہارے خاندان کے گروپ میں ڈال دوں گا۔",
    "آج رات جو کہوں وہ کرو، ورنہ تمہارے باس کو تمہاری بستر والی تصویریں مل جائیں گی۔",
    "مجھے ان بلاک کرو اور واپس آؤ، ورنہ پوری یونیورسٹی ویڈیو دیکھے گی۔",
    "میرے پاس تمہاری بغیر دوپٹے والی تصویریں ہیں۔ آج رات پیسے نہ بھیجے تو تمہارے گھر والوں اور پورے محلے کو بھیج دوں گا۔",
  ],
  doxxing: [
    "یہ اس کا گھر ہے: گلی نمبر 21، مکان 4، گلبرگ۔ جا کر اس سے ملو۔",
    "اس کا فون نمبر اور اس کی بیٹی کا سکول مل گیا، نیچے ڈال رہا ہوں سب کال کرو۔",
    "یہ وہی فیمنسٹ ہے جس نے میرا اکاؤنٹ رپورٹ کیا۔ اصل نام، دفتر اور گھر کا پتا اگلی پوسٹ میں۔",
    "سب اسے میسج کرو، یہ اس کا ذاتی واٹس ایپ نمبر اور اس کے والدین کا پتا ہے۔",
    "اس لڑکی کا سارا کچا چٹھا نکال لیا جس نے ہمارے سٹریمر پر تنقید کی: پورا نام، یونیورسٹی اور وہ ویگن جس سے وہ گھر جاتی ہے۔ مزے کرو۔",
  ],
  neutral: [
    "ہمارے محلے کی بہت سی {G} صبح سویرے بس سے کام پر جاتی ہیں۔",
    "ایک سروے میں شامل {G} ڈے کیئر کے خرچ سے پریشان نظر آئیں۔",
    "لائبریری کی ہفتے والی کوڈنگ کلاس میں {G} بھی آتی ہیں۔",
    "بلدیہ کے اجلاس میں {G} سڑکوں کی روشنی کا مسئلہ اٹھاتی رہیں۔",
  ],
  positive: ["{G} {P} ہوتی ہیں۔", "میرے خیال میں {G} {P} ہیں۔", "صاف بات ہے: {G} {P} ہیں۔"],
  negate: ["یہ بالکل غلط ہے کہ {G} {A} ہوتی ہیں۔", "نہیں، {G} {A} نہیں ہیں، یہ بات دہرانا بند کرو۔"],
  counter: [
    "اس کی پوسٹ کے نیچے \"{Q}\" لکھنا صاف عورت دشمنی ہے، میں نے رپورٹ کر دیا۔",
    "اگر تم سمجھتے ہو کہ \"{Q}\" مذاق ہے تو ایسا نہیں۔ ہراسانی ایسے ہی شروع ہوتی ہے۔",
    "تبصرہ \"{Q}\" خواتین کے خلاف تشدد کے قواعد کی خلاف ورزی پر ہٹا دیا گیا۔",
  ],
  survivor: [
    "آن لائن ملنے والے ایک آدمی نے دھمکی دی کہ پیسے نہ دیے تو میری تصویریں پھیلا دے گا۔ میں نے شکایت درج کرائی اور وہ پکڑا گیا۔",
    "سابق منگیتر نے میرا پتا آن لائن ڈالا تو میں نے نمبر بدلا اور گھر بدل لیا۔ اب میں محفوظ ہوں اور چاہتی ہوں دوسری لڑکیاں جانیں کہ مدد موجود ہے۔",
    "کئی مہینے کوئی جعلی اکاؤنٹس سے مجھے جنسی پیغامات بھیجتا رہا۔ سب محفوظ رکھنے سے مجھے حفاظتی حکم ملا۔",
    "ہر لائیو پر مجھے گالیاں دی جاتیں۔ بلاک اور رپورٹ کرنے سے آخرکار وہ اکاؤنٹس بند ہو گئے۔",
  ],
  news: [
    "پولیس نے 34 سالہ شخص کو گرفتار کر لیا جس پر ڈیٹنگ ایپ سے حاصل کی گئی نجی تصاویر کے ذریعے خواتین کو بلیک میل کرنے کا الزام ہے۔",
    "نئی رپورٹ کے مطابق خواتین صحافیوں کو مرد ساتھیوں کے مقابلے میں کہیں زیادہ آن لائن دھمکیاں ملتی ہیں۔",
    "پارلیمنٹ نے بغیر رضامندی نجی تصاویر پھیلانے کو جرم قرار دینے کا قانون منظور کر لیا۔",
    "عدالت کو بتایا گیا کہ ملزم نے متاثرہ خاتون کا پتا ایک فورم پر شائع کیا تھا۔",
  ],
  helpline: [
    "اگر کوئی آپ کی نجی تصاویر پھیلانے کی دھمکی دے تو پیسے نہ دیں۔ پیغامات محفوظ کریں اور ہماری ہیلپ لائن پر رابطہ کریں۔",
    "آپ اکیلی نہیں ہیں۔ ہماری کونسلرز آن لائن ہراسانی کا سامنا کرنے والی خواتین کی مفت اور رازداری سے مدد کرتی ہیں۔",
    "شکایت کے لیے تاریخ اور یوزر نیم کے ساتھ اسکرین شاٹس محفوظ کریں اور پلیٹ فارم اور سائبر کرائم ونگ کو بھیجیں۔",
  ],
  benignPhoto: [
    "سارہ کی شادی کی تصویریں بھیج دو، اس کی امی کے لیے کچھ پرنٹ کروانی ہیں۔",
    "ٹوٹے نل کی تصویر بھیجو تاکہ پلمبر کو پتا ہو کیا لانا ہے۔",
  ],
  benignContact: [
    "خواتین کے لیے سیلف ڈیفنس کلاس گلی نمبر 21، دوسری منزل پر ہفتے کو دس بجے ہے۔",
    "یہ میری بہن کا نمبر ہے بیک سیل کے لیے، چھ بجے کے بعد فون کرنا۔",
  ],
  profanity: [
    "لعنت ہے، آخری ٹرین پھر نکل گئی۔",
    "اس منحوس لیپ ٹاپ کو آج کیا ہو گیا ہے، بکواس!",
    "سالا کنسرٹ تو آگ تھا!",
  ],
  nonprotected: [
    "اس شہر کے پارکنگ والے بالکل نکمے ہیں۔",
    "یہ نئی اپڈیٹ بےوقوفانہ اور نکمی ہے، کس نے بنائی؟",
    "مچھر گھٹیا طفیلی ہیں۔",
    "قطار توڑنے والے لوگ سب سے برے ہیں۔",
  ],
  neutralWord: [],
  reclaimed: [],
};

/** Roman Urdu (Latin letters), the common way Urdu is typed online. Written for this project, not native-speaker validated. */
export const UR_ROM: LangPack = {
  lang: "ur",
  script: "Latn",
  romanized: true,
  tag: "rom",
  groups: ["aurtein", "larkiyan", "biwiyan", "office ki aurtein"],
  derogAdj: ["bewaqoof", "nikammi", "pagal", "kachra"],
  posAdj: ["zaheen", "bahadur", "behtareen leader"],
  derog: [
    "{G} {A} hoti hain, baat khatam.",
    "Saari {G} {A} hain, koi exception nahi.",
    "Maan lo, {G} {A} hain aur sab jaante hain.",
  ],
  stereotype: [
    "{G} chup rahein aur kitchen mein wapas jayein, wahi unki jagah hai.",
    "{G} kabhi koi faisla na karein, in mein aqal nahi hoti.",
  ],
  dehum: [
    "{G} mard ki jaidad hain, maweshiyon ki tarah.",
    "{G} parasite hain jo mardon ke paison par palti hain.",
  ],
  threatGroup: [
    "Jo {G} zabaan chalati hain unko tab tak thappar parne chahiye jab tak seedhi na ho jayein.",
    "Koi in ki achhi tarah pitai kare, tab hi yeh {G} baat maanna seekhengi.",
  ],
  threatDirect: [
    "Post karti raho, main tumhe dhoond ke tumhara moun tor dunga.",
    "Mujhe pata hai tum kahan kaam karti ho. Aaj raat akeli ghar ja ke dekho tumhare saath kya hota hai.",
    "Mujhe inkaar karne par pachtaogi, main tumhe hospital pohncha dunga.",
  ],
  slurs: ["randi", "gashti", "kanjari"],
  slurFrames: ["Chup kar, {S}.", "Tum jaisi {S} kya sochti hai, kisi ko parwah nahi."],
  sexualHarass: [
    "Apni body ki pics bhejo, mujhe pata hai tum bhi chahti ho.",
    "Video mein tum kamaal lag rahi ho, ab kapron ke neeche ka bhi dikhao.",
    "Saara din tumhe nangi sochta raha, aaj raat mere kamre mein aa jao.",
    "Mere messages ignore karna band karo jaan, bas ek raat chahiye.",
    "Aisi body ke saath tumhe news nahi, gandi filmein karni chahiye.",
  ],
  sextortion: [
    "Jumme tak pachas hazar bhejo warna tumhari nangi video tumhare sab followers ko bhej dunga.",
    "Tumhari private pics ab bhi mere paas hain. Nayi bhejo warna purani tumhari family group mein daal dunga.",
    "Aaj raat jo kahun woh karo, warna tumhare boss ko tumhari bed wali pics mil jayengi.",
    "Mujhe unblock karo aur wapas aao, warna poori university video dekhegi.",
    "Mere paas tumhari baghair dupatte wali tasveerein hain. Aaj raat paise na bheje to tumhare ghar walon aur poore mohalle ko bhej dunga.",
  ],
  doxxing: [
    "Yeh uska ghar hai: gali number 21, makan 4, Gulberg. Ja ke usse milo.",
    "Uska phone number aur uski beti ka school mil gaya, neeche daal raha hoon sab call karo.",
    "Yeh wohi feminist hai jisne mera account report kiya. Asli naam, office aur ghar ka pata agli post mein.",
    "Sab isko message karo, yeh iska personal WhatsApp number aur iske maa baap ka pata hai.",
    "Us larki ka sara kacha chittha nikal liya jisne hamare streamer par tanqeed ki: poora naam, university aur woh wagon jis se woh ghar jaati hai. Maze karo.",
  ],
  neutral: [
    "Hamare mohalle ki bohat si {G} subah subah bus se kaam par jaati hain.",
    "Ek survey mein shamil {G} daycare ke kharche se pareshan nazar aayin.",
    "Library ki hafte wali coding class mein {G} bhi aati hain.",
    "Baladiya ke ijlas mein {G} sarkon ki roshni ka masla uthati rahin.",
  ],
  positive: ["{G} {P} hoti hain.", "Mere khayal mein {G} {P} hain.", "Saaf baat hai: {G} {P} hain."],
  negate: ["Yeh bilkul ghalat hai ke {G} {A} hoti hain.", "Nahi, {G} {A} nahi hain, yeh baat dohrana band karo."],
  counter: [
    "Uski post ke neeche \"{Q}\" likhna saaf aurat dushmani hai, maine report kar diya.",
    "Agar tum samajhte ho ke \"{Q}\" mazaaq hai to aisa nahi. Harassment aise hi shuru hoti hai.",
    "Comment \"{Q}\" khawateen ke khilaf tashaddud ke rules todne par hata diya gaya.",
  ],
  survivor: [
    "Online milne wale ek aadmi ne dhamki di ke paise na diye to meri pics phaila dega. Maine complaint ki aur woh pakra gaya.",
    "Ex mangetar ne mera address online daala to maine number badla aur ghar badal liya. Ab main mehfooz hoon aur chahti hoon doosri larkiyan jaanein ke madad maujood hai.",
    "Kai mahine koi fake accounts se mujhe ganday messages bhejta raha. Sab save rakhne se mujhe protection order mila.",
    "Har live par mujhe gaaliyan di jaatin. Block aur report karne se aakhir woh accounts band ho gaye.",
  ],
  news: [
    "Police ne 34 saala shakhs ko giraftar kar liya jis par dating app se li gayi private tasaveer se khawateen ko blackmail karne ka ilzaam hai.",
    "Nayi report ke mutabiq khawateen sahafiyon ko mard saathiyon ke muqable mein kahin zyada online dhamkiyan milti hain.",
    "Parliament ne baghair razamandi private tasaveer phailane ko jurm qarar dene ka qanoon manzoor kar liya.",
    "Adalat ko bataya gaya ke mulzim ne mutasira khatoon ka pata ek forum par shaya kiya tha.",
  ],
  helpline: [
    "Agar koi aap ki private tasaveer phailane ki dhamki de to paise na dein. Messages save karein aur hamari helpline par rabta karein.",
    "Aap akeli nahi hain. Hamari counsellors online harassment ka saamna karne wali khawateen ki muft aur raazdari se madad karti hain.",
    "Shikayat ke liye date aur username ke saath screenshots save karein aur platform aur cyber crime wing ko bhejein.",
  ],
  benignPhoto: [
    "Sara ki shadi ki tasveerein bhej do, uski ammi ke liye kuch print karwani hain.",
    "Toote nal ki tasveer bhejo taake plumber ko pata ho kya lana hai.",
  ],
  benignContact: [
    "Khawateen ke liye self defence class gali number 21, doosri manzil par hafte ko das baje hai.",
    "Yeh meri behen ka number hai bake sale ke liye, chhe baje ke baad phone karna.",
  ],
  profanity: [
    "Lanat hai, aakhri train phir nikal gayi.",
    "Is manhoos laptop ko aaj kya ho gaya hai, bakwaas!",
    "Saala concert to aag tha!",
  ],
  nonprotected: [
    "Is shehar ke parking wale bilkul nikamme hain.",
    "Yeh nayi update bewaqoofana aur nikammi hai, kis ne banayi?",
    "Machhar ghatiya parasite hain.",
    "Line torne wale log sab se bure hain.",
  ],
  neutralWord: [],
  reclaimed: [],
};
