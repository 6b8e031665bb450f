import { dirname, join } from 'node:path';
import * as chrono from 'chrono-node';
import { mayNameDate } from '../../../bot/language/date-cue-words';
import { extractScheduleDate } from '../../../bot/language/schedule-date';
import { loadUnderstandingCorpus } from '../../../bench/understanding-corpus';

// The gate before chrono-node (date-cue-words.ts) must never hide a date chrono would find.

/** chrono's own dictionaries, read from its build (not part of its public API: this test is the guard). */
function chronoDictionary(locale: 'en' | 'sv', name: string): string[] {
  const file = join(dirname(require.resolve('chrono-node')), 'locales', locale, 'constants.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const constants = require(file) as Record<string, Record<string, unknown> | undefined>;
  const dictionary = constants[name];
  if (!dictionary) throw new Error(`chrono-node ${locale} has no ${name} any more: re-read its parsers`);
  return Object.keys(dictionary);
}

/** A date chrono finds at word edges with its day known (what schedule-date.ts takes), in either locale. */
function chronoFindsDay(text: string): boolean {
  const reference = new Date('2026-12-01T10:00:00Z');
  return [chrono.en, chrono.sv].some((parser) =>
    parser
      .parse(text, { instant: reference, timezone: 0 }, { forwardDate: true })
      .some(
        (r) =>
          !/[\p{L}\d]/u.test(text[r.index - 1] ?? ' ') &&
          !/[\p{L}\d]/u.test(text[r.index + r.text.length] ?? ' ') &&
          (r.start.isCertain('day') || r.start.isCertain('weekday')),
      ),
  );
}

describe('mayNameDate: the words chrono-node reads dates from', () => {
  test.each([
    ['en', 'WEEKDAY_DICTIONARY'],
    ['en', 'MONTH_DICTIONARY'],
    ['en', 'ORDINAL_WORD_DICTIONARY'],
    ['en', 'TIME_UNIT_DICTIONARY_NO_ABBR'],
    ['sv', 'WEEKDAY_DICTIONARY'],
    ['sv', 'MONTH_DICTIONARY'],
    ['sv', 'ORDINAL_NUMBER_DICTIONARY'],
    ['sv', 'TIME_UNIT_NO_ABBR_DICTIONARY'],
  ] as const)('every word of chrono %s %s', (locale, name) => {
    const missing = chronoDictionary(locale, name).filter((word) => !mayNameDate(word.replace(/\.$/, '')));
    expect(missing).toEqual([]);
  });

  it('casual words of both locales', () => {
    const casual =
      'now today tonight tomorrow tmr tmrw yesterday midnight noon evening nu idag imorgon övermorgon igår';
    expect(casual.split(' ').filter((w) => !mayNameDate(`remove Visio from Bo ${w}`))).toEqual([]);
  });

  it('a number word alone is never a date to chrono (so they need not be listed)', () => {
    const words = [
      ...chronoDictionary('en', 'INTEGER_WORD_DICTIONARY'),
      ...chronoDictionary('sv', 'INTEGER_WORD_DICTIONARY'),
    ];
    const dated = words.filter(
      (w) => chronoFindsDay(`remove Visio from Bo ${w}`) || chronoFindsDay(`ta bort Visio från ${w} Bo`),
    );
    expect(dated).toEqual([]);
    // With a unit they are, and the unit opens the gate.
    expect(chronoFindsDay('remove Visio from Bo in three days')).toBe(true);
    expect(mayNameDate('remove Visio from Bo in three days')).toBe(true);
  });

  it('numbers: the dates chrono reads from digits alone open the gate, product digits do not', () => {
    const forms = [
      'remove Visio from Bo 2027-01-15',
      'remove Visio from Bo 15/1',
      'remove Visio from Bo 1/15/2027',
      'remove Visio from Bo 15.1.2027',
      'ta bort E3 från Anna 2027-01-15T10:00',
      'ta bort Visio från Bo 15 / 12',
      'remove Visio from Bo the 15th',
      'remove Visio from Bo 17:00',
      'remove E3 from Anna 20261215',
      'remove Microsoft 365 E3 from Bo',
      'remove visio from bo 12-15',
    ];
    expect(forms.filter((f) => chronoFindsDay(f) && !mayNameDate(f))).toEqual([]);
    expect(forms.filter((f) => chronoFindsDay(f))).toHaveLength(5);
    expect(mayNameDate('remove Microsoft 365 E3 from Bo')).toBe(false);
  });

  it('lets the ordinary removal through without chrono, and every dated one to it', () => {
    expect(mayNameDate('ta bort Visio från Alexander Holmberg')).toBe(false);
    expect(mayNameDate('remove E3 from Anna and Bo')).toBe(false);
    expect(mayNameDate('ta bort E3 från Anna den 31 december kl 17')).toBe(true);
    expect(mayNameDate('remove Visio from Bo on Friday')).toBe(true);
  });

  it('hides no date chrono finds in any phrasing of the understanding corpus', () => {
    const texts = loadUnderstandingCorpus(join(__dirname, '..', '..', '..')).map((e) => e.text);
    expect(texts.length).toBeGreaterThan(500);
    const hidden = texts.filter((t) => !mayNameDate(t) && chronoFindsDay(t));
    expect(hidden).toEqual([]);
  });

  it('still schedules what it lets through', () => {
    const settings = { locale: 'en' as const, now: new Date('2026-12-01T09:00:00Z'), timeZone: 'Europe/Stockholm' };
    expect(extractScheduleDate('remove Visio from Bo tonight', settings).kind).toBe('date');
    expect(extractScheduleDate('remove Visio from Bo in three days', settings).kind).toBe('date');
  });
});
