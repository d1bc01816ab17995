export { LexiconClassifier, type LexiconClassifierOptions, type LexiconMatch } from "./lexicon-classifier.js";
export { parseLexiconTsv, LexiconFormatError, LEXICON_CATEGORIES, type Lexicon, type LexiconEntry, type LexiconCategory } from "./schema.js";
