import type { LangPack } from "../pack.js";

/** Portuguese (Brazilian forms). Written for this project, not native-speaker validated. */
export const PT: LangPack = {
  lang: "pt",
  script: "Latn",
  romanized: false,
  tag: "std",
  groups: ["as mulheres", "as meninas", "as esposas", "as mães"],
  derogAdj: ["burras", "inúteis", "histéricas", "um lixo"],
  posAdj: ["brilhantes", "corajosas", "ótimas líderes"],
  derog: [
    "{G} são {A}, simples assim.",
    "Todas {G} são {A}, sem exceção.",
    "Aceita, {G} são {A} e todo mundo sabe.",
  ],
  stereotype: [
    "{G} deviam calar a boca e voltar pra cozinha, que é o lugar delas.",
    "Não dá pra deixar {G} decidirem nada, elas não sabem pensar sozinhas.",
  ],
  dehum: [
    "{G} são como gado, propriedade do homem e nada mais.",
    "{G} são parasitas que vivem do dinheiro dos homens.",
  ],
  threatGroup: [
    "{G} que respondem merecem apanhar até aprender.",
    "Alguém devia ensinar {G} a obedecer na porrada.",
  ],
  threatDirect: [
    "Continua postando que eu vou te achar e quebrar tua cara, garota.",
    "Eu sei onde você trabalha. Volta sozinha pra casa hoje e vê o que acontece com você.",
    "Você vai se arrepender de ter me rejeitado, vou te mandar pro hospital.",
  ],
  slurs: ["vagabunda", "piranha", "puta"],
  slurFrames: ["Cala a boca, sua {S} nojenta.", "Ninguém liga pro que uma {S} como você pensa."],
  sexualHarass: [
    "Manda umas fotos do teu corpo, eu sei que você quer.",
    "Que pernas nesse vídeo, agora mostra o que tem debaixo da saia.",
    "Passei o dia te imaginando pelada, vem pra minha casa hoje à noite.",
    "Para de ignorar minhas mensagens, gostosa, só quero uma noite com você.",
    "Com esse corpo você devia fazer pornô e não apresentar o jornal.",
  ],
  sextortion: [
    "Me paga 1000 reais até sexta ou teu vídeo pelada vai pra todos os teus seguidores.",
    "Ainda tenho tuas fotos íntimas. Manda novas ou eu posto as antigas no grupo da tua família.",
    "Faz o que eu mandar hoje, senão teu chefe recebe aquelas fotos tuas na cama.",
    "Me desbloqueia e volta comigo, ou a faculdade inteira vai ver o vídeo.",
    "Gravei a tela da nossa chamada de vídeo. Outra chamada hoje com a câmera ligada, ou a gravação vai pro grupo da tua igreja.",
  ],
  doxxing: [
    "Ela mora aqui: Rua das Flores 21, apartamento 4B. Vão lá fazer uma visita.",
    "Achei o telefone dela e a escola da filha, deixo aqui embaixo pra todo mundo ligar.",
    "Essa é a feminista que denunciou meu perfil. Nome verdadeiro, trabalho e endereço dela no próximo post.",
    "Mandem mensagem todos, esse é o WhatsApp pessoal dela e o endereço dos pais.",
    "Vazamos os dados da mina que criticou o streamer: nome completo, faculdade e o ônibus que ela pega pra casa. Divirtam-se.",
  ],
  neutral: [
    "Muitas d{G} do bairro pegam o ônibus cedo para trabalhar.",
    "Uma pesquisa ouviu {G} sobre o custo das creches.",
    "A biblioteca oferece uma oficina de programação para {G} aos sábados.",
    "A prefeitura se reuniu com {G} para planejar uma iluminação melhor nas ruas.",
  ],
  positive: ["{G} são {P}.", "Sempre achei que {G} são {P}.", "Que fique claro: {G} são {P}."],
  negate: ["É totalmente falso que {G} sejam {A}.", "Não, {G} não são {A}, parem de repetir isso."],
  counter: [
    "Escrever \"{Q}\" no post dela é pura misoginia e eu denunciei.",
    "Se você acha que \"{Q}\" é piada, não é. É assim que o assédio começa.",
    "O comentário \"{Q}\" foi removido por violar as regras contra abuso de mulheres.",
  ],
  survivor: [
    "Um homem que conheci na internet ameaçou compartilhar minhas fotos se eu não pagasse. Fui à polícia e ele foi preso.",
    "Depois que meu ex publicou meu endereço, troquei de número e me mudei. Hoje estou segura e quero que outras saibam que existe ajuda.",
    "Durante meses alguém me mandou mensagens sexuais de perfis falsos. Guardar tudo me ajudou a conseguir uma medida protetiva.",
    "Toda vez que eu fazia live me xingavam. Bloquear e denunciar finalmente derrubou as contas.",
  ],
  news: [
    "A polícia prendeu um homem de 34 anos suspeito de chantagear mulheres com imagens íntimas obtidas em um aplicativo de namoro.",
    "Um novo relatório mostra que jornalistas mulheres recebem muito mais ameaças online do que os colegas homens.",
    "O Congresso aprovou uma lei que torna crime divulgar imagens íntimas sem consentimento.",
    "O tribunal ouviu que o acusado publicou o endereço da vítima em um fórum.",
  ],
  helpline: [
    "Se alguém ameaça divulgar suas imagens íntimas, não pague. Guarde as mensagens e ligue para nossa central de apoio.",
    "Você não está sozinha. Nossa equipe apoia mulheres que sofrem assédio online, de graça e com sigilo.",
    "Para denunciar violência digital, salve prints com data e nome de usuário e leve à plataforma e à delegacia.",
  ],
  benignPhoto: [
    "Me manda as fotos do casamento da Sara? Quero imprimir algumas para a mãe dela.",
    "Manda uma foto da torneira quebrada para o encanador saber o que trazer.",
  ],
  benignContact: [
    "A aula de defesa pessoal para mulheres é na Rua das Flores 21, segundo andar, sábado às 10h.",
    "Esse é o número da minha irmã para o bazar, liga pra ela depois das seis.",
  ],
  profanity: [
    "Merda, perdi o último trem de novo.",
    "Que porra tem esse computador hoje?",
    "Caralho, que show incrível.",
  ],
  nonprotected: [
    "Os fiscais de trânsito desta cidade são uns inúteis.",
    "Essa atualização é burra e inútil, quem projetou isso?",
    "Os mosquitos são uns parasitas nojentos.",
    "Gente que fura fila é o pior tipo de gente.",
  ],
  neutralWord: [
    "A piranha é um peixe de água doce com dentes muito afiados.",
    "Minha cadela teve seis filhotes ontem à noite e estão todos bem.",
  ],
  reclaimed: ["Na Marcha das Vadias a gente grita que nenhuma mulher merece ser assediada."],
};
