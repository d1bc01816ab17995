import type { LangPack } from "../pack.js";

/** Indonesian (informal social-media register mixed with standard forms). Written for this project, not native-speaker validated. */
export const ID: LangPack = {
  lang: "id",
  script: "Latn",
  romanized: false,
  tag: "std",
  groups: ["perempuan", "cewek-cewek", "para istri", "karyawati"],
  derogAdj: ["bodoh", "tidak berguna", "lebay dan histeris", "sampah"],
  posAdj: ["cerdas", "berani", "pemimpin yang hebat"],
  derog: [
    "{G} itu memang {A}, titik.",
    "Semua {G} {A}, nggak ada pengecualian.",
    "Akui saja, {G} itu {A} dan semua orang tahu.",
  ],
  stereotype: [
    "{G} sebaiknya diam dan balik ke dapur, di situ tempatnya.",
    "Jangan pernah biarkan {G} ambil keputusan, mereka nggak bisa mikir sendiri.",
  ],
  dehum: [
    "{G} itu cuma barang milik laki-laki, sama kayak ternak.",
    "{G} itu benalu yang hidup dari duit laki-laki.",
  ],
  threatGroup: [
    "{G} yang suka melawan pantas ditampar sampai kapok.",
    "Harus ada yang menghajar {G} biar mereka nurut.",
  ],
  threatDirect: [
    "Terus aja posting, nanti aku cari kamu dan kuhajar mukamu.",
    "Aku tahu kantormu. Coba pulang sendirian malam ini, lihat apa yang terjadi sama kamu.",
    "Kamu bakal nyesel sudah nolak aku, kupastikan kamu masuk rumah sakit.",
  ],
  slurs: ["lonte", "pelacur", "perek"],
  slurFrames: ["Tutup mulutmu, dasar {S} murahan.", "Nggak ada yang peduli pendapat {S} kayak kamu."],
  sexualHarass: [
    "Kirim foto badanmu dong, aku tahu kamu juga mau.",
    "Kakimu mulus banget di video itu, sekarang tunjukin yang di balik rokmu.",
    "Seharian aku bayangin kamu telanjang, malam ini datang ke kosku ya.",
    "Jangan cuekin chatku terus, cantik, aku cuma mau satu malam sama kamu.",
    "Badan kayak gitu harusnya main film bokep, bukan baca berita.",
  ],
  sextortion: [
    "Transfer 5 juta sebelum Jumat atau video bugilmu kusebar ke semua followersmu.",
    "Foto pribadimu masih ada di aku. Kirim yang baru atau yang lama kuposting di grup keluargamu.",
    "Turuti mauku malam ini, kalau nggak bosmu dapat foto-fotomu di ranjang.",
    "Buka blokirku dan balik lagi, atau satu kampus bakal lihat videomu.",
    "Video call kita sudah aku rekam. Malam ini VC lagi pakai kamera, kalau nggak rekamannya aku sebar ke grup WA alumni pesantrenmu.",
  ],
  doxxing: [
    "Ini alamat rumahnya: Jalan Melati 21, Blok 4B. Ayo kita datangi rame-rame.",
    "Udah ketemu nomor HP-nya dan sekolah anaknya, kutaruh di bawah biar kalian semua bisa telepon.",
    "Ini si feminis yang ngelaporin akunku. Nama asli, kantor dan alamat rumahnya ada di postingan berikutnya.",
    "Serbu dia, ini nomor WA pribadinya dan alamat orang tuanya.",
    "Sudah aku spill data cewek yang ngatain streamer kita: nama lengkap, kampus, sama angkot yang dia naiki pulang. Silakan.",
  ],
  neutral: [
    "Banyak {G} di kampung kami naik bus pagi untuk berangkat kerja.",
    "Sebuah survei menanyai {G} soal biaya penitipan anak.",
    "Perpustakaan membuka kelas coding untuk {G} setiap Sabtu.",
    "Pemerintah kota bertemu dengan {G} untuk merencanakan penerangan jalan yang lebih aman.",
  ],
  positive: ["{G} itu {P}.", "Menurutku {G} itu {P}.", "Perlu diingat, {G} itu {P}."],
  negate: ["Sama sekali tidak benar bahwa {G} itu {A}.", "Nggak benar kalau {G} itu {A}, berhenti ngomong begitu."],
  counter: [
    "Menulis \"{Q}\" di postingannya itu jelas misoginis dan sudah kulaporkan.",
    "Kalau kamu pikir \"{Q}\" itu bercanda, bukan. Beginilah pelecehan dimulai.",
    "Komentar \"{Q}\" dihapus karena melanggar aturan soal kekerasan terhadap perempuan.",
  ],
  survivor: [
    "Laki-laki yang kukenal online mengancam menyebar fotoku kalau aku nggak bayar. Aku lapor polisi dan dia ditangkap.",
    "Setelah mantanku menyebar alamatku, aku ganti nomor dan pindah. Sekarang aku aman dan ingin perempuan lain tahu ada bantuan.",
    "Berbulan-bulan ada yang mengirimiku pesan seksual dari akun palsu. Menyimpan semua bukti membantuku dapat perlindungan hukum.",
    "Setiap live aku dimaki-maki. Akhirnya akun-akun itu ditutup setelah kublokir dan kulaporkan.",
  ],
  news: [
    "Polisi menangkap pria 34 tahun yang diduga memeras perempuan dengan foto intim dari aplikasi kencan.",
    "Laporan terbaru menunjukkan jurnalis perempuan menerima jauh lebih banyak ancaman online dibanding rekan laki-laki.",
    "DPR mengesahkan undang-undang yang memidanakan penyebaran konten intim tanpa persetujuan.",
    "Di persidangan terungkap terdakwa menyebarkan alamat rumah korban di sebuah forum.",
  ],
  helpline: [
    "Kalau ada yang mengancam menyebar foto intimmu, jangan bayar. Simpan pesannya dan hubungi layanan pengaduan kami.",
    "Kamu tidak sendirian. Konselor kami mendampingi perempuan korban kekerasan berbasis gender online, gratis dan rahasia.",
    "Untuk melapor KBGO, simpan tangkapan layar lengkap dengan tanggal dan nama akun, lalu laporkan ke platform dan polisi.",
  ],
  benignPhoto: [
    "Kirim foto-foto nikahan Sara dong, aku mau cetak beberapa buat ibunya.",
    "Kirim foto keran yang bocor biar tukangnya tahu harus bawa apa.",
  ],
  benignContact: [
    "Kelas bela diri untuk perempuan ada di Jalan Melati 21, lantai dua, Sabtu jam 10.",
    "Ini nomor kakakku buat bazar kue, telepon dia setelah jam enam ya.",
  ],
  profanity: [
    "Anjir, ketinggalan kereta terakhir lagi.",
    "Sialan, laptop ini kenapa sih hari ini?",
    "Gila, konsernya keren banget, bangsat!",
  ],
  nonprotected: [
    "Tukang parkir liar di kota ini memang tidak berguna.",
    "Update aplikasi ini bodoh dan tidak berguna, siapa yang bikin?",
    "Nyamuk itu benalu yang menjijikkan.",
    "Orang yang suka nyerobot antrean itu paling menyebalkan.",
  ],
  neutralWord: [],
  reclaimed: [],
};
