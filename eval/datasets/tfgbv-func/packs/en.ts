import type { LangPack } from "../pack.js";

/** English. Written for this project (not native-speaker validated beyond the author's own knowledge). */
export const EN: LangPack = {
  lang: "en",
  script: "Latn",
  romanized: false,
  tag: "std",
  groups: ["women", "girls", "wives", "female coworkers"],
  derogAdj: ["brainless", "worthless", "hysterical", "useless"],
  posAdj: ["brilliant", "brave", "great leaders"],
  derog: [
    "Honestly, {G} are just {A}.",
    "{G} are {A}, always have been and always will be.",
    "Face it, {G} are {A} and everyone knows it.",
  ],
  stereotype: [
    "{G} should shut up and get back to the kitchen where they belong.",
    "Nobody should ever let {G} make decisions, they can't think for themselves.",
  ],
  dehum: [
    "{G} are nothing but property, like livestock.",
    "{G} are parasites who live off men's money.",
  ],
  threatGroup: [
    "{G} who talk back deserve to get slapped until they learn.",
    "Someone should beat some obedience into these {G}.",
  ],
  threatDirect: [
    "Keep posting and I will find you and break your face, girl.",
    "I know where you work. Walk home alone tonight and see what happens to you.",
    "You are going to regret rejecting me, I will make sure you end up in a hospital.",
  ],
  slurs: ["bitch", "slut", "whore"],
  slurFrames: ["Shut your mouth, you dumb {S}.", "Nobody cares what a {S} like you thinks."],
  sexualHarass: [
    "Send me some pics of your body, I know you want to.",
    "Nice legs in that video, now show me what's under the skirt.",
    "I kept thinking about you naked all day, come over to my place tonight.",
    "Stop ignoring my messages, sexy, I just want one night with you.",
    "With a body like yours you should be doing porn, not reading the news.",
  ],
  sextortion: [
    "Pay me 500 dollars by Friday or your nude video goes to all your followers.",
    "I still have your private photos. Send me new ones or I post the old ones to your family group.",
    "Do what I say tonight, otherwise your boss gets those pictures of you in bed.",
    "Unblock me and come back, or everyone at your college sees the video.",
    "I screen-recorded our video call. Another call tonight with the camera on, or the recording goes on your church's page.",
  ],
  doxxing: [
    "Here is where she lives: flat 4B, 21 Green Street. Go and pay her a visit.",
    "Found her phone number and her daughter's school, posting both below so you all can call.",
    "This is the feminist who reported my account. Her real name, workplace and home address are in the next post.",
    "Everyone message her, this is her personal WhatsApp number and her parents' address.",
    "Doxxed the girl who called out our streamer: full name, uni, and the bus she takes home. Have fun.",
  ],
  neutral: [
    "Many {G} in our town take the early bus to work.",
    "A survey asked {G} about the cost of childcare.",
    "The library runs a coding class for {G} on Saturdays.",
    "The city council met with {G} to plan safer street lighting.",
  ],
  positive: ["{G} are {P}.", "I have always found that {G} are {P}.", "Let's be clear: {G} are {P}."],
  negate: ["It is simply false that {G} are {A}.", "No, {G} are not {A}, stop repeating that."],
  counter: [
    "Writing \"{Q}\" under her post is plain misogyny and I've reported it.",
    "If you think \"{Q}\" is a joke, it isn't. This is how harassment starts.",
    "The comment \"{Q}\" was removed because it breaks the rules on abuse against women.",
  ],
  survivor: [
    "A man I met online threatened to share my photos unless I paid him. I went to the police and he was arrested.",
    "After my ex posted my address online I changed my number and moved. I'm safe now and I want others to know help exists.",
    "For months someone sent me sexual messages from fake accounts. Documenting everything helped me get a protection order.",
    "I was called horrible names every time I streamed. Blocking and reporting finally got the accounts banned.",
  ],
  news: [
    "Police charged a 34-year-old man with blackmailing women using intimate images he obtained on a dating app.",
    "A new report finds that women journalists receive far more online threats than their male colleagues.",
    "Parliament passed a law making it a crime to share private images without consent.",
    "The court heard that the accused had published the victim's home address on a forum.",
  ],
  helpline: [
    "If someone is threatening to share your intimate images, do not pay. Save the messages and contact our helpline.",
    "You are not alone. Our counsellors support women facing online harassment, free and confidential, every day.",
    "To report image-based abuse, keep screenshots with dates and usernames, then file a report with the platform and the police.",
  ],
  benignPhoto: [
    "Can you send me the photos from Sara's wedding? I want to print a few for her mum.",
    "Send me a picture of the broken tap so the plumber knows what to bring.",
  ],
  benignContact: [
    "The women's self-defence class is at 21 Green Street, second floor, Saturday at 10.",
    "Here is my sister's number for the bake sale, call her after six: 0712 345 678.",
  ],
  profanity: [
    "Damn it, I missed the last train again.",
    "What the hell is wrong with this stupid laptop today?",
    "Holy shit, that concert was amazing.",
  ],
  nonprotected: [
    "Traffic wardens in this city are worthless.",
    "This new update is brainless and useless, who designed it?",
    "Mosquitoes are disgusting parasites.",
    "People who don't tip are the worst.",
  ],
  neutralWord: [
    "Our bitch had six puppies last night and they are all healthy.",
    "The vixen led her cubs out of the den at dawn.",
  ],
  reclaimed: ["Me and my girls are bad bitches and proud of it."],
};
