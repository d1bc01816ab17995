import type { LangPack } from "../pack.js";

/** Arabic: Modern Standard Arabic mixed with Levantine forms, in Arabic script. Written for this project, not native-speaker validated. */
export const AR: LangPack = {
  lang: "ar",
  script: "Arab",
  romanized: false,
  tag: "std",
  groups: ["النساء", "البنات", "الزوجات", "الموظفات"],
  derogAdj: ["غبيات", "تافهات", "هستيريات", "زبالة"],
  posAdj: ["ذكيات", "شجاعات", "قائدات ممتازات"],
  derog: [
    "{G} {A}، وهذا كل شيء.",
    "كل {G} {A} بلا استثناء.",
    "اعترف، {G} {A} والجميع يعرف ذلك.",
  ],
  stereotype: [
    "{G} يجب أن يسكتن ويرجعن إلى المطبخ، هذا مكانهن.",
    "لا تتركوا {G} يقررن أي شيء، لا يعرفن التفكير وحدهن.",
  ],
  dehum: [
    "{G} مجرد ملك للرجل مثل المواشي.",
    "{G} طفيليات يعشن على أموال الرجال.",
  ],
  threatGroup: [
    "{G} اللواتي يرددن الكلام يستحققن الضرب حتى يتعلمن.",
    "لازم أحد يضرب {G} حتى يتعلمن الطاعة.",
  ],
  threatDirect: [
    "استمري في النشر وسأجدك وأكسر وجهك.",
    "أعرف أين تعملين. ارجعي وحدك الليلة وشوفي شو رح يصير لك.",
    "ستندمين لأنك رفضتني، سأجعلك تدخلين المستشفى.",
  ],
  slurs: ["شرموطة", "عاهرة", "قحبة"],
  slurFrames: ["اخرسي يا {S}.", "لا أحد يهتم برأي {S} مثلك."],
  sexualHarass: [
    "ابعثي لي صور جسمك، أعرف أنك تريدين ذلك.",
    "رجليك حلوين في الفيديو، وريني الآن شو تحت التنورة.",
    "طول اليوم وأنا أتخيلك عارية، تعالي لبيتي الليلة.",
    "بطلي تتجاهلي رسائلي يا حلوة، بدي ليلة وحدة معك.",
    "بجسم مثل هذا لازم تشتغلي في الأفلام الإباحية مش تقري الأخبار.",
  ],
  sextortion: [
    "حولي لي 500 دولار قبل الجمعة وإلا سأنشر فيديوك العاري لكل متابعيك.",
    "صورك الخاصة لا تزال عندي. أرسلي صورًا جديدة وإلا نشرت القديمة في مجموعة عائلتك.",
    "نفذي ما أقوله الليلة، وإلا سيستلم مديرك صورك في السرير.",
    "فكي الحظر عني وارجعي، وإلا ستشاهد الجامعة كلها الفيديو.",
    "عندي صورك بدون حجاب. إذا ما بعثتيلي فلوس الليلة بنشرها لأهلك ولكل جيرانك.",
  ],
  doxxing: [
    "هذا عنوان بيتها: شارع الياسمين 21، شقة 4. روحوا زوروها.",
    "لقيت رقم تلفونها ومدرسة بنتها، حاطهم تحت عشان الكل يتصل فيها.",
    "هذه النسوية التي بلّغت عن حسابي. اسمها الحقيقي ومكان عملها وعنوانها في المنشور القادم.",
    "راسلوها كلكم، هذا رقم واتسابها الشخصي وعنوان أهلها.",
    "فضحنا البنت اللي انتقدت الستريمر تبعنا: اسمها الكامل وجامعتها والباص اللي بتروح فيه عالبيت. استمتعوا.",
  ],
  neutral: [
    "كثير من {G} في حينا يركبن الحافلة باكرًا للذهاب إلى العمل.",
    "سأل استطلاع {G} عن تكلفة الحضانة.",
    "تنظم المكتبة دورة برمجة من أجل {G} كل سبت.",
    "في اجتماع مع البلدية تحدثت {G} عن إنارة الشوارع.",
  ],
  positive: ["{G} {P}.", "أنا دائمًا أرى أن {G} {P}.", "لنكن واضحين: {G} {P}."],
  negate: ["ليس صحيحًا أبدًا أن {G} {A}.", "لا، {G} لسن {A}، كفوا عن تكرار ذلك."],
  counter: [
    "كتابة «{Q}» تحت منشورها كراهية للنساء وقد أبلغت عنها.",
    "إذا كنت تظن أن «{Q}» مزحة فأنت مخطئ. هكذا يبدأ التحرش.",
    "تم حذف التعليق «{Q}» لأنه يخالف قواعد منع العنف ضد النساء.",
  ],
  survivor: [
    "رجل تعرفت عليه عبر الإنترنت هددني بنشر صوري إذا لم أدفع. ذهبت إلى الشرطة وتم القبض عليه.",
    "بعد أن نشر خطيبي السابق عنواني غيرت رقمي وانتقلت. أنا الآن بأمان وأريد أن تعرف الأخريات أن المساعدة موجودة.",
    "لأشهر كان شخص يرسل لي رسائل جنسية من حسابات وهمية. حفظ كل شيء ساعدني في الحصول على أمر حماية.",
    "في كل بث مباشر كنت أتعرض للشتائم. الحظر والإبلاغ أديا أخيرًا إلى إغلاق تلك الحسابات.",
  ],
  news: [
    "ألقت الشرطة القبض على رجل يبلغ 34 عامًا يشتبه في ابتزازه نساء بصور خاصة حصل عليها من تطبيق تعارف.",
    "تقرير جديد: الصحفيات يتلقين تهديدات عبر الإنترنت أكثر بكثير من زملائهن الرجال.",
    "أقر البرلمان قانونًا يجرّم نشر الصور الخاصة دون موافقة.",
    "استمعت المحكمة إلى أن المتهم نشر عنوان الضحية في منتدى.",
  ],
  helpline: [
    "إذا هددك أحد بنشر صورك الخاصة فلا تدفعي. احتفظي بالرسائل واتصلي بخط المساعدة لدينا.",
    "لستِ وحدك. مستشاراتنا يساندن النساء اللواتي يتعرضن للتحرش الإلكتروني مجانًا وبسرية.",
    "للإبلاغ عن الابتزاز الإلكتروني احتفظي بلقطات شاشة فيها التاريخ واسم الحساب وقدميها للمنصة وللشرطة.",
  ],
  benignPhoto: [
    "ابعثيلي صور عرس سارة، بدي أطبع كم صورة لأمها.",
    "صوّر لي الحنفية المكسورة حتى يعرف السبّاك شو يجيب معه.",
  ],
  benignContact: [
    "دورة الدفاع عن النفس للنساء في شارع الياسمين 21، الطابق الثاني، يوم السبت الساعة العاشرة.",
    "هذا رقم أختي لبيع الحلويات، اتصل فيها بعد الساعة ستة.",
  ],
  profanity: [
    "يلعن أبو هالزحمة، فاتني آخر قطار.",
    "شو هالقرف، اللابتوب خربان مرة ثانية.",
    "تبًا، الحفلة كانت رهيبة!",
  ],
  nonprotected: [
    "موظفو المواقف في هذه المدينة تافهون.",
    "هذا التحديث غبي وتافه، من صممه؟",
    "البعوض حشرات طفيلية مقرفة.",
    "الناس الذين يتجاوزون الطابور هم الأسوأ.",
  ],
  neutralWord: ["الكلبة عندنا ولدت ستة جراء الليلة الماضية."],
  reclaimed: [],
};

/** Arabic chat alphabet ("arabizi": Latin letters and digits), Levantine. Written for this project, not native-speaker validated. */
export const AR_ROM: LangPack = {
  lang: "ar",
  script: "Latn",
  romanized: true,
  tag: "rom",
  groups: ["el neswen", "el banat", "el zawjat", "el mwazzafat"],
  derogAdj: ["ghabiyyat", "tafhat", "majnounat", "zbele"],
  posAdj: ["azkiya", "shuja3at", "2a2idat mumtazat"],
  derog: [
    "{G} {A}, w khalas.",
    "Kel {G} {A}, bala esti2na2.",
    "E3tarif, {G} {A} w kel el nas btaaref.",
  ],
  stereotype: [
    "{G} lazem yeskato w yerja3o 3al matba5, hayda makanon.",
    "Ma t5allo {G} y2arro shi, ma bya3rfo yfakro la7alon.",
  ],
  dehum: [
    "{G} mulk lal rjel, metel el 8anam.",
    "{G} tafayliyyat 3aishin 3a masari el rjel.",
  ],
  threatGroup: [
    "{G} yalli byraddo lazem yen2atlo la ta yet3allamo.",
    "Lazem 7ada yedrob {G} ta yet3allamo el ta3a.",
  ],
  threatDirect: [
    "Kamme tnashre w ra7 la2ik w kasserlik wejjik.",
    "Ba3ref wen btesh8le. Erja3i la7alik el leile w shoufi shu ra7 ysirlik.",
    "Ra7 tendame enno rafadtine, ra7 5allike tfoute 3al mostashfa.",
  ],
  slurs: ["sharmouta", "a7ba", "3ahira"],
  slurFrames: ["Es2ote ya {S}.", "Ma 7ada bihemmo ra2y {S} metlik."],
  sexualHarass: [
    "B3atili swar jesmik, ba3ref enno baddik.",
    "Ejreki 7elwin bel video, farjine shu ta7t el tannoura.",
    "Tul el nhar 3am t5ayyalik bala tyeb, ta3i 3a bayti el leile.",
    "Bikaffi tetjahali msejati ya 7elwe, baddi leile wa7de ma3ik.",
    "B jesm metel hayda lazem teshte8le b aflam sex mesh te2ri akhbar.",
  ],
  sextortion: [
    "7awwlili 500 dollar 2abel el jem3a aw bnasher el video taba3ik 3arye la kel el followers.",
    "Swarik el 5assa ba3don 3andi. B3ati jdad aw bnasher el 2adime b group 3ayltik.",
    "3emli li ba2ellik yah el leile, aw mdirik byekhod swarik bel takhet.",
    "Fekke el block w erja3i, aw kel el jem3a bteshouf el video.",
    "3ande swarik bala 7ijab. Eza ma ba3atile masari el leile bnasheron la ahlik w la kel jiranik.",
  ],
  doxxing: [
    "Hayda 3enwan bayta: share3 el yasmin 21, sha22a 4. Rou7o zouroha.",
    "La2et ra2ma w madraset benta, 7attayton ta7t ta kellkon tetasslo fiya.",
    "Hayde el feminist yalli ballaghet 3a 7sabi. Esma el 7a2i2i w sho8la w 3enwana bel post el jey.",
    "Kellkon ba3atola, hayda ra2em el whatsapp taba3a w 3enwan ahla.",
    "Fada7na el bent yalli enta2adet el streamer taba3na: esma el kemel w jem3eta w el bus yalli btrou7 fi 3al bet. Enbesto.",
  ],
  neutral: [
    "Ktir men {G} bel 7ara byerkabo el bus bakkir la yrou7o 3al sho8el.",
    "Esti6la3 sa2al {G} 3an kelfet el 7adane.",
    "El maktabe 3amle course programming la {G} kel sabet.",
    "Bi ejtima3 ma3 el baladiye, {G} 7ako 3an daw el sharee3.",
  ],
  positive: ["{G} {P}.", "Ana daymen sheyfe enno {G} {P}.", "Khallina nkoun wad7in: {G} {P}."],
  negate: ["Mesh sa7i7 abadan enno {G} {A}.", "La2, {G} mesh {A}, ba2a ballo t3ido hal 7aki."],
  counter: [
    "Enno tekteb \"{Q}\" ta7t el post taba3a hayda karahiye lal neswen w ana ballaght.",
    "Eza fakra \"{Q}\" mazha, la2. Hek byebda el ta7arrosh.",
    "El comment \"{Q}\" tshal la2an bi5alef 2awa3ed el 3onf ded el neswen.",
  ],
  survivor: [
    "Zalame t3arraft 3lei online haddadne ynasher swari eza ma dafa3et. Rou7t 3al shorta w msakou.",
    "Ba3d ma el ex taba3i nashar 3enwane, 8ayyart ra2me w ta2alt. Halla2 ana b amen w baddi kel wa7de ta3ref enno fi msa3ade.",
    "La ashhor 7ada kan yeb3atli rasa2el jinsiye men 7sabat fake. 7afz kel shi sa3adne e5od amr 7imaye.",
    "Kel live kent et2assa bel masabbat. El block wel report 5allo el 7sabat tetsakkar.",
  ],
  news: [
    "El shorta 2abadet 3a zalame 3omro 34 sene mashkouk fi enno yebtazz neswen b swar 5assa men app ta3aruf.",
    "Ta2rir jdid: el sa7afiyyat byet2allo tahdidat online aktar b ktir men zmalon el rjel.",
    "El barlaman a2arr 2anoun byjarrem nasher el swar el 5assa bala mwaf2a.",
    "El ma7kame sem3et enno el mottaham nashar 3enwan el da7iye 3a montada.",
  ],
  helpline: [
    "Eza 7ada haddadik ynasher swarik el 5assa, la tedfa3i. 7tefze bel rasa2el w ettesle b khat el msa3ade taba3na.",
    "Mesh la7alik. Mostasharatna bysa3do el neswen yalli 3am yet3arrado la ta7arrosh online, majjanan w b sirriye.",
    "La tballghe 3an ebtizaz electroni, 5ode screenshots fiya el tarikh w esm el 7sab w 2addemiya lal platform w lal shorta.",
  ],
  benignPhoto: [
    "Ba3tili swar 3ers Sara, baddi ettba3 kam wa7de la emma.",
    "Sawwerli el 7anafiye el maksoura ta ya3ref el sammkari shu yjib.",
  ],
  benignContact: [
    "Dawret el difa3 3an el nafs lal neswen b share3 el yasmin 21, el tabe2 el tene, nhar el sabet sa3a 10.",
    "Hayda ra2am ekhti la bay3 el 7alawiyat, ettesel fiya ba3d el sitte.",
  ],
  profanity: [
    "Yel3an abu hal ze7me, fatni a5er tren.",
    "Shu hal 2araf, el laptop 5erbet marra tanye.",
    "5ara, el 7afle kanet ra2i3a!",
  ],
  nonprotected: [
    "Mwazzafin el parking bhal madine tafhin.",
    "Hal update ghabi w tafeh, min sammamo?",
    "El ba3ouda 7asharat mo2rfe.",
    "El nas yalli bya3do 3al dor homme el aswa2.",
  ],
  neutralWord: ["El kalbe taba3na wladet sett jrou bel leil."],
  reclaimed: [],
};
