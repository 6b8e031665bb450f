import { extractScheduleDate } from '../../../bot/language/schedule-date';
import { instantOf, isValidTimeZone, wallClockOf } from '../../../bot/language/zoned-time';

// Tuesday 1 December 2026, 10:00 in Stockholm.
const NOW = new Date('2026-12-01T09:00:00Z');
const extract = (text: string, locale: 'sv' | 'en' = 'en', now = NOW) =>
  extractScheduleDate(text, { locale, now, timeZone: 'Europe/Stockholm' });

describe('dates in removal requests (chrono-node, Europe/Stockholm)', () => {
  test.each([
    ['remove Visio from Bo on Friday', 'en', '2026-12-04T16:00:00.000Z', false, 'remove Visio from Bo'],
    ['ta bort E3 från Anna den 31 december kl 17', 'sv', '2026-12-31T16:00:00.000Z', true, 'ta bort E3 från Anna'],
    [
      'remove E3 from Anna when she leaves on 2027-01-15',
      'en',
      '2027-01-15T16:00:00.000Z',
      false,
      'remove E3 from Anna',
    ],
    ['ta bort E3 från Anna på fredag klockan 9.15', 'sv', '2026-12-04T08:15:00.000Z', true, 'ta bort E3 från Anna'],
    ['remove Visio from Bo tomorrow at 5pm', 'en', '2026-12-02T16:00:00.000Z', true, 'remove Visio from Bo'],
    ['ta bort Visio från Bo imorgon', 'sv', '2026-12-02T16:00:00.000Z', false, 'ta bort Visio från Bo'],
    ['ta bort Visio från Bo i morgon kl 8', 'sv', '2026-12-02T07:00:00.000Z', true, 'ta bort Visio från Bo'],
    // Summer time: 09:30 in Stockholm is 07:30 UTC (CEST, +2).
    ['remove E3 from Anna on 2027-07-15 at 09:30', 'en', '2027-07-15T07:30:00.000Z', true, 'remove E3 from Anna'],
    [
      'ta bort E3 från Anna när hon slutar den 15 januari',
      'sv',
      '2027-01-15T16:00:00.000Z',
      false,
      'ta bort E3 från Anna',
    ],
  ] as const)('%s', (text, locale, at, timeGiven, rest) => {
    const r = extract(text, locale);
    expect(r).toMatchObject({ kind: 'date', timeGiven, rest });
    expect(r.kind === 'date' ? r.at.toISOString() : r.kind).toBe(at);
  });

  test.each([
    ['remove E3 from May Lee', 'en'],
    ['ta bort Visio från Bo', 'sv'],
    ['remove E3 from Fredrik Olsson', 'en'],
    ['ta bort E3 från Mars Andersson', 'sv'],
  ] as const)('no date in %s', (text, locale) => {
    expect(extract(text, locale)).toEqual({ kind: 'none' });
  });

  test('a date that has passed, or more than a year ahead, is refused with a reason', () => {
    expect(extract('remove E3 from Anna on 2026-11-30')).toMatchObject({ kind: 'invalid', code: 'date-in-past' });
    expect(extract('remove E3 from Anna on 2028-06-01')).toMatchObject({ kind: 'invalid', code: 'date-too-far' });
    // "today" without a time means 17:00 today: gone by the evening.
    const evening = new Date('2026-12-01T17:30:00Z');
    expect(extract('remove E3 from Anna today', 'en', evening)).toMatchObject({
      kind: 'invalid',
      code: 'date-in-past',
    });
  });
});

describe('zoned time', () => {
  test('wall clock and back, across the DST change', () => {
    expect(wallClockOf(new Date('2027-03-28T00:30:00Z'), 'Europe/Stockholm')).toEqual({
      year: 2027,
      month: 3,
      day: 28,
      hour: 1,
      minute: 30,
    });
    expect(instantOf({ year: 2027, month: 3, day: 28, hour: 3, minute: 30 }, 'Europe/Stockholm').toISOString()).toBe(
      '2027-03-28T01:30:00.000Z',
    );
    expect(instantOf({ year: 2026, month: 12, day: 4, hour: 17, minute: 0 }, 'UTC').toISOString()).toBe(
      '2026-12-04T17:00:00.000Z',
    );
  });

  test('IANA names are checked', () => {
    expect(isValidTimeZone('Europe/Stockholm')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});
