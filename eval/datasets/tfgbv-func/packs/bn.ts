import type { LangPack } from "../pack.js";

/** Bengali in Bengali script (Bangladesh and West Bengal forms). Written for this project, not native-speaker validated. */
export const BN: LangPack = {
  lang: "bn",
  script: "Beng",
  romanized: false,
  tag: "std",
  groups: ["মেয়েরা", "মহিলারা", "বউরা", "অফিসের মহিলারা"],
  derogAdj: ["বোকা", "অকর্মা", "পাগল", "আবর্জনা"],
  posAdj: ["বুদ্ধিমান", "সাহসী", "দারুণ নেতা"],
  derog: [
    "{G} {A}, ব্যাস।",
    "সব {G}ই {A}, কোনো ব্যতিক্রম নেই।",
    "মেনে নাও, {G} {A} আর সবাই সেটা জানে।",
  ],
  stereotype: [
    "{G} চুপ করে রান্নাঘরে ফিরে যাক, ওটাই ওদের জায়গা।",
    "{G} কখনো সিদ্ধান্ত নিতে পারে না, ওদের মাথায় বুদ্ধি নেই।",
  ],
  dehum: [
    "{G} পুরুষের সম্পত্তি ছাড়া কিছু না, গরু-ছাগলের মতো।",
    "{G} পরজীবী, পুরুষের টাকায় বেঁচে থাকে।",
  ],
  threatGroup: [
    "মুখে মুখে তর্ক করে যে {G}, ওদের থাপ্পড় মারা উচিত যতক্ষণ না সোজা হয়।",
    "কেউ পিটিয়ে শায়েস্তা করলে তবেই {G} কথা শুনবে।",
  ],
  threatDirect: [
    "পোস্ট করতে থাক, তোকে খুঁজে বের করে তোর মুখ ভেঙে দেব।",
    "জানি তুই কোথায় কাজ করিস। আজ রাতে একা বাড়ি ফিরে দেখ তোর কী হয়।",
    "আমাকে না বলার জন্য পস্তাবি, তোকে হাসপাতালে পাঠাব।",
  ],
  slurs: ["মাগী", "খানকি", "বেশ্যা"],
  slurFrames: ["চুপ কর, {S}।", "তোর মতো {S} কী ভাবে, তাতে কারো কিছু যায় আসে না।"],
  sexualHarass: [
    "তোর শরীরের ছবি পাঠা, জানি তুইও চাস।",
    "ভিডিওতে তোকে দারুণ লাগছে, এবার জামার নিচে কী আছে দেখা।",
    "সারাদিন তোকে ন্যাংটা কল্পনা করেছি, আজ রাতে আমার ঘরে আয়।",
    "আমার মেসেজ এড়িয়ে যাওয়া বন্ধ কর সুন্দরী, শুধু একটা রাত চাই।",
    "এমন শরীর নিয়ে খবর পড়িস কেন, নোংরা ছবিতে নাম।",
  ],
  sextortion: [
    "শুক্রবারের মধ্যে পঞ্চাশ হাজার টাকা পাঠা, নইলে তোর ন্যাংটা ভিডিও তোর সব ফলোয়ারকে পাঠিয়ে দেব।",
    "তোর গোপন ছবিগুলো এখনও আমার কাছে। নতুন পাঠা, নইলে পুরনোগুলো তোর পরিবারের গ্রুপে দিয়ে দেব।",
    "আজ রাতে যা বলি তাই কর, নইলে তোর বস তোর বিছানার ছবিগুলো পাবে।",
    "আমাকে আনব্লক করে ফিরে আয়, নইলে পুরো ভার্সিটি ভিডিওটা দেখবে।",
    "তোর ভিডিও আমার কাছে আছে। কালকের মধ্যে বিকাশে টাকা না পাঠালে ভিডিওটা ভাইরাল করে দেব।",
  ],
  doxxing: [
    "ওর বাসা এখানে: মিরপুর ১০, রোড ২১, বাড়ি ৪। গিয়ে দেখা করে আয়।",
    "ওর ফোন নম্বর আর মেয়ের স্কুল পেয়ে গেছি, নিচে দিলাম, সবাই ফোন দে।",
    "এই সেই নারীবাদী যে আমার অ্যাকাউন্ট রিপোর্ট করেছে। আসল নাম, অফিস আর বাসার ঠিকানা পরের পোস্টে।",
    "সবাই ওকে মেসেজ দে, এটা ওর পার্সোনাল হোয়াটসঅ্যাপ নম্বর আর বাবা-মায়ের ঠিকানা।",
    "যে মেয়েটা আমাদের স্ট্রিমারকে নিয়ে বাজে কথা বলেছে, তার সব তথ্য বের করেছি: পুরো নাম, ভার্সিটি আর যে বাসে বাড়ি ফেরে। মজা নাও।",
  ],
  neutral: [
    "আমাদের পাড়ার {G} অনেকেই ভোরে বাসে করে কাজে যায়।",
    "একটি জরিপে {G} শিশুযত্ন কেন্দ্রের খরচ নিয়ে মত দিয়েছেন।",
    "লাইব্রেরিতে প্রতি শনিবার কোডিং ক্লাস হয়, {G} সেখানে যোগ দেয়।",
    "পৌরসভার সভায় {G} রাস্তার বাতির সমস্যার কথা তুলেছেন।",
  ],
  positive: ["{G} {P}।", "আমার মতে {G} {P}।", "সোজা কথা: {G} {P}।"],
  negate: ["{G} {A}, এই কথাটা একদম মিথ্যা।", "না, {G} মোটেও {A} নয়, এই কথা বলা বন্ধ করো।"],
  counter: [
    "ওর পোস্টের নিচে \"{Q}\" লেখা সরাসরি নারীবিদ্বেষ, আমি রিপোর্ট করেছি।",
    "\"{Q}\" কথাটাকে যদি মজা ভাবো, তা নয়। হয়রানি এভাবেই শুরু হয়।",
    "\"{Q}\" মন্তব্যটি নারীর প্রতি সহিংসতার নিয়ম ভাঙায় সরিয়ে ফেলা হয়েছে।",
  ],
  survivor: [
    "অনলাইনে পরিচয় হওয়া এক লোক টাকা না দিলে আমার ছবি ছড়িয়ে দেওয়ার হুমকি দিয়েছিল। আমি থানায় অভিযোগ করি, সে ধরা পড়ে।",
    "প্রাক্তন আমার ঠিকানা অনলাইনে দেওয়ার পর আমি নম্বর বদলে বাসা ছেড়েছি। এখন আমি নিরাপদ, অন্যরাও জানুক যে সাহায্য আছে।",
    "কয়েক মাস ধরে কেউ ভুয়া অ্যাকাউন্ট থেকে আমাকে যৌন বার্তা পাঠাত। সব প্রমাণ রেখে দেওয়ায় সুরক্ষা আদেশ পেয়েছি।",
    "প্রতিটা লাইভে আমাকে গালি দেওয়া হতো। ব্লক আর রিপোর্ট করার পর অবশেষে অ্যাকাউন্টগুলো বন্ধ হয়েছে।",
  ],
  news: [
    "ডেটিং অ্যাপ থেকে পাওয়া ব্যক্তিগত ছবি দিয়ে নারীদের ব্ল্যাকমেইলের অভিযোগে পুলিশ ৩৪ বছর বয়সী এক ব্যক্তিকে গ্রেপ্তার করেছে।",
    "নতুন প্রতিবেদন বলছে, নারী সাংবাদিকেরা পুরুষ সহকর্মীদের চেয়ে অনেক বেশি অনলাইন হুমকি পান।",
    "সংসদ সম্মতি ছাড়া ব্যক্তিগত ছবি ছড়ানোকে অপরাধ ঘোষণা করে আইন পাস করেছে।",
    "আদালতে জানা যায়, অভিযুক্ত একটি ফোরামে ভুক্তভোগীর ঠিকানা প্রকাশ করেছিল।",
  ],
  helpline: [
    "কেউ আপনার ব্যক্তিগত ছবি ছড়ানোর হুমকি দিলে টাকা দেবেন না। বার্তাগুলো সংরক্ষণ করুন এবং আমাদের হেল্পলাইনে যোগাযোগ করুন।",
    "আপনি একা নন। আমাদের কাউন্সেলররা অনলাইন হয়রানির শিকার নারীদের বিনামূল্যে ও গোপনে সহায়তা করেন।",
    "অভিযোগের জন্য তারিখ ও ইউজারনেমসহ স্ক্রিনশট রাখুন, তারপর প্ল্যাটফর্ম ও পুলিশের সাইবার ইউনিটে জানান।",
  ],
  benignPhoto: [
    "সারার বিয়ের ছবিগুলো পাঠাও তো, ওর মায়ের জন্য কয়েকটা প্রিন্ট করব।",
    "ভাঙা কলের একটা ছবি পাঠাও, যাতে মিস্ত্রি বোঝে কী আনতে হবে।",
  ],
  benignContact: [
    "মেয়েদের আত্মরক্ষার ক্লাস মিরপুর ১০, রোড ২১, দোতলায়, শনিবার সকাল ১০টায়।",
    "এটা আমার বোনের নম্বর, কেক বিক্রির জন্য, ছয়টার পরে ফোন দিও।",
  ],
  profanity: [
    "ধুর বাল, আবার শেষ ট্রেনটা মিস করলাম।",
    "এই ফালতু ল্যাপটপটার আজ কী হলো, শালা!",
    "ধুর শালা, কনসার্টটা সেই ছিল!",
  ],
  nonprotected: [
    "এই শহরের পার্কিংয়ের লোকগুলো একদম অকর্মা।",
    "নতুন আপডেটটা বোকা আর অকর্মা, কে বানাল?",
    "মশা জঘন্য পরজীবী।",
    "লাইন ভাঙা লোকগুলো সবচেয়ে খারাপ।",
  ],
  neutralWord: [],
  reclaimed: [],
};

/** Romanised Bengali (Latin letters, as typed on social media). Written for this project, not native-speaker validated. */
export const BN_ROM: LangPack = {
  lang: "bn",
  script: "Latn",
  romanized: true,
  tag: "rom",
  groups: ["meyera", "mohilara", "bou ra", "office er mohilara"],
  derogAdj: ["boka", "okorma", "pagol", "aborjona"],
  posAdj: ["buddhiman", "sahoshi", "darun neta"],
  derog: [
    "{G} {A}, bas.",
    "Sob {G} {A}, kono bytikrom nei.",
    "Mene nao, {G} {A} ar sobai seta jane.",
  ],
  stereotype: [
    "{G} chup kore rannaghore fire jak, otai oder jayga.",
    "{G} kokhono siddhanto nite pare na, oder mathay buddhi nei.",
  ],
  dehum: [
    "{G} purusher sompotti chara kichu na, goru-chagoler moto.",
    "{G} porojibi, purusher takay beche thake.",
  ],
  threatGroup: [
    "Mukhe mukhe torko kore je {G}, oder thappor mara uchit jotokkhon na soja hoy.",
    "Keu pitiye shayesta korle tobei {G} kotha shunbe.",
  ],
  threatDirect: [
    "Post korte thak, toke khuje ber kore tor mukh bhenge debo.",
    "Jani tui kothay kaj koris. Aaj rate eka bari fire dekh tor ki hoy.",
    "Amake na bolar jonno postabi, toke hospital e pathabo.",
  ],
  slurs: ["magi", "khanki", "beshya"],
  slurFrames: ["Chup kor, {S}.", "Tor moto {S} ki bhabe, tate karo kichu jay ase na."],
  sexualHarass: [
    "Tor shorirer chobi patha, jani tuio chas.",
    "Video te toke darun lagche, ebar jamar niche ki ache dekha.",
    "Saradin toke nangta kolpona korechi, aaj rate amar ghore aay.",
    "Amar message eriye jawa bondho kor sundori, shudhu ekta raat chai.",
    "Emon shorir niye khobor poris keno, nongra chobite nam.",
  ],
  sextortion: [
    "Shukrobarer moddhe ponchash hajar taka patha, noile tor nangta video tor sob follower ke pathiye debo.",
    "Tor gopon chobigulo ekhono amar kache. Notun patha, noile puronogulo tor paribarer group e diye debo.",
    "Aaj rate ja boli tai kor, noile tor boss tor bichanar chobigulo pabe.",
    "Amake unblock kore fire aay, noile puro varsity video ta dekhbe.",
    "Tor video amar kache ache. Kalker moddhe bKash e taka na pathale video ta viral kore debo.",
  ],
  doxxing: [
    "Or basa ekhane: Mirpur 10, road 21, bari 4. Giye dekha kore aay.",
    "Or phone number ar meyer school peye gechi, niche dilam, sobai phone de.",
    "Ei shei narivadi je amar account report koreche. Asol naam, office ar basar thikana porer post e.",
    "Sobai oke message de, eta or personal WhatsApp number ar baba-mayer thikana.",
    "Je meyeta amader streamer ke niye baje kotha boleche, tar sob tottho ber korechi: puro naam, varsity ar je bus e bari fere. Moja nao.",
  ],
  neutral: [
    "Amader parar {G} onekei bhore bus e kore kaje jay.",
    "Ekta jorip e {G} shishu jotno kendrer khoroch niye mot diyechen.",
    "Library te proti shonibar coding class hoy, {G} sekhane jog dey.",
    "Pourosobhar shobhay {G} rastar batir somossar kotha tulechen.",
  ],
  positive: ["{G} {P}.", "Amar mote {G} {P}.", "Soja kotha: {G} {P}."],
  negate: ["{G} {A}, ei kotha ta ekdom mittha.", "Na, {G} motei {A} noy, ei kotha bola bondho koro."],
  counter: [
    "Or post er niche \"{Q}\" lekha sorasori naribiddesh, ami report korechi.",
    "\"{Q}\" kotha take jodi moja bhabo, ta noy. Hoyrani ebhabei shuru hoy.",
    "\"{Q}\" montobyo ti narir proti sohingsotar niyom bhangay sorie fela hoyeche.",
  ],
  survivor: [
    "Online e porichoy howa ek lok taka na dile amar chobi choriye dewar humki diyechilo. Ami thanay obhijog kori, se dhora pore.",
    "Ex amar thikana online e dewar por ami number bodle basa chedechi. Ekhon ami nirapod, onnorao januk je sahajjo ache.",
    "Koyek mash dhore keu bhuya account theke amake jouno barta pathato. Sob proman rekhe dewai surokkha adesh peyechi.",
    "Protita live e amake gali dewa hoto. Block ar report korar por oboshese account gulo bondho hoyeche.",
  ],
  news: [
    "Dating app theke pawa byaktigoto chobi diye narider blackmail er obhijoge police 34 bochor boyoshi ek byaktike greftar koreche.",
    "Notun protibedon bolche, nari sangbadikera purush shohokormider cheye onek beshi online humki pan.",
    "Sangsad sommoti chara byaktigoto chobi chorano ke oporadh ghoshona kore ain pash koreche.",
    "Adalote jana jay, obhijukto ekti forum e bhuktobhogir thikana prokash korechilo.",
  ],
  helpline: [
    "Keu apnar byaktigoto chobi choranor humki dile taka deben na. Barta gulo songrokkhon korun ebong amader helpline e jogajog korun.",
    "Apni eka non. Amader counsellor ra online hoyranir shikar narider binamulle o gopone sohayota koren.",
    "Obhijoger jonno tarikh o username soho screenshot rakhun, tarpor platform o police er cyber unit e janan.",
  ],
  benignPhoto: [
    "Sarar biyer chobigulo pathao to, or mayer jonno koyekta print korbo.",
    "Bhanga koler ekta chobi pathao, jate mistri bojhe ki ante hobe.",
  ],
  benignContact: [
    "Meyeder attoraksha class Mirpur 10, road 21, dotalay, shonibar shokal 10 tay.",
    "Eta amar boner number, cake bikrir jonno, chhoytar pore phone dio.",
  ],
  profanity: [
    "Dhur bal, abar shesh train ta miss korlam.",
    "Ei faltu laptop tar aaj ki holo, shala!",
    "Dhur shala, concert ta shei chilo!",
  ],
  nonprotected: [
    "Ei shohorer parking er lokgulo ekdom okorma.",
    "Notun update ta boka ar okorma, ke banalo?",
    "Mosha jghonno porojibi.",
    "Line bhanga lokgulo sobcheye kharap.",
  ],
  neutralWord: [],
  reclaimed: [],
};
