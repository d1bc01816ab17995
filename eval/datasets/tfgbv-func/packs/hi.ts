import type { LangPack } from "../pack.js";

/** Hindi in Devanagari. Written for this project, not native-speaker validated. */
export const HI: LangPack = {
  lang: "hi",
  script: "Deva",
  romanized: false,
  tag: "std",
  groups: ["औरतें", "लड़कियाँ", "बीवियाँ", "ऑफ़िस की महिलाएँ"],
  derogAdj: ["बेवकूफ़", "निकम्मी", "पागल", "कचरा"],
  posAdj: ["समझदार", "बहादुर", "बेहतरीन लीडर"],
  derog: [
    "{G} {A} होती हैं, बात ख़त्म।",
    "सारी {G} {A} हैं, कोई अपवाद नहीं।",
    "मान लो, {G} {A} हैं और सब जानते हैं।",
  ],
  stereotype: [
    "{G} चुप रहें और रसोई में लौट जाएँ, वही उनकी जगह है।",
    "{G} कभी कोई फ़ैसला न लें, उनमें अक्ल नहीं होती।",
  ],
  dehum: [
    "{G} मर्द की जायदाद हैं, मवेशियों की तरह।",
    "{G} परजीवी हैं जो मर्दों के पैसों पर पलती हैं।",
  ],
  threatGroup: [
    "जो {G} ज़बान चलाती हैं उन्हें तब तक थप्पड़ पड़ने चाहिए जब तक सीधी न हो जाएँ।",
    "कोई इनकी अच्छे से पिटाई करे, तभी ये {G} बात मानना सीखेंगी।",
  ],
  threatDirect: [
    "पोस्ट करती रहो, मैं तुम्हें ढूँढकर तुम्हारा मुँह तोड़ दूँगा।",
    "मुझे पता है तुम कहाँ काम करती हो। आज रात अकेली घर जाकर देखो तुम्हारे साथ क्या होता है।",
    "मुझे मना करने पर पछताओगी, मैं तुम्हें अस्पताल पहुँचा दूँगा।",
  ],
  slurs: ["रंडी", "छिनाल", "कुतिया"],
  slurFrames: ["चुप कर, {S}।", "तुम जैसी {S} क्या सोचती है, किसी को परवाह नहीं।"],
  sexualHarass: [
    "अपनी बॉडी की फ़ोटो भेजो, मुझे पता है तुम भी चाहती हो।",
    "वीडियो में तुम कमाल लग रही हो, अब कपड़ों के नीचे का भी दिखाओ।",
    "सारा दिन तुम्हें नंगी सोचता रहा, आज रात मेरे कमरे पर आ जाओ।",
    "मेरे मैसेज इग्नोर करना बंद करो जानेमन, बस एक रात चाहिए।",
    "ऐसी बॉडी के साथ तुम्हें न्यूज़ नहीं, गंदी फ़िल्में करनी चाहिए।",
  ],
  sextortion: [
    "शुक्रवार तक पचास हज़ार भेजो वरना तुम्हारा नंगा वीडियो तुम्हारे सब फ़ॉलोअर्स को भेज दूँगा।",
    "तुम्हारी प्राइवेट फ़ोटो अब भी मेरे पास हैं। नई भेजो वरना पुरानी तुम्हारे फ़ैमिली ग्रुप में डाल दूँगा।",
    "आज रात जो कहूँ वो करो, वरना तुम्हारे बॉस को तुम्हारी बिस्तर वाली फ़ोटो मिल जाएँगी।",
    "मुझे अनब्लॉक करो और वापस आओ, वरना पूरा कॉलेज वीडियो देखेगा।",
    "तेरा MMS मेरे पास है। कल तक पैसे नहीं दिए तो पूरे गाँव के व्हाट्सऐप ग्रुप में वायरल कर दूँगा।",
  ],
  doxxing: [
    "ये उसका घर है: गली नंबर 21, मकान 4, लाजपत नगर। जाकर उससे मिलो।",
    "उसका फ़ोन नंबर और उसकी बेटी का स्कूल मिल गया, नीचे डाल रहा हूँ सब कॉल करो।",
    "ये वही फ़ेमिनिस्ट है जिसने मेरा अकाउंट रिपोर्ट किया। असली नाम, ऑफ़िस और घर का पता अगली पोस्ट में।",
    "सब इसे मैसेज करो, ये इसका पर्सनल व्हाट्सऐप नंबर और इसके माँ-बाप का पता है।",
    "उस लड़की की पूरी कुंडली निकाल ली जिसने हमारे स्ट्रीमर को ट्रोल किया: पूरा नाम, कॉलेज और वो बस जिससे वो घर जाती है। मज़े लो।",
  ],
  neutral: [
    "हमारे मोहल्ले की बहुत सी {G} सुबह-सुबह बस से काम पर जाती हैं।",
    "एक सर्वे में शामिल {G} डे-केयर के ख़र्च से परेशान दिखीं।",
    "लाइब्रेरी की शनिवार वाली कोडिंग क्लास में {G} भी आती हैं।",
    "नगर निगम की बैठक में {G} सड़कों की रोशनी का मुद्दा उठाती रहीं।",
  ],
  positive: ["{G} {P} होती हैं।", "मेरे ख़याल से {G} {P} हैं।", "साफ़ बात है: {G} {P} हैं।"],
  negate: ["ये बिल्कुल ग़लत है कि {G} {A} होती हैं।", "नहीं, {G} {A} नहीं हैं, ये बात दोहराना बंद करो।"],
  counter: [
    "उसकी पोस्ट के नीचे \"{Q}\" लिखना साफ़ औरत-विरोधी सोच है, मैंने रिपोर्ट कर दिया।",
    "अगर तुम्हें लगता है कि \"{Q}\" मज़ाक है, तो ऐसा नहीं है। उत्पीड़न ऐसे ही शुरू होता है।",
    "टिप्पणी \"{Q}\" महिलाओं के ख़िलाफ़ हिंसा के नियम तोड़ने पर हटा दी गई।",
  ],
  survivor: [
    "ऑनलाइन मिले एक आदमी ने धमकी दी कि पैसे नहीं दिए तो मेरी फ़ोटो फैला देगा। मैंने साइबर सेल में शिकायत की और वो पकड़ा गया।",
    "पूर्व मंगेतर ने मेरा पता ऑनलाइन डाला तो मैंने नंबर बदला और घर बदल लिया। अब मैं सुरक्षित हूँ और चाहती हूँ कि बाक़ी लड़कियाँ जानें कि मदद मौजूद है।",
    "कई महीने कोई फ़र्ज़ी अकाउंट्स से मुझे अश्लील मैसेज भेजता रहा। सब सेव रखने से मुझे सुरक्षा आदेश मिला।",
    "हर लाइव पर मुझे गालियाँ दी जातीं। ब्लॉक और रिपोर्ट करने से आख़िरकार वो अकाउंट बंद हो गए।",
  ],
  news: [
    "पुलिस ने 34 साल के एक व्यक्ति को गिरफ़्तार किया जिस पर डेटिंग ऐप से ली गई निजी तस्वीरों से महिलाओं को ब्लैकमेल करने का आरोप है।",
    "नई रिपोर्ट के अनुसार महिला पत्रकारों को पुरुष साथियों की तुलना में कहीं ज़्यादा ऑनलाइन धमकियाँ मिलती हैं।",
    "संसद ने बिना सहमति निजी तस्वीरें फैलाने को अपराध बनाने वाला क़ानून पास किया।",
    "अदालत को बताया गया कि आरोपी ने पीड़िता का पता एक फ़ोरम पर डाला था।",
  ],
  helpline: [
    "अगर कोई आपकी निजी तस्वीरें फैलाने की धमकी दे, तो पैसे न दें। मैसेज सेव करें और हमारी हेल्पलाइन पर संपर्क करें।",
    "आप अकेली नहीं हैं। हमारी काउंसलर ऑनलाइन उत्पीड़न झेल रही महिलाओं की मुफ़्त और गोपनीय मदद करती हैं।",
    "शिकायत के लिए तारीख़ और यूज़रनेम के साथ स्क्रीनशॉट सेव करें और प्लेटफ़ॉर्म और साइबर क्राइम पोर्टल पर भेजें।",
  ],
  benignPhoto: [
    "सारा की शादी की फ़ोटो भेज दो, उसकी मम्मी के लिए कुछ प्रिंट करवानी हैं।",
    "टूटे नल की फ़ोटो भेजो ताकि प्लंबर को पता हो क्या लाना है।",
  ],
  benignContact: [
    "महिलाओं के लिए सेल्फ़-डिफ़ेंस क्लास गली नंबर 21, दूसरी मंज़िल पर शनिवार को दस बजे है।",
    "ये मेरी बहन का नंबर है केक सेल के लिए, छह बजे के बाद फ़ोन करना।",
  ],
  profanity: [
    "धत् तेरे की, आख़िरी ट्रेन फिर छूट गई।",
    "इस घटिया लैपटॉप को आज क्या हो गया है, साला!",
    "अबे यार, कॉन्सर्ट तो कमाल का था, भाड़ में जाए नींद!",
  ],
  nonprotected: [
    "इस शहर के पार्किंग वाले बिल्कुल निकम्मे हैं।",
    "ये नया अपडेट बेवकूफ़ाना और निकम्मा है, किसने बनाया?",
    "मच्छर घिनौने परजीवी हैं।",
    "लाइन तोड़ने वाले लोग सबसे बुरे हैं।",
  ],
  neutralWord: ["हमारी कुतिया ने कल रात छह पिल्ले दिए।"],
  reclaimed: [],
};

/** Romanised Hindi (Hinglish as typed on social media). Written for this project, not native-speaker validated. */
export const HI_ROM: LangPack = {
  lang: "hi",
  script: "Latn",
  romanized: true,
  tag: "rom",
  groups: ["auratein", "ladkiyan", "patniyan", "office wali ladies"],
  derogAdj: ["bewakoof", "nikammi", "paagal", "kachra"],
  posAdj: ["samajhdaar", "bahadur", "best leaders"],
  derog: [
    "{G} {A} hoti hain, baat khatam.",
    "Saari {G} {A} hain, koi apvaad nahi.",
    "Maan lo yaar, {G} {A} hain aur sabko pata hai.",
  ],
  stereotype: [
    "{G} chup rahein aur rasoi mein laut jayein, wahi unki jagah hai.",
    "{G} kabhi koi decision na lein, unme akal nahi hoti.",
  ],
  dehum: [
    "{G} mard ki jaaydaad hain, maveshiyon ki tarah.",
    "{G} parjeevi hain jo mardon ke paison pe palti hain.",
  ],
  threatGroup: [
    "Jo {G} zabaan chalati hain unhe tab tak thappad padne chahiye jab tak seedhi na ho jayein.",
    "Koi inki achhe se dhulai kare, tabhi ye {G} baat maanna seekhengi.",
  ],
  threatDirect: [
    "Post karti reh, main tujhe dhoondh ke tera munh tod dunga.",
    "Mujhe pata hai tu kahan kaam karti hai. Aaj raat akeli ghar jaa ke dekh tere saath kya hota hai.",
    "Mujhe mana karne pe pachtayegi, main tujhe hospital pahuncha dunga.",
  ],
  slurs: ["randi", "chinaal", "kutiya"],
  slurFrames: ["Chal nikal yahan se, {S}.", "Tere jaisi {S} kya sochti hai, kisi ko parwah nahi."],
  sexualHarass: [
    "Apni body ki pics bhej na, mujhe pata hai tu bhi chahti hai.",
    "Video mein tu kamaal lag rahi hai, ab kapdon ke neeche ka bhi dikha.",
    "Poora din tujhe nangi soch raha tha, aaj raat mere room pe aa ja.",
    "Mere msgs ignore karna band kar jaaneman, bas ek raat chahiye.",
    "Aisi body ke saath tujhe news nahi, gandi films karni chahiye.",
  ],
  sextortion: [
    "Friday tak pachaas hazaar bhej warna tera nanga video tere saare followers ko bhej dunga.",
    "Teri private photos abhi bhi mere paas hain. Nayi bhej warna purani tere family group mein daal dunga.",
    "Aaj raat jo bolun wo kar, warna tere boss ko teri bed wali photos mil jayengi.",
    "Mujhe unblock kar aur wapas aa, warna poora college video dekhega.",
    "Tera MMS mere paas hai. Kal tak paise nahi diye to poore gaon ke WhatsApp group mein viral kar dunga.",
  ],
  doxxing: [
    "Ye uska ghar hai: gali number 21, makaan 4, Lajpat Nagar. Jaake usse milo.",
    "Uska mobile number aur beti ka school pata chal gaya, neeche daal raha hoon, sab phone karo.",
    "Ye wahi feminist hai jisne mera account report kiya. Asli naam, office aur ghar ka address agli post mein.",
    "Sab isko message karo, ye iska personal WhatsApp number aur iske mummy papa ka address hai.",
    "Us ladki ki poori kundli nikaal li jisne hamare streamer ko troll kiya: poora naam, college aur wo bus jisse wo ghar jaati hai. Maze lo.",
  ],
  neutral: [
    "Humare mohalle ki bahut si {G} subah subah bus se kaam pe jaati hain.",
    "Ek survey mein shaamil {G} daycare ke kharche se pareshan dikhin.",
    "Library ki Saturday wali coding class mein {G} bhi aati hain.",
    "Nagar nigam ki meeting mein {G} sadkon ki roshni ka mudda uthati rahin.",
  ],
  positive: ["{G} {P} hoti hain.", "Mere hisaab se {G} {P} hain.", "Seedhi baat: {G} {P} hain."],
  negate: ["Ye bilkul galat hai ki {G} {A} hoti hain.", "Nahi, {G} {A} nahi hain, ye baat dohrana band karo."],
  counter: [
    "Uski post ke neeche \"{Q}\" likhna seedha aurat-virodhi soch hai, maine report kar diya.",
    "Agar tumhe lagta hai ki \"{Q}\" mazaak hai, to aisa nahi hai. Harassment aise hi shuru hota hai.",
    "Comment \"{Q}\" mahilaon ke khilaf hinsa ke rules todne pe hata diya gaya.",
  ],
  survivor: [
    "Online mile ek aadmi ne dhamki di ki paise nahi diye to meri photos phaila dega. Maine cyber cell mein complaint ki aur wo pakda gaya.",
    "Ex ne mera address online daala to maine number badla aur ghar badal liya. Ab main safe hoon aur chahti hoon ki baaki ladkiyan jaanein ki madad hai.",
    "Kai mahine koi fake accounts se mujhe ashleel msgs bhejta raha. Sab save rakhne se mujhe protection order mila.",
    "Har live pe mujhe gaaliyan milti thi. Block aur report karne se aakhir wo accounts band ho gaye.",
  ],
  news: [
    "Police ne 34 saal ke ek aadmi ko giraftaar kiya jis par dating app se li gayi private tasveeron se mahilaon ko blackmail karne ka aarop hai.",
    "Nayi report ke mutabik mahila patrakaron ko purush saathiyon se kahin zyada online dhamkiyan milti hain.",
    "Sansad ne bina sahmati private tasveerein phailane ko apraadh banane wala kanoon paas kiya.",
    "Adalat ko bataya gaya ki aaropi ne peedita ka address ek forum pe daala tha.",
  ],
  helpline: [
    "Agar koi aapki private tasveerein phailane ki dhamki de, to paise na dein. Messages save karein aur hamari helpline pe sampark karein.",
    "Aap akeli nahi hain. Hamari counsellors online harassment jhel rahi mahilaon ki free aur confidential madad karti hain.",
    "Complaint ke liye date aur username ke saath screenshots save karein aur platform aur cyber crime portal pe bhejein.",
  ],
  benignPhoto: [
    "Sara ki shaadi ki photos bhej do, uski mummy ke liye kuch print karwani hain.",
    "Toote nal ki photo bhejo taaki plumber ko pata ho kya lana hai.",
  ],
  benignContact: [
    "Mahilaon ke liye self-defence class gali number 21, doosri manzil pe Saturday ko das baje hai.",
    "Ye meri behen ka number hai cake sale ke liye, chhe baje ke baad phone karna.",
  ],
  profanity: [
    "Dhat tere ki, aakhri train phir chhoot gayi.",
    "Is ghatiya laptop ko aaj kya ho gaya hai, saala!",
    "Abe yaar, concert to kamaal ka tha, bhaad mein jaaye neend!",
  ],
  nonprotected: [
    "Is sheher ke parking wale bilkul nikamme hain.",
    "Ye naya update bewakoofana aur nikamma hai, kisne banaya?",
    "Machhar ghinone parjeevi hain.",
    "Line todne wale log sabse bure hain.",
  ],
  neutralWord: ["Humari kutiya ne kal raat chhe pille diye."],
  reclaimed: [],
};
