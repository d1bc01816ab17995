import type { LangPack } from "../pack.js";

/** Spanish (Latin American and European forms mixed). Written for this project, not native-speaker validated. */
export const ES: LangPack = {
  lang: "es",
  script: "Latn",
  romanized: false,
  tag: "std",
  groups: ["las mujeres", "las chicas", "las esposas", "las madres"],
  derogAdj: ["estúpidas", "inútiles", "histéricas", "una basura"],
  posAdj: ["brillantes", "valientes", "unas líderes excelentes"],
  derog: [
    "{G} son {A}, así de simple.",
    "Todas {G} son {A}, no hay excepción.",
    "Admítelo, {G} son {A} y todo el mundo lo sabe.",
  ],
  stereotype: [
    "{G} deberían callarse y volver a la cocina, que es su lugar.",
    "A {G} no se les puede dejar decidir nada, no saben pensar solas.",
  ],
  dehum: [
    "{G} son como ganado, propiedad del hombre y nada más.",
    "{G} son parásitos que viven del dinero de los hombres.",
  ],
  threatGroup: [
    "A {G} que contestan hay que darles una buena paliza para que aprendan.",
    "Alguien debería enseñarles a golpes a {G} a obedecer.",
  ],
  threatDirect: [
    "Sigue publicando y te voy a buscar para romperte la cara, niña.",
    "Sé dónde trabajas. Vuelve sola a casa esta noche y verás lo que te pasa.",
    "Te vas a arrepentir de haberme rechazado, te voy a mandar al hospital.",
  ],
  slurs: ["puta", "zorra", "perra"],
  slurFrames: ["Cállate la boca, {S} de mierda.", "A nadie le importa lo que piensa una {S} como tú."],
  sexualHarass: [
    "Mándame fotos de tu cuerpo, sé que tienes ganas.",
    "Qué piernas en ese video, ahora enséñame lo que hay debajo de la falda.",
    "Todo el día pensando en ti desnuda, ven a mi casa esta noche.",
    "Deja de ignorar mis mensajes, guapa, solo quiero una noche contigo.",
    "Con ese cuerpo deberías hacer porno y no presentar las noticias.",
  ],
  sextortion: [
    "Págame 300 dólares antes del viernes o tu video desnuda les llega a todos tus seguidores.",
    "Todavía tengo tus fotos íntimas. Mándame nuevas o publico las viejas en el grupo de tu familia.",
    "Haz lo que te digo esta noche, si no tu jefe recibe esas fotos tuyas en la cama.",
    "Desbloquéame y vuelve conmigo o toda tu universidad verá el video.",
    "Grabé nuestra videollamada. Otra llamada esta noche con la cámara prendida o la grabación sale en la página de tu parroquia.",
  ],
  doxxing: [
    "Aquí vive ella: calle Los Olivos 21, departamento 4B. Vayan a visitarla.",
    "Encontré su número de teléfono y el colegio de su hija, los dejo abajo para que todos la llamen.",
    "Esta es la feminista que denunció mi cuenta. Su nombre real, su trabajo y su dirección van en el siguiente post.",
    "Escríbanle todos, este es su WhatsApp personal y la dirección de sus padres.",
    "Le hicimos doxing a la que criticó al streamer: nombre completo, universidad y el colectivo que toma para volver. Que se diviertan.",
  ],
  neutral: [
    "Muchas de {G} del barrio toman el autobús temprano para ir a trabajar.",
    "Una encuesta preguntó a {G} sobre el costo de las guarderías.",
    "La biblioteca ofrece un taller de programación para {G} los sábados.",
    "El ayuntamiento se reunió con {G} para planear mejor alumbrado en las calles.",
  ],
  positive: ["{G} son {P}.", "Siempre he pensado que {G} son {P}.", "Que quede claro: {G} son {P}."],
  negate: ["Es totalmente falso que {G} sean {A}.", "No, {G} no son {A}, dejen de repetir eso."],
  counter: [
    "Escribir \"{Q}\" en su publicación es pura misoginia y lo he denunciado.",
    "Si crees que \"{Q}\" es una broma, no lo es. Así empieza el acoso.",
    "El comentario \"{Q}\" fue eliminado por violar las normas contra el abuso hacia las mujeres.",
  ],
  survivor: [
    "Un hombre que conocí por internet amenazó con compartir mis fotos si no le pagaba. Fui a la policía y lo detuvieron.",
    "Después de que mi ex publicara mi dirección cambié de número y me mudé. Ahora estoy a salvo y quiero que otras sepan que hay ayuda.",
    "Durante meses alguien me mandó mensajes sexuales desde cuentas falsas. Guardar todo me ayudó a conseguir una orden de protección.",
    "Cada vez que hacía directo me insultaban. Bloquear y denunciar hizo que por fin cerraran esas cuentas.",
  ],
  news: [
    "La policía detuvo a un hombre de 34 años acusado de chantajear a mujeres con imágenes íntimas obtenidas en una aplicación de citas.",
    "Un nuevo informe revela que las periodistas reciben muchas más amenazas en línea que sus colegas hombres.",
    "El Congreso aprobó una ley que castiga la difusión de imágenes íntimas sin consentimiento.",
    "El tribunal escuchó que el acusado había publicado la dirección de la víctima en un foro.",
  ],
  helpline: [
    "Si alguien amenaza con difundir tus imágenes íntimas, no pagues. Guarda los mensajes y llama a nuestra línea de ayuda.",
    "No estás sola. Nuestras consejeras acompañan a mujeres que sufren acoso en línea, gratis y de forma confidencial.",
    "Para denunciar la violencia digital, guarda capturas con fecha y usuario y preséntalas a la plataforma y a la fiscalía.",
  ],
  benignPhoto: [
    "¿Me mandas las fotos de la boda de Sara? Quiero imprimir algunas para su mamá.",
    "Mándame una foto del grifo roto para que el fontanero sepa qué traer.",
  ],
  benignContact: [
    "La clase de defensa personal para mujeres es en la calle Los Olivos 21, segundo piso, el sábado a las 10.",
    "Este es el número de mi hermana para la venta de pasteles, llámala después de las seis.",
  ],
  profanity: [
    "Mierda, otra vez perdí el último tren.",
    "¿Qué carajo le pasa hoy a esta computadora?",
    "Joder, qué concierto tan bueno.",
  ],
  nonprotected: [
    "Los inspectores de tráfico de esta ciudad son unos inútiles.",
    "Esta actualización es estúpida e inútil, ¿quién la diseñó?",
    "Los mosquitos son unos parásitos asquerosos.",
    "La gente que no deja propina es lo peor.",
  ],
  neutralWord: [
    "Nuestra perra tuvo seis cachorros anoche y todos están sanos.",
    "La zorra salió de su madriguera con sus crías al amanecer.",
  ],
  reclaimed: ["Somos malas, somos putas y libres: así gritamos en la marcha contra el acoso."],
};
