export { LexiconClassifier, type LexiconClassifierOptions, type LexiconMatch } from "./lexicon-classifier.js";
export { parseLexiconTsv, LexiconFormatError, LEXICON_CATEGORIES, type Lexicon, type LexiconEntry, type LexiconCategory } from "./schema.js";
export { analyseFraming, findQuotedRanges, isNegated, NEGATION_WINDOW_CHARS, NEGATION_AFTER_WINDOW_CHARS, type FramingAnalysis, type FrameKind } from "./framing.js";
