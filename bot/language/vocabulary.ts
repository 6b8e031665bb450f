/**
 * Regex source fragments shared by the intent patterns and the segment cleaners. Every fragment is
 * meant for a RegExp built with the `iu` flags. JavaScript's `\b` is ASCII-only even with `u`, so
 * words that may end in å/ä/ö are delimited with whitespace or anchors instead.
 */

/** "license", "licence", "licenses", "licences". */
export const LICENSE_EN = String.raw`licen[cs]es?`;

/** "licens", "licensen", "licenser", "licenserna", "licensens". */
export const LICENSE_SV = String.raw`licens(?:en|er|erna|ens)?`;

/** Any license word in either language. */
export const LICENSE_ANY = `(?:${LICENSE_EN}|${LICENSE_SV})`;

/** Words that say a seat is not in use ("how many E3 are free"). */
export const AVAILABLE_EN = String.raw`(?:free|available|left|unused|unassigned|remaining|spare|open|unallocated)`;

/** Swedish availability words ("hur många E3 är lediga", "E3 kvar"). */
export const AVAILABLE_SV = String.raw`(?:lediga|ledig|ledigt|kvar|tillgängliga|tillgänglig|tillgängligt|oanvända|oanvänd|fria|otilldelade)`;

/** Words naming a group of users ("list users with Visio"). */
export const USERS_EN = String.raw`(?:users|people|persons|accounts|employees|members|staff|folks|everyone|everybody)`;

/** Swedish words naming a group of users. */
export const USERS_SV = String.raw`(?:användare|användarna|personer|personerna|konton|anställda|medarbetare|folk)`;

/**
 * Prepositions that introduce the people of a removal. "from"/"från" are preferred because
 * product names may themselves contain "for" ("Microsoft 365 Apps for business").
 */
export const FROM_PREPOSITIONS = ['from', 'från', 'ifrån'] as const;

/** Weaker people-introducing prepositions, used only when no "from"/"från" is present. */
export const OTHER_PREPOSITIONS = ['for', 'off', 'för', 'hos', 'på'] as const;

/** Separators of a list of people or products, after commas and semicolons. */
export const LIST_CONJUNCTIONS = [
  'and',
  'och',
  'samt',
  'plus',
  'as well as',
  'and also',
  'och även',
  'och också',
] as const;

/** Words that, alone or with license words, mean "every license the person has". */
export const ALL_WORDS: ReadonlySet<string> = new Set([
  'all',
  'every',
  'everything',
  'each',
  'alla',
  'allt',
  'samtliga',
  'varenda',
  'varje',
]);

/** Plural license words: "remove licenses from Bo" means all of Bo's licenses. */
export const PLURAL_LICENSE_WORDS: ReadonlySet<string> = new Set(['licenses', 'licences', 'licenser', 'licenserna']);

/** Words allowed around an "all" product phrase without turning it into a product name. */
export const ALL_PHRASE_FILLER: ReadonlySet<string> = new Set([
  'of',
  'the',
  'their',
  'his',
  'her',
  'its',
  'my',
  'them',
  'assigned',
  'current',
  'license',
  'licence',
  'av',
  'de',
  'sina',
  'hans',
  'hennes',
  'deras',
  'dess',
  'tilldelade',
  'nuvarande',
  'licens',
  'licensen',
]);
