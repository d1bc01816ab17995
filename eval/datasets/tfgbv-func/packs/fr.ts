import type { LangPack } from "../pack.js";

/** French (with forms heard in Côte d'Ivoire, DRC and Lebanon). Written for this project, not native-speaker validated. */
export const FR: LangPack = {
  lang: "fr",
  script: "Latn",
  romanized: false,
  tag: "std",
  groups: ["les femmes", "les filles", "les épouses", "les mères"],
  derogAdj: ["connes", "bonnes à rien", "hystériques", "des déchets"],
  posAdj: ["brillantes", "courageuses", "d'excellentes dirigeantes"],
  derog: [
    "{G} sont {A}, point final.",
    "Toutes {G} sont {A}, sans exception.",
    "Avouez-le, {G} sont {A} et tout le monde le sait.",
  ],
  stereotype: [
    "{G} devraient se taire et retourner à la cuisine, c'est leur place.",
    "Il ne faut jamais laisser {G} décider, elles ne savent pas réfléchir seules.",
  ],
  dehum: [
    "{G} sont comme du bétail, la propriété des hommes, rien de plus.",
    "{G} sont des parasites qui vivent de l'argent des hommes.",
  ],
  threatGroup: [
    "{G} qui répondent méritent des gifles jusqu'à ce qu'elles comprennent.",
    "Quelqu'un devrait frapper {G} jusqu'à ce qu'elles obéissent.",
  ],
  threatDirect: [
    "Continue de poster et je vais te retrouver pour te casser la gueule, petite.",
    "Je sais où tu travailles. Rentre seule ce soir et tu verras ce qui t'arrivera.",
    "Tu vas regretter de m'avoir dit non, je vais t'envoyer à l'hôpital.",
  ],
  slurs: ["salope", "pute", "chienne"],
  slurFrames: ["Ferme ta gueule, espèce de {S}.", "Personne ne s'intéresse à ce que pense une {S} comme toi."],
  sexualHarass: [
    "Envoie-moi des photos de ton corps, je sais que tu en as envie.",
    "Belles jambes dans cette vidéo, maintenant montre-moi ce qu'il y a sous la jupe.",
    "J'ai pensé à toi toute nue toute la journée, viens chez moi ce soir.",
    "Arrête d'ignorer mes messages, ma belle, je veux juste une nuit avec toi.",
    "Avec un corps pareil tu devrais faire du porno, pas présenter le journal.",
  ],
  sextortion: [
    "Envoie-moi 200 000 francs CFA avant vendredi ou ta vidéo nue part chez tous tes abonnés.",
    "J'ai toujours tes photos intimes. Envoie-en de nouvelles ou je publie les anciennes dans le groupe de ta famille.",
    "Fais ce que je dis ce soir, sinon ton patron reçoit ces photos de toi au lit.",
    "Débloque-moi et reviens, sinon toute ta fac verra la vidéo.",
    "J'ai enregistré notre appel vidéo. Un autre appel ce soir caméra allumée, sinon l'enregistrement part sur la page de ta paroisse.",
  ],
  doxxing: [
    "Voici où elle habite : 21 rue des Jardins, appartement 4B. Allez lui rendre visite.",
    "J'ai trouvé son numéro et l'école de sa fille, je mets tout en dessous pour que vous l'appeliez.",
    "C'est la féministe qui a signalé mon compte. Son vrai nom, son travail et son adresse sont dans le prochain post.",
    "Écrivez-lui tous, voici son WhatsApp perso et l'adresse de ses parents à Cocody.",
    "On a doxé la meuf qui a critiqué notre streamer : nom complet, fac et le bus qu'elle prend pour rentrer. Amusez-vous bien.",
  ],
  neutral: [
    "Beaucoup parmi {G} du quartier prennent le bus tôt pour aller travailler.",
    "Un sondage a interrogé {G} sur le coût de la crèche.",
    "La bibliothèque propose un atelier de programmation pour {G} le samedi.",
    "La mairie a rencontré {G} pour prévoir un meilleur éclairage dans les rues.",
  ],
  positive: ["{G} sont {P}.", "J'ai toujours trouvé que {G} sont {P}.", "Soyons clairs : {G} sont {P}."],
  negate: ["C'est complètement faux de dire que {G} sont {A}.", "Non, {G} ne sont pas {A}, arrêtez de répéter ça."],
  counter: [
    "Écrire « {Q} » sous sa publication, c'est de la misogynie pure et je l'ai signalé.",
    "Si tu crois que « {Q} » est une blague, tu te trompes. C'est comme ça que le harcèlement commence.",
    "Le commentaire « {Q} » a été supprimé car il enfreint les règles contre les violences faites aux femmes.",
  ],
  survivor: [
    "Un homme rencontré en ligne a menacé de partager mes photos si je ne payais pas. J'ai porté plainte et il a été arrêté.",
    "Après que mon ex a publié mon adresse, j'ai changé de numéro et déménagé. Je suis en sécurité et je veux que les autres sachent qu'il existe de l'aide.",
    "Pendant des mois, quelqu'un m'a envoyé des messages sexuels depuis de faux comptes. Tout garder m'a aidée à obtenir une ordonnance de protection.",
    "À chaque live on m'insultait. Bloquer et signaler a fini par faire fermer ces comptes.",
  ],
  news: [
    "La police a arrêté un homme de 34 ans soupçonné de faire chanter des femmes avec des images intimes obtenues sur une application de rencontre.",
    "Un nouveau rapport montre que les journalistes femmes reçoivent bien plus de menaces en ligne que leurs collègues hommes.",
    "Le Parlement a adopté une loi qui punit la diffusion d'images intimes sans consentement.",
    "Le tribunal a appris que l'accusé avait publié l'adresse de la victime sur un forum.",
  ],
  helpline: [
    "Si quelqu'un menace de diffuser tes images intimes, ne paie pas. Garde les messages et appelle notre ligne d'écoute.",
    "Tu n'es pas seule. Nos conseillères accompagnent les femmes victimes de cyberharcèlement, gratuitement et en toute confidentialité.",
    "Pour signaler une violence numérique, garde des captures avec la date et le pseudo, puis signale à la plateforme et à la police.",
  ],
  benignPhoto: [
    "Tu peux m'envoyer les photos du mariage de Sara ? Je veux en imprimer quelques-unes pour sa mère.",
    "Envoie-moi une photo du robinet cassé pour que le plombier sache quoi apporter.",
  ],
  benignContact: [
    "Le cours d'autodéfense pour femmes a lieu au 21 rue des Jardins, deuxième étage, samedi à 10 h.",
    "Voici le numéro de ma sœur pour la vente de gâteaux, appelle-la après dix-huit heures.",
  ],
  profanity: [
    "Merde, j'ai encore raté le dernier train.",
    "Putain, qu'est-ce qu'il a cet ordinateur aujourd'hui ?",
    "Bordel, ce concert était génial.",
  ],
  nonprotected: [
    "Les contractuels du stationnement dans cette ville sont des bons à rien.",
    "Cette mise à jour est débile et inutile, qui l'a conçue ?",
    "Les moustiques sont des parasites dégoûtants.",
    "Les gens qui doublent dans la file sont les pires.",
  ],
  neutralWord: [
    "Notre chienne a eu six chiots cette nuit et ils vont tous bien.",
    "Le mot « garce » voulait simplement dire « jeune fille » en ancien français.",
  ],
  reclaimed: ["À la SlutWalk de Paris, on a défilé sous la bannière « salopes et fières » contre la culture du viol."],
};
