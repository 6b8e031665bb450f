import { MENTION_TOKEN_SOURCE } from './mention-tokens';
import type { Locale } from './parsed-request';

/**
 * Detection only ever reads this many characters (the parser's own limit), so a hostile 200k
 * message costs what a 2,000-character one does, whoever calls this first.
 */
export const DETECTION_WINDOW = 2000;

/*
 * Locale detection by counting function words and request vocabulary of each language. Names,
 * mail addresses and mentions are removed first so that "Åsa Öberg" does not make a message
 * Swedish. Ties (including messages with no known words) go to English.
 */

const SWEDISH_WORDS: ReadonlySet<string> = new Set(
  (
    'ta tag tar bort från ifrån och för licens licensen licenser licenserna licensens vilka vilken vem ' +
    'vad hur många lediga ledig ledigt kvar hjälp hjälpa har visa lista kolla tack snälla vänligen kan du ' +
    'ni jag vi mig är det finns alla allt samtliga av till hos på med som användare användaren användarna ' +
    'avtilldela tilldelning tilldelningen tilldelade göra gör hej hejsan hallå skulle kunna vill ' +
    'tillgängliga oanvända plocka återkalla dra tillbaka hennes deras sina inte eller samt också några ' +
    'funkar fungerar kommandon nu personer använder radera fått'
  ).split(' '),
);

const ENGLISH_WORDS: ReadonlySet<string> = new Set(
  (
    'remove unassign revoke strip delete take away from and for the license licenses licence licences ' +
    'what which who how many much free available left seats help have has does do show list please pls ' +
    'thanks thank you can could would all of to is are users user hi hello hey with me my got any there ' +
    'assigned get kindly their everything every commands work use using spare unused people'
  ).split(' '),
);

// Why no mail regex: `[chars]+@…` retried at every start of a long run without "@" is quadratic
// (80k characters blocked the event loop for 7 s). Whitespace-separated tokens that contain an
// "@" are dropped instead, which is linear and covers what a mail address looks like in chat.
const WORD = /\p{L}+/gu;

function withoutMailTokens(text: string): string {
  return text
    .split(/\s+/u)
    .filter((token) => !token.includes('@'))
    .join(' ');
}

/** Guesses the message language: 'sv' when Swedish words outnumber English ones, else 'en'. */
export function detectLocale(text: string): Locale {
  if (typeof text !== 'string') return 'en';
  const window = text.slice(0, DETECTION_WINDOW);
  const words = withoutMailTokens(
    window.replace(new RegExp(MENTION_TOKEN_SOURCE, 'gu'), ' ').replace(/<[^<>]*>/gu, ' '),
  )
    .toLowerCase()
    .match(WORD);
  let swedish = 0;
  let english = 0;
  for (const word of words ?? []) {
    if (SWEDISH_WORDS.has(word)) swedish += 1;
    if (ENGLISH_WORDS.has(word)) english += 1;
  }
  return swedish > english ? 'sv' : 'en';
}
