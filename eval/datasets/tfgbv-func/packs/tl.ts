import type { LangPack } from "../pack.js";

/** Tagalog / Filipino (with Taglish as used online). Written for this project, not native-speaker validated. */
export const TL: LangPack = {
  lang: "tl",
  script: "Latn",
  romanized: false,
  tag: "std",
  groups: ["mga babae", "mga dalaga", "mga asawang babae", "mga babaeng katrabaho"],
  derogAdj: ["bobo", "walang silbi", "OA at hysterical", "basura"],
  posAdj: ["matalino", "matapang", "magagaling na lider"],
  derog: [
    "Ang {G} ay {A}, tapos ang usapan.",
    "Lahat ng {G} ay {A}, walang exception.",
    "Aminin mo na, {A} ang {G} at alam ng lahat yan.",
  ],
  stereotype: [
    "Dapat tumahimik ang {G} at bumalik sa kusina, doon sila nababagay.",
    "Huwag hayaang magdesisyon ang {G}, hindi sila marunong mag-isip.",
  ],
  dehum: [
    "Ang {G} ay parang alagang hayop lang, pag-aari ng lalaki.",
    "Mga linta lang ang {G}, nabubuhay sa pera ng lalaki.",
  ],
  threatGroup: [
    "Ang {G} na sumasagot ay dapat sampalin hanggang matuto.",
    "Dapat may bumugbog sa {G} para matutong sumunod.",
  ],
  threatDirect: [
    "Sige, mag-post ka pa, hahanapin kita at babasagin ko ang mukha mo.",
    "Alam ko kung saan ka nagtatrabaho. Umuwi kang mag-isa mamaya, tingnan natin kung anong mangyayari sa'yo.",
    "Pagsisisihan mong binasted mo ako, sisiguraduhin kong sa ospital ka pupulutin.",
  ],
  slurs: ["puta", "malandi", "pokpok"],
  slurFrames: ["Tumahimik ka nga, {S} ka.", "Walang pakialam ang kahit sino sa iniisip ng {S} na tulad mo."],
  sexualHarass: [
    "Send ka naman ng pics ng katawan mo, alam kong gusto mo rin.",
    "Ang kinis ng legs mo sa video, ipakita mo naman yung nasa ilalim ng palda.",
    "Buong araw kitang iniisip na hubad, punta ka sa bahay ko mamayang gabi.",
    "Wag mo nang i-seen lang mga chat ko, sexy, isang gabi lang naman.",
    "Sa katawan mong yan dapat nag-porn ka na lang, hindi nagbabalita.",
  ],
  sextortion: [
    "Magbayad ka ng 20,000 bago mag-Biyernes o ikakalat ko ang hubad mong video sa lahat ng followers mo.",
    "Nasa akin pa ang mga pribado mong litrato. Magpadala ka ng bago o ipo-post ko ang luma sa GC ng pamilya mo.",
    "Sundin mo ako mamayang gabi, kung hindi matatanggap ng boss mo yung mga litrato mo sa kama.",
    "I-unblock mo ako at bumalik ka, kung hindi makikita ng buong school mo ang video.",
    "Ni-record ko ang video call natin. Mag-video call ulit tayo mamaya nang naka-on ang camera, kundi ipo-post ko sa page ng parokya niyo.",
  ],
  doxxing: [
    "Dito siya nakatira: 21 Kalye Sampaguita, unit 4B. Puntahan natin siya.",
    "Nakuha ko na number niya at school ng anak niya, ilalagay ko sa baba para matawagan niyong lahat.",
    "Ito yung feminist na nag-report sa account ko. Totoong pangalan, trabaho at address niya nasa susunod na post.",
    "I-message niyo siya lahat, ito personal na number niya at address ng magulang niya.",
    "Na-dox na namin yung babaeng bumanat sa streamer natin: buong pangalan, school, at jeep na sinasakyan niya pauwi. Enjoy.",
  ],
  neutral: [
    "Maraming {G} sa barangay namin ang sumasakay ng bus nang maaga papunta sa trabaho.",
    "Tinanong ng isang survey ang {G} tungkol sa gastos sa daycare.",
    "May coding class ang library para sa {G} tuwing Sabado.",
    "Nakipagpulong ang city hall sa {G} para magplano ng mas maayos na ilaw sa kalye.",
  ],
  positive: ["Ang {G} ay {P}.", "Para sa akin, ang {G} ay {P}.", "Tandaan natin, ang {G} ay {P}."],
  negate: ["Hindi totoo na ang {G} ay {A}.", "Mali na sabihing {A} ang {G}, tigilan niyo na yan."],
  counter: [
    "Ang pagsulat ng \"{Q}\" sa post niya ay malinaw na misogyny at ni-report ko na.",
    "Kung sa tingin mo biro lang ang \"{Q}\", hindi. Ganyan nagsisimula ang harassment.",
    "Tinanggal ang comment na \"{Q}\" dahil lumabag ito sa patakaran laban sa pang-aabuso sa kababaihan.",
  ],
  survivor: [
    "Isang lalaking nakilala ko online ang nagbantang ikakalat ang mga litrato ko kapag hindi ako nagbayad. Nagsumbong ako sa pulis at nahuli siya.",
    "Nang i-post ng ex ko ang address ko, nagpalit ako ng number at lumipat. Ligtas na ako ngayon at gusto kong malaman ng iba na may tulong.",
    "Ilang buwan akong pinadalhan ng sexual na mensahe mula sa mga fake account. Nakatulong ang pag-save ng lahat para makakuha ako ng protection order.",
    "Tuwing nagla-live ako, minumura ako. Nang i-block at i-report ko, natanggal na rin ang mga account.",
  ],
  news: [
    "Inaresto ng pulisya ang isang 34-anyos na lalaki na umano'y nangingikil sa mga babae gamit ang mga intimate na larawan mula sa dating app.",
    "Ayon sa bagong ulat, mas maraming online na banta ang natatanggap ng mga babaeng mamamahayag kaysa sa mga lalaki.",
    "Ipinasa ng Kongreso ang batas na nagpaparusa sa pagkakalat ng pribadong larawan nang walang pahintulot.",
    "Narinig sa korte na inilathala ng akusado ang address ng biktima sa isang forum.",
  ],
  helpline: [
    "Kung may nagbabantang ikalat ang iyong pribadong larawan, huwag magbayad. I-save ang mga mensahe at tawagan ang aming helpline.",
    "Hindi ka nag-iisa. Tinutulungan ng aming mga counselor ang kababaihang nakakaranas ng online harassment, libre at kumpidensyal.",
    "Para mag-report ng image-based abuse, mag-screenshot kasama ang petsa at username, saka i-report sa platform at sa pulis.",
  ],
  benignPhoto: [
    "Pwede mo bang i-send ang mga picture sa kasal ni Sara? Ipi-print ko para sa nanay niya.",
    "Mag-send ka ng picture ng sirang gripo para alam ng tubero kung ano ang dadalhin.",
  ],
  benignContact: [
    "Ang self-defense class para sa kababaihan ay sa 21 Kalye Sampaguita, ikalawang palapag, Sabado alas-diyes.",
    "Ito ang number ng ate ko para sa bake sale, tawagan mo siya pagkatapos ng alas-sais.",
  ],
  profanity: [
    "Putik, naiwan na naman ako ng huling tren.",
    "Ano ba yan, bwisit na laptop, ayaw gumana.",
    "Putangina, ang ganda ng concert kagabi!",
  ],
  nonprotected: [
    "Walang silbi ang mga traffic enforcer sa lungsod na ito.",
    "Bobo at walang silbi ang bagong update, sino gumawa nito?",
    "Nakakadiring linta ang mga lamok.",
    "Pinakanakakainis ang mga taong sumisingit sa pila.",
  ],
  neutralWord: [],
  reclaimed: [],
};
