import type { LangPack } from "../pack.js";

/** Swahili (Kenya / Tanzania). Written for this project, not native-speaker validated. */
export const SW: LangPack = {
  lang: "sw",
  script: "Latn",
  romanized: false,
  tag: "std",
  groups: ["wanawake", "wasichana", "wake za watu", "wafanyakazi wa kike"],
  derogAdj: ["wajinga", "bure", "wendawazimu", "takataka"],
  posAdj: ["werevu", "jasiri", "viongozi bora"],
  derog: [
    "{G} ni {A}, basi.",
    "{G} wote ni {A}, hakuna tofauti.",
    "Kubali tu, {G} ni {A} na kila mtu anajua.",
  ],
  stereotype: [
    "{G} wanapaswa kunyamaza na kurudi jikoni, ndiko mahali pao.",
    "Usiwaruhusu {G} kufanya maamuzi, hawawezi kufikiri wenyewe.",
  ],
  dehum: [
    "{G} ni mali ya wanaume tu, kama mifugo.",
    "{G} ni kupe wanaoishi kwa pesa za wanaume.",
  ],
  threatGroup: [
    "{G} wanaojibu wanastahili kupigwa makofi hadi wajifunze.",
    "Mtu anapaswa kuwachapa {G} hawa ili watii.",
  ],
  threatDirect: [
    "Endelea kupost, nitakutafuta na kukuvunja uso.",
    "Najua unapofanya kazi. Rudi nyumbani peke yako usiku huu uone kitakachokupata.",
    "Utajuta kunikataa, nitahakikisha unaishia hospitalini.",
  ],
  slurs: ["malaya", "kahaba", "changudoa"],
  slurFrames: ["Funga mdomo wako, wewe {S}.", "Hakuna anayejali {S} kama wewe anafikiri nini."],
  sexualHarass: [
    "Nitumie picha za mwili wako, najua unataka pia.",
    "Miguu yako ni mizuri kwenye video ile, sasa nionyeshe kilicho chini ya sketi.",
    "Siku nzima nakuwaza ukiwa uchi, njoo kwangu usiku huu.",
    "Acha kupuuza meseji zangu, mrembo, nataka usiku mmoja tu na wewe.",
    "Kwa mwili huo ungecheza filamu za ngono, sio kusoma habari.",
  ],
  sextortion: [
    "Nitumie shilingi laki moja kabla ya Ijumaa la sivyo video yako ukiwa uchi itawafikia wafuasi wako wote.",
    "Bado nina picha zako za faragha. Tuma mpya au nitaweka za zamani kwenye group la familia yako.",
    "Fanya ninachosema usiku huu, la sivyo bosi wako atapata picha zako kitandani.",
    "Niondolee block urudi kwangu, la sivyo chuo kizima kitaona video.",
    "Nimerekodi video call yetu. Piga nyingine usiku huu kamera ikiwa wazi, la sivyo rekodi inaenda kwenye ukurasa wa kanisa lenu.",
  ],
  doxxing: [
    "Hapa ndipo anaishi: Mtaa wa Maua namba 21, nyumba 4B. Twendeni tumtembelee.",
    "Nimepata namba yake ya simu na shule ya binti yake, naziweka hapa chini ili mumpigie wote.",
    "Huyu ndiye mwanaharakati aliyeripoti akaunti yangu. Jina lake halisi, kazi yake na anwani yake ziko kwenye post ijayo.",
    "Kila mtu amtumie ujumbe, hii ni namba yake ya WhatsApp na anwani ya wazazi wake.",
    "Tumemchimbua dada aliyemkosoa streamer wetu: jina kamili, chuo na matatu anayopanda kurudi nyumbani. Kazi kwenu.",
  ],
  neutral: [
    "{G} wengi mtaani kwetu hupanda basi asubuhi kwenda kazini.",
    "Utafiti uliwauliza {G} kuhusu gharama za malezi ya watoto.",
    "Maktaba inaendesha darasa la programu kwa {G} kila Jumamosi.",
    "Halmashauri ya jiji ilikutana na {G} kupanga taa bora za barabarani.",
  ],
  positive: ["{G} ni {P}.", "Kwangu mimi, {G} ni {P}.", "Tukumbuke, {G} ni {P}."],
  negate: ["Si kweli hata kidogo kwamba {G} ni {A}.", "Hapana, {G} si {A}, acheni kurudia hivyo."],
  counter: [
    "Kuandika \"{Q}\" kwenye post yake ni chuki dhidi ya wanawake na nimeripoti.",
    "Kama unafikiri \"{Q}\" ni utani, sio. Hivi ndivyo unyanyasaji huanza.",
    "Maoni \"{Q}\" yameondolewa kwa kuvunja sheria dhidi ya unyanyasaji wa wanawake.",
  ],
  survivor: [
    "Mwanaume niliyemjua mtandaoni alitishia kusambaza picha zangu nisipomlipa. Niliripoti polisi na akakamatwa.",
    "Baada ya mpenzi wangu wa zamani kuweka anwani yangu mtandaoni, nilibadilisha namba na kuhama. Sasa niko salama na nataka wengine wajue msaada upo.",
    "Kwa miezi kadhaa mtu alinitumia jumbe za ngono kutoka akaunti bandia. Kuhifadhi kila kitu kulinisaidia kupata amri ya ulinzi.",
    "Kila nilipokuwa live nilitukanwa. Kuzuia na kuripoti hatimaye kulifanya akaunti hizo zifungwe.",
  ],
  news: [
    "Polisi wamemkamata mwanaume wa miaka 34 anayedaiwa kuwatishia wanawake kwa picha za faragha alizopata kwenye programu ya uchumba.",
    "Ripoti mpya inaonyesha waandishi wa habari wanawake hupokea vitisho vingi zaidi mtandaoni kuliko wenzao wanaume.",
    "Bunge limepitisha sheria inayofanya kusambaza picha za faragha bila ridhaa kuwa kosa la jinai.",
    "Mahakama ilielezwa kuwa mshtakiwa aliweka anwani ya mwathiriwa kwenye jukwaa la mtandaoni.",
  ],
  helpline: [
    "Mtu akikutishia kusambaza picha zako za faragha, usilipe. Hifadhi jumbe na upige simu kwa huduma yetu ya msaada.",
    "Hauko peke yako. Washauri wetu huwasaidia wanawake wanaonyanyaswa mtandaoni, bure na kwa siri.",
    "Kuripoti unyanyasaji wa picha, hifadhi picha za skrini zenye tarehe na majina ya akaunti, kisha ripoti kwa jukwaa na polisi.",
  ],
  benignPhoto: [
    "Unaweza kunitumia picha za harusi ya Sara? Nataka kuchapisha chache kwa ajili ya mama yake.",
    "Nitumie picha ya bomba lililovunjika ili fundi ajue alete nini.",
  ],
  benignContact: [
    "Darasa la kujilinda kwa wanawake liko Mtaa wa Maua namba 21, ghorofa ya pili, Jumamosi saa nne asubuhi.",
    "Hii ni namba ya dada yangu kwa ajili ya mauzo ya keki, mpigie baada ya saa kumi na mbili.",
  ],
  profanity: [
    "Mavi! Nimekosa treni ya mwisho tena.",
    "Shit, hii laptop ina shida gani leo?",
    "Aisee, tamasha lile lilikuwa moto sana, fuck!",
  ],
  nonprotected: [
    "Askari wa trafiki wa mji huu hawana maana.",
    "Sasisho hili jipya ni la kijinga na halina maana, nani alilitengeneza?",
    "Mbu ni kupe wachafu.",
    "Watu wanaoruka foleni ndio wabaya zaidi.",
  ],
  neutralWord: ["Mbwa wetu jike amezaa watoto sita jana usiku."],
  reclaimed: [],
};
