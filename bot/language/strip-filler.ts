/*
 * Removes what carries no request: a greeting, the bot's own name, politeness and trailing
 * punctuation or emoji. Applied repeatedly because people stack them ("hej License Desk, kan du
 * snälla …"). Only the edges of the message are touched; the middle is left to the patterns.
 */

const SEPARATOR_TAIL = String.raw`(?=$|[\s,.!?:;\-])[\s,.!:;\-]*`;

const GREETING = new RegExp(
  String.raw`^(?:hi|hello|hey|hiya|howdy|yo|good\s+(?:morning|afternoon|evening|day)|hej|hejsan|hallå|hallå där|tjena|tjenare|tja|morsning|god\s+(?:morgon|middag|kväll|dag))(?:\s+(?:there|again|all|igen|du))?` +
    SEPARATOR_TAIL,
  'iu',
);

const BOT_NAME = new RegExp(String.raw`^@?\s*(?:licen[cs]e|licens)[\s\-]?desk(?:\s+bot)?` + SEPARATOR_TAIL, 'iu');

const POLITE_LEADING = new RegExp(
  String.raw`^(?:` +
    [
      String.raw`please|pls|plz|kindly|just|quickly`,
      String.raw`(?:could|can|would|will)\s+(?:you|u|ya)(?:\s+(?:please|pls|possibly|kindly|also|just))?`,
      String.raw`(?:would|could)\s+you\s+be\s+able\s+to|are\s+you\s+able\s+to`,
      String.raw`i(?:'d|\s+would)\s+like\s+(?:you\s+)?to|i\s+(?:want|need)\s+(?:you\s+)?to|we\s+(?:want|need)\s+(?:you\s+)?to`,
      String.raw`go\s+ahead\s+and|tell\s+me(?=\s+\S)|(?:please\s+)?help\s+me(?:\s+(?:to|with))?(?=\s+\S)`,
      String.raw`kan\s+(?:du|ni)(?:\s+(?:snälla|vänligen|också|bara))?|skulle\s+(?:du|ni)\s+kunna(?:\s+snälla)?`,
      String.raw`var\s+(?:snäll|vänlig)\s+(?:och|att)|snälla|vänligen|bara`,
      String.raw`jag\s+(?:vill|behöver|skulle\s+vilja)(?:\s+att\s+(?:du|ni))?|vi\s+(?:vill|behöver|skulle\s+vilja)(?:\s+att\s+(?:du|ni))?`,
      String.raw`berätta(?=\s+\S)|hjälp\s+mig\s+(?:att|med)(?=\s+\S)`,
    ].join('|') +
    ')' +
    SEPARATOR_TAIL,
  'iu',
);

const TRAILING_WORDS = new RegExp(
  String.raw`[\s,]+(?:please|pls|plz|thanks|thank\s+you(?:\s+(?:very\s+much|so\s+much))?|thx|cheers|many\s+thanks|thanks\s+(?:a\s+lot|in\s+advance)|asap|for\s+me|right\s+now|now|tack(?:\s+(?:så\s+mycket|på\s+förhand))?|tusen\s+tack|snälla|åt\s+mig|nu|omgående|direkt)$`,
  'iu',
);

// Punctuation, symbols and emoji at either end. Closing parentheses and quotes are kept here
// (segment cleaners handle them) so product names such as "E5 (no Teams)" survive.
const TRAILING_SYMBOLS = /[\s?!.,;:…¡¿~*\-–—\p{Extended_Pictographic}\p{So}\p{Sk}\uFE0F\u200D]+$/u;
const LEADING_SYMBOLS = /^[\s?!.,;:…¡¿~*\-–—>\p{Extended_Pictographic}\p{So}\p{Sk}\uFE0F\u200D]+/u;

const QUESTION_MARKS_ONLY = /^[?¿]+$/u;

/** What remained of a message after stripping, and what the stripping saw. */
export interface StrippedText {
  /** The request part of the message; may be empty. */
  text: string;
  /** A greeting or the bot's own name was removed (a bare "hi" is treated as asking for help). */
  greeted: boolean;
  /** The message was only question marks, the conventional way to ask for help. */
  questionOnly: boolean;
}

/** Removes greetings, the bot's name, politeness and edge punctuation; never throws. */
export function stripFiller(text: string): StrippedText {
  let current = text.trim();
  let greeted = false;
  // Bounded loop: each pass either removes characters or ends it.
  for (let pass = 0; pass < 16; pass += 1) {
    const withoutSymbols = QUESTION_MARKS_ONLY.test(current) ? current : current.replace(LEADING_SYMBOLS, '');
    const withoutNames = withoutSymbols.replace(GREETING, '').replace(BOT_NAME, '');
    if (withoutNames !== withoutSymbols) greeted = true;
    const withoutPoliteness = withoutNames.replace(POLITE_LEADING, '').trim();
    if (QUESTION_MARKS_ONLY.test(withoutPoliteness)) return { text: '', greeted, questionOnly: true };
    const next = withoutPoliteness.replace(TRAILING_SYMBOLS, '').replace(TRAILING_WORDS, '').trim();
    if (next === current) break;
    current = next;
  }
  return { text: current, greeted, questionOnly: false };
}
