/*
 * A cheap test of whether a message could name a date at all, run before chrono-node: chrono's
 * two locales (tried for every removal) are the largest piece of a chat turn's own CPU, and
 * almost every removal ("ta bort Visio från Anna") names no date. Every date chrono finds at word
 * edges (schedule-date.ts only takes those) is a numeric date or has one of these words in it:
 * its ISO and slash formats are digits around a separator, and its other parsers are built from these dictionaries
 * (weekdays, months, ordinals, time units) and casual words ("tomorrow", "idag").
 * The words are copied from chrono-node 2.x's en and sv constants and casual parsers; a unit test
 * reads chrono's own dictionaries and fails when an upgrade brings a word this list lacks.
 * A false "may" only costs the chrono pass; a false "cannot" would lose a schedule, hence the test.
 */

const EN_WORDS = [
  // Weekdays and months (chrono's WEEKDAY_DICTIONARY, MONTH_DICTIONARY).
  'sunday sun monday mon tuesday tue wednesday wed thursday thurs thur thu friday fri saturday sat',
  'january february march april may june july august september october november december',
  'jan feb mar apr jun jul aug sep sept oct nov dec',
  // Ordinal words (ORDINAL_WORD_DICTIONARY). Number words ("three", "tre") are not listed: chrono
  // reads them only before a time unit ("in three days", "om tre dagar"), which is listed.
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth',
  'fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty thirtieth thirty',
  // Time units of two letters or more (single letters only ever follow a number).
  'sec second seconds min mins minute minutes hr hrs hour hours day days week weeks mo mos month',
  'months qtr quarter quarters yr year years',
  // Casual dates and times (ENCasualDateParser, ENCasualTimeParser).
  'now today tonight tomorrow overmorrow tmr tmrw yesterday night morning afternoon evening',
  'midnight midday noon',
];

const SV_WORDS = [
  'söndag sön so måndag mån må tisdag tis ti onsdag ons on torsdag tors to fredag fre fr lördag lör lö',
  'januari februari mars april maj juni juli augusti september oktober november december',
  'jan feb mar apr jun jul aug sep sept okt nov dec',
  'första andra tredje fjärde femte sjätte sjunde åttonde nionde tionde elfte tolfte trettonde',
  'fjortonde femtonde sextonde sjuttonde artonde nittonde tjugonde tjugoförsta tjugoandra',
  'tjugotredje tjugofjärde tjugofemte tjugosjätte tjugosjunde tjugoåttonde tjugonionde trettionde',
  'trettioförsta',
  'sek sekund sekunder min minut minuter tim timme timmar dag dagar vecka veckor månad månader år',
  'kvartal',
  // SVCasualDateParser ("i morgon" is joined to "imorgon" before chrono runs).
  'nu idag imorgon övermorgon igår förrgår',
];

const DATE_WORDS: ReadonlySet<string> = new Set([...EN_WORDS, ...SV_WORDS].flatMap((line) => line.split(' ')));

/**
 * Digits chrono reads as a day on their own: ISO, slash and dotted dates ("2027-01-15", "15/1",
 * "15.1.2027"). Other numbers are read with a listed word ("15 januari", "in 3 days"), so a
 * product's digits ("E3", "Microsoft 365") do not open the gate.
 */
const NUMERIC_DATE = /\d\s?[-/.]\s?\d/u;

/** Whether `text` has a numeric date or a word chrono-node could read as part of a date. */
export function mayNameDate(text: string): boolean {
  if (NUMERIC_DATE.test(text)) return true;
  return text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((word) => DATE_WORDS.has(word));
}
