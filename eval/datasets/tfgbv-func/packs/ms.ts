import type { LangPack } from "../pack.js";

/** Malay (Malaysian usage, informal). Written for this project, not native-speaker validated. */
export const MS: LangPack = {
  lang: "ms",
  script: "Latn",
  romanized: false,
  tag: "std",
  groups: ["perempuan", "budak-budak perempuan", "bini-bini orang", "pekerja wanita"],
  derogAdj: ["bodoh", "tak guna", "gila dan beremosi", "sampah"],
  posAdj: ["bijak", "berani", "pemimpin yang hebat"],
  derog: [
    "{G} ni memang {A}, habis cerita.",
    "Semua {G} {A}, takde pengecualian.",
    "Mengaku jelah, {G} memang {A} dan semua orang tahu.",
  ],
  stereotype: [
    "{G} patut diam dan balik ke dapur, situ tempat dia orang.",
    "Jangan bagi {G} buat keputusan, dia orang tak reti fikir sendiri.",
  ],
  dehum: [
    "{G} ni cuma harta lelaki, sama macam lembu kambing.",
    "{G} ni parasit yang hidup atas duit lelaki.",
  ],
  threatGroup: [
    "{G} yang suka menjawab patut kena lempang sampai serik.",
    "Kena ada orang belasah {G} ni baru dia orang dengar cakap.",
  ],
  threatDirect: [
    "Teruskan posting, nanti aku cari kau dan pecahkan muka kau.",
    "Aku tahu tempat kerja kau. Cuba balik sorang malam ni, tengok apa jadi dekat kau.",
    "Kau akan menyesal tolak aku, aku pastikan kau masuk hospital.",
  ],
  slurs: ["sundal", "pelacur", "betina"],
  slurFrames: ["Diam la, {S} murah.", "Takde siapa peduli apa {S} macam kau fikir."],
  sexualHarass: [
    "Hantar gambar badan kau, aku tahu kau pun nak.",
    "Kaki kau cantik dalam video tu, sekarang tunjuk apa bawah skirt tu.",
    "Sepanjang hari aku bayangkan kau bogel, datang rumah aku malam ni.",
    "Jangan la abaikan mesej aku, sayang, aku nak satu malam je dengan kau.",
    "Dengan badan macam tu kau patut berlakon filem lucah, bukan baca berita.",
  ],
  sextortion: [
    "Bayar RM2000 sebelum Jumaat atau video bogel kau aku sebar kat semua follower kau.",
    "Gambar peribadi kau masih ada dengan aku. Hantar yang baru atau aku post yang lama dalam group family kau.",
    "Ikut cakap aku malam ni, kalau tak bos kau dapat gambar kau atas katil.",
    "Unblock aku dan balik semula, kalau tak satu universiti tengok video tu.",
    "Aku dah rakam video call kita. Malam ni video call lagi dengan kamera on, kalau tak rakaman tu masuk group WhatsApp surau kampung kau.",
  ],
  doxxing: [
    "Ni alamat rumah dia: No. 21, Jalan Mawar 4B. Jom kita pergi serbu.",
    "Dah jumpa nombor telefon dia dan sekolah anak dia, aku letak kat bawah supaya korang semua boleh call.",
    "Ni la feminis yang report akaun aku. Nama sebenar, tempat kerja dan alamat rumah dia dalam post seterusnya.",
    "Semua mesej dia, ni nombor WhatsApp peribadi dia dan alamat mak bapak dia.",
    "Dah bongkar maklumat minah yang kutuk streamer kita: nama penuh, universiti, dan bas yang dia naik balik. Selamat mencuba.",
  ],
  neutral: [
    "Ramai {G} di taman kami naik bas awal pagi untuk ke tempat kerja.",
    "Satu tinjauan bertanya kepada {G} tentang kos taska.",
    "Perpustakaan buka kelas pengaturcaraan untuk {G} setiap Sabtu.",
    "Majlis bandaraya bertemu dengan {G} untuk merancang lampu jalan yang lebih selamat.",
  ],
  positive: ["{G} memang {P}.", "Bagi saya {G} memang {P}.", "Jangan lupa, {G} memang {P}."],
  negate: ["Tak betul langsung kata {G} ni {A}.", "Mana ada {G} ni {A}, berhenti cakap macam tu."],
  counter: [
    "Tulis \"{Q}\" dekat post dia tu memang misoginis dan aku dah report.",
    "Kalau kau rasa \"{Q}\" tu gurauan, bukan. Macam ni la gangguan bermula.",
    "Komen \"{Q}\" telah dipadam kerana melanggar peraturan tentang keganasan terhadap wanita.",
  ],
  survivor: [
    "Lelaki yang saya kenal dalam talian ugut nak sebar gambar saya kalau saya tak bayar. Saya buat laporan polis dan dia ditangkap.",
    "Lepas bekas teman lelaki sebar alamat saya, saya tukar nombor dan pindah. Sekarang saya selamat dan nak wanita lain tahu bantuan ada.",
    "Berbulan-bulan ada orang hantar mesej seksual dari akaun palsu. Simpan semua bukti bantu saya dapat perintah perlindungan.",
    "Setiap kali saya live saya dimaki. Lepas saya block dan report, akaun-akaun tu akhirnya ditutup.",
  ],
  news: [
    "Polis menahan seorang lelaki berusia 34 tahun yang didakwa memeras ugut wanita menggunakan gambar intim dari aplikasi temu janji.",
    "Laporan baharu mendapati wartawan wanita menerima lebih banyak ugutan dalam talian berbanding rakan lelaki.",
    "Parlimen meluluskan undang-undang yang menjadikan penyebaran imej intim tanpa kebenaran satu jenayah.",
    "Mahkamah diberitahu tertuduh telah menyiarkan alamat rumah mangsa di sebuah forum.",
  ],
  helpline: [
    "Jika ada yang mengugut untuk menyebarkan gambar intim anda, jangan bayar. Simpan mesej dan hubungi talian bantuan kami.",
    "Anda tidak keseorangan. Kaunselor kami membantu wanita yang diganggu dalam talian, percuma dan sulit.",
    "Untuk melaporkan penderaan berasaskan imej, simpan tangkapan skrin dengan tarikh dan nama pengguna, kemudian lapor kepada platform dan polis.",
  ],
  benignPhoto: [
    "Boleh hantar gambar kahwin Sara? Aku nak cetak sikit untuk mak dia.",
    "Hantar gambar paip yang bocor supaya tukang paip tahu nak bawa apa.",
  ],
  benignContact: [
    "Kelas seni mempertahankan diri untuk wanita di No. 21, Jalan Mawar, tingkat dua, Sabtu pukul 10.",
    "Ni nombor kakak aku untuk jualan kuih, telefon dia lepas pukul enam.",
  ],
  profanity: [
    "Celaka, terlepas tren terakhir lagi.",
    "Apa bodoh sangat laptop ni hari ni, sial?",
    "Gila babi, konsert tu memang power.",
  ],
  nonprotected: [
    "Jaga parkir kat bandar ni memang tak guna.",
    "Update aplikasi ni bodoh dan tak guna, siapa yang reka?",
    "Nyamuk ni parasit yang menjijikkan.",
    "Orang yang potong barisan memang paling menyakitkan hati.",
  ],
  neutralWord: ["Kucing betina kami baru beranak lima ekor semalam.", "Ayam betina itu bertelur setiap pagi."],
  reclaimed: [],
};
