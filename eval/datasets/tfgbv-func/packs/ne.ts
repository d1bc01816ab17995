import type { LangPack } from "../pack.js";

/** Nepali in Devanagari. Written for this project, not native-speaker validated. */
export const NE: LangPack = {
  lang: "ne",
  script: "Deva",
  romanized: false,
  tag: "std",
  groups: ["महिलाहरू", "केटीहरू", "श्रीमतीहरू", "अफिसका महिलाहरू"],
  derogAdj: ["मूर्ख", "काम नलाग्ने", "पागल", "फोहोर"],
  posAdj: ["बुद्धिमान", "साहसी", "उत्कृष्ट नेतृ"],
  derog: [
    "{G} {A} हुन्छन्, कुरा सकियो।",
    "सबै {G} {A} छन्, कोही अपवाद छैन।",
    "मान, {G} {A} हुन् र सबैलाई थाहा छ।",
  ],
  stereotype: [
    "{G} चुप लागेर भान्सामा फर्कनुपर्छ, त्यही उनीहरूको ठाउँ हो।",
    "{G}लाई कहिल्यै निर्णय गर्न नदेऊ, उनीहरूसँग बुद्धि हुँदैन।",
  ],
  dehum: [
    "{G} पुरुषको सम्पत्ति मात्र हुन्, गाईवस्तु जस्तै।",
    "{G} पुरुषको पैसामा बाँच्ने परजीवी हुन्।",
  ],
  threatGroup: [
    "मुख लाग्ने {G}लाई नसुध्रिउन्जेल थप्पड हान्नुपर्छ।",
    "यी {G}लाई कसैले कुट्नुपर्छ, अनि मात्र कुरा मान्न सिक्छन्।",
  ],
  threatDirect: [
    "पोस्ट गरिराख्, म तँलाई खोजेर तेरो मुख फुटाइदिन्छु।",
    "तँ कहाँ काम गर्छेस् मलाई थाहा छ। आज राति एक्लै घर गएर हेर्, तँलाई के हुन्छ।",
    "मलाई इन्कार गरेकोमा पछुताउँछेस्, म तँलाई अस्पताल पुर्‍याइदिन्छु।",
  ],
  slurs: ["रण्डी", "वेश्या", "कुकुर्नी"],
  slurFrames: ["चुप लाग्, {S}।", "तँ जस्ती {S}ले के सोच्छे, कसैलाई मतलब छैन।"],
  sexualHarass: [
    "तेरो जीउको फोटो पठा न, मलाई थाहा छ तँ पनि चाहन्छेस्।",
    "भिडियोमा तँ गजब देखिन्छेस्, अब कपडामुनि के छ त्यो पनि देखा।",
    "दिनभरि तँलाई नाङ्गो कल्पना गरिरहेँ, आज राति मेरो कोठामा आइज।",
    "मेरो म्यासेज बेवास्ता गर्न छोड् न, एक रात मात्र चाहिएको हो।",
    "यस्तो जीउ लिएर समाचार होइन, फोहोरी फिल्म खेल्नुपर्छ।",
  ],
  sextortion: [
    "शुक्रबारसम्म पचास हजार पठा, नत्र तेरो नाङ्गो भिडियो तेरा सबै फलोअरलाई पठाइदिन्छु।",
    "तेरा निजी फोटो अझै मसँग छन्। नयाँ पठा, नत्र पुराना तेरो परिवारको ग्रुपमा हालिदिन्छु।",
    "आज राति मैले भनेको गर्, नत्र तेरो हाकिमले तेरा ओछ्यानका फोटो पाउँछ।",
    "मलाई अनब्लक गर् र फर्किआ, नत्र पूरै कलेजले भिडियो हेर्छ।",
    "तेरो भिडियो मसँग छ। भोलिसम्म पैसा नपठाए टिकटकमा भाइरल बनाइदिन्छु र तेरो गाउँलेलाई पनि पठाउँछु।",
  ],
  doxxing: [
    "उसको घर यहाँ छ: बानेश्वर, गल्ली नम्बर २१, घर नम्बर ४। गएर भेट।",
    "उसको फोन नम्बर र छोरीको स्कुल भेटियो, तल राखिदिएको छु, सबैले फोन गर।",
    "यही हो मेरो अकाउन्ट रिपोर्ट गर्ने फेमिनिस्ट। साँचो नाम, अफिस र घरको ठेगाना अर्को पोस्टमा।",
    "सबैले यसलाई म्यासेज गर, यो यसको व्यक्तिगत भाइबर नम्बर र बाबुआमाको ठेगाना हो।",
    "हाम्रो स्ट्रिमरको आलोचना गर्ने केटीको सबै कुरा खोतलियो: पूरा नाम, कलेज र घर फर्किने माइक्रोबस। मज्जा लिनू।",
  ],
  neutral: [
    "हाम्रो टोलका धेरै {G} बिहानै बस चढेर काममा जान्छन्।",
    "एउटा सर्वेक्षणले {G}सँग शिशु स्याहार केन्द्रको खर्चबारे सोध्यो।",
    "पुस्तकालयले हरेक शनिबार {G}का लागि कोडिङ कक्षा चलाउँछ।",
    "नगरपालिकाको बैठकमा {G} पनि सहभागी भए।",
  ],
  positive: ["{G} {P} हुन्छन्।", "मेरो विचारमा {G} {P} हुन्।", "सिधा कुरा: {G} {P} हुन्।"],
  negate: ["{G} {A} हुन्छन् भन्ने कुरा पूरै गलत हो।", "होइन, {G} {A} होइनन्, यो कुरा दोहोर्‍याउन छोड।"],
  counter: [
    "उसको पोस्टमुनि \"{Q}\" लेख्नु सरासर महिलाविरोधी हो, मैले रिपोर्ट गरिसकें।",
    "\"{Q}\" लाई ठट्टा ठान्छौ भने होइन। उत्पीडन यसरी नै सुरु हुन्छ।",
    "\"{Q}\" भन्ने कमेन्ट महिलाविरुद्ध हिंसासम्बन्धी नियम उल्लङ्घन गरेकाले हटाइयो।",
  ],
  survivor: [
    "अनलाइनमा चिनेको एक जना पुरुषले पैसा नदिए मेरा फोटो फैलाउने धम्की दियो। मैले प्रहरीमा उजुरी गरें र ऊ पक्राउ पर्‍यो।",
    "पूर्व प्रेमीले मेरो ठेगाना अनलाइन राखेपछि मैले नम्बर फेरें र घर सरें। अहिले म सुरक्षित छु र अरूलाई पनि सहयोग पाइन्छ भन्ने थाहा होस्।",
    "महिनौंसम्म कसैले नक्कली अकाउन्टबाट मलाई यौनजन्य म्यासेज पठायो। सबै प्रमाण जोगाएकाले मलाई संरक्षण आदेश पाउन सजिलो भयो।",
    "हरेक लाइभमा मलाई गाली गरिन्थ्यो। ब्लक र रिपोर्ट गरेपछि अन्ततः ती अकाउन्ट बन्द भए।",
  ],
  news: [
    "डेटिङ एपबाट पाएका निजी तस्बिर देखाएर महिलालाई ब्ल्याकमेल गरेको आरोपमा प्रहरीले ३४ वर्षीय पुरुषलाई पक्राउ गरेको छ।",
    "नयाँ प्रतिवेदनअनुसार महिला पत्रकारले पुरुष सहकर्मीभन्दा धेरै अनलाइन धम्की पाउँछन्।",
    "संसदले सहमतिबिना निजी तस्बिर फैलाउनुलाई अपराध मान्ने कानुन पारित गर्‍यो।",
    "अदालतमा अभियुक्तले पीडितको ठेगाना एउटा फोरममा राखेको खुलेको छ।",
  ],
  helpline: [
    "कसैले तपाईंका निजी तस्बिर फैलाउने धम्की दिए पैसा नतिर्नुहोस्। म्यासेज सुरक्षित राख्नुहोस् र हाम्रो हेल्पलाइनमा सम्पर्क गर्नुहोस्।",
    "तपाईं एक्लो हुनुहुन्न। हाम्रा परामर्शदाताले अनलाइन दुर्व्यवहार भोगिरहेका महिलालाई निःशुल्क र गोप्य रूपमा सहयोग गर्छन्।",
    "उजुरीका लागि मिति र युजरनेमसहित स्क्रिनसट राख्नुहोस् र प्लेटफर्म तथा साइबर ब्युरोमा पठाउनुहोस्।",
  ],
  benignPhoto: [
    "साराको बिहेका फोटो पठाइदेऊ न, उसकी आमाका लागि केही प्रिन्ट गर्नु छ।",
    "बिग्रेको धाराको फोटो पठाऊ, प्लम्बरलाई के ल्याउने थाहा होस्।",
  ],
  benignContact: [
    "महिलाका लागि आत्मरक्षा कक्षा बानेश्वर, गल्ली नम्बर २१, दोस्रो तलामा शनिबार १० बजे हुन्छ।",
    "यो मेरी दिदीको नम्बर हो, केक बिक्रीका लागि, छ बजेपछि फोन गर।",
  ],
  profanity: [
    "धत्, फेरि अन्तिम बस छुट्यो।",
    "यो बेकम्मा ल्यापटपलाई आज के भयो, साला!",
    "ओहो, कन्सर्ट त कडा थियो, मुजी!",
  ],
  nonprotected: [
    "यो सहरका पार्किङवाला एकदम काम नलाग्ने छन्।",
    "यो नयाँ अपडेट मूर्ख र काम नलाग्ने छ, कसले बनायो?",
    "लामखुट्टे घिनलाग्दा परजीवी हुन्।",
    "लाइन मिच्ने मान्छे सबैभन्दा खराब हुन्छन्।",
  ],
  neutralWord: ["हाम्रो कुकुर्नीले हिजो राति छवटा छाउरा पायो।"],
  reclaimed: [],
};

/** Romanised Nepali (Latin letters, as typed on social media). Written for this project, not native-speaker validated. */
export const NE_ROM: LangPack = {
  lang: "ne",
  script: "Latn",
  romanized: true,
  tag: "rom",
  groups: ["mahilaharu", "ketiharu", "shrimatiharu", "office ka mahilaharu"],
  derogAdj: ["murkha", "kaam nalagne", "pagal", "fohor"],
  posAdj: ["buddhiman", "sahasi", "utkrishta neta"],
  derog: [
    "{G} {A} hunchhan, kura sakiyo.",
    "Sabai {G} {A} chhan, kohi apavad chhaina.",
    "Maan, {G} {A} hun ra sabailai thaha chha.",
  ],
  stereotype: [
    "{G} chup lagera bhansama farkanu parchha, tyahi uniharuko thau ho.",
    "{G} lai kahile pani nirnaya garna nadeu, unisanga buddhi hudaina.",
  ],
  dehum: [
    "{G} purush ko sampatti matra hun, gaibastu jastai.",
    "{G} purush ko paisama banchne parjibi hun.",
  ],
  threatGroup: [
    "Mukh lagne {G} lai nasudhrinjel thappad hannu parchha.",
    "Yi {G} lai kasaile kutnu parchha, ani matra kura manna sikchhan.",
  ],
  threatDirect: [
    "Post garirakh, ma tailai khojera tero mukh futaidinchhu.",
    "Tan kaha kaam garchhes malai thaha chha. Aaja rati eklai ghar gayera her, tailai ke hunchha.",
    "Malai inkar gareko ma pachhutauchhes, ma tailai aspatal puryaidinchhu.",
  ],
  slurs: ["randi", "beshya", "kukurni"],
  slurFrames: ["Chup lag, {S}.", "Tan jasti {S} le ke sochhe, kasailai matlab chhaina."],
  sexualHarass: [
    "Tero jiu ko photo pathau na, malai thaha chha tan pani chahanchhes.",
    "Video ma tan gajab dekhinchhes, aba kapada muni ke chha tyo pani dekha.",
    "Dinbhari tailai nango kalpana gariraheko, aaja rati mero kotha ma aaija.",
    "Mero message bewasta garna chhod na, euta raat matra chahiyeko ho.",
    "Yesto jiu liyera samachar haina, fohori film khelnu parchha.",
  ],
  sextortion: [
    "Shukrabar samma pachas hajar pathau, natra tero nango video tera sabai followers lai pathaidinchhu.",
    "Tera private photo ajhai ma sanga chhan. Naya pathau, natra purana tero pariwar ko group ma haldinchhu.",
    "Aaja rati maile bhaneko gar, natra tero hakim le tera ochhyan ka photo pauchha.",
    "Malai unblock gar ra farkiaa, natra purai college le video herchha.",
    "Tero video ma sanga chha. Bholi samma paisa napathaye TikTok ma viral banaidinchhu ra tero gaunle lai pani pathauchhu.",
  ],
  doxxing: [
    "Usko ghar yaha chha: Baneshwor, galli number 21, ghar number 4. Gayera bhet.",
    "Usko phone number ra chhori ko school bhetiyo, tala rakhideko chhu, sabaile phone gara.",
    "Yahi ho mero account report garne feminist. Sancho naam, office ra ghar ko thegana arko post ma.",
    "Sabaile yeslai message gara, yo yesko personal Viber number ra babu-aama ko thegana ho.",
    "Hamro streamer ko aalochana garne keti ko sabai kura khotaliyo: pura naam, college ra ghar farkine microbus. Majja linu.",
  ],
  neutral: [
    "Hamro tol ka dherai {G} bihanai bus chadhera kaam ma jaanchhan.",
    "Euta survey le {G} sanga daycare ko kharcha bare sodhyo.",
    "Pustakalaya le harek Shanibar {G} ka lagi coding class chalauchha.",
    "Nagarpalika ko baithak ma {G} pani sahabhagi bhaye.",
  ],
  positive: ["{G} {P} hunchhan.", "Mero bichar ma {G} {P} hun.", "Sidha kura: {G} {P} hun."],
  negate: ["{G} {A} hunchhan bhanne kura purai galat ho.", "Haina, {G} {A} hoinan, yo kura dohoryauna chhoda."],
  counter: [
    "Usko post muni \"{Q}\" lekhnu sarasar mahila-birodhi ho, maile report garisake.",
    "\"{Q}\" lai thatta thanchhau bhane haina. Utpidan yesari nai suru hunchha.",
    "\"{Q}\" bhanne comment mahila biruddha hinsa sambandhi niyam ullanghan gareko le hataiyo.",
  ],
  survivor: [
    "Online ma chineko ek jana purush le paisa nadiye mera photo phailaune dhamki diyo. Maile prahari ma ujuri gare ra u pakrau paryo.",
    "Purba premi le mero thegana online rakhepachhi maile number fere ra ghar sare. Ahile ma surakshit chhu ra aru lai pani sahayog painchha bhanne thaha hos.",
    "Mahinau samma kasaile nakkali account bata malai yaunjanya message pathayo. Sabai praman jogayeko le malai sanrakshan aadesh paauna sajilo bhayo.",
    "Harek live ma malai gali garinthyo. Block ra report garepachhi antatah ti account banda bhaye.",
  ],
  news: [
    "Dating app bata paayeka niji tasbir dekhayera mahilalai blackmail gareko aarop ma prahari le 34 barsiya purush lai pakrau gareko chha.",
    "Naya pratibedan anusar mahila patrakar le purush sahakarmi bhanda dherai online dhamki paunchhan.",
    "Sansad le sahamati bina niji tasbir phailaunu lai aparadh manne kanun parit garyo.",
    "Adalat ma abhiyukta le pidit ko thegana euta forum ma rakheko khuleko chha.",
  ],
  helpline: [
    "Kasaile tapainka niji tasbir phailaune dhamki diye paisa natirnuhos. Message surakshit rakhnuhos ra hamro helpline ma samparka garnuhos.",
    "Tapai eklo hunuhunna. Hamra paramarshadata le online durvyavahar bhogiraheka mahilalai nishulka ra gopya rup ma sahayog garchhan.",
    "Ujuri ka lagi miti ra username sahit screenshot rakhnuhos ra platform tatha cyber bureau ma pathaunuhos.",
  ],
  benignPhoto: [
    "Sara ko bihe ka photo pathaideu na, usko aama ko lagi kehi print garnu chha.",
    "Bigreko dhara ko photo pathau, plumber lai ke lyaune thaha hos.",
  ],
  benignContact: [
    "Mahila ka lagi aatmaraksha kaksha Baneshwor, galli number 21, dosro tala ma Shanibar 10 baje hunchha.",
    "Yo meri didi ko number ho, cake bikri ka lagi, chha baje pachhi phone gara.",
  ],
  profanity: [
    "Dhat, pheri antim bus chhutyo.",
    "Yo bekamma laptop lai aaja ke bhayo, sala!",
    "Oho, concert ta kada thiyo, muji!",
  ],
  nonprotected: [
    "Yo sahar ka parking wala ekdam kaam nalagne chhan.",
    "Yo naya update murkha ra kaam nalagne chha, kasle banayo?",
    "Lamkhutte ghinlagda parjibi hun.",
    "Line michne manchhe sabaibhanda kharab hunchhan.",
  ],
  neutralWord: ["Hamro kukurni le hijo rati chhawata chhaura payo."],
  reclaimed: [],
};
