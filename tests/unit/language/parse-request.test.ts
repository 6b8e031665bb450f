import { detectLocale } from '../../../bot/language/detect-locale';
import { MAX_TEXT_LENGTH, parseRequest } from '../../../bot/language/parse-request';
import type { Mention, ParseResult } from '../../../bot/language/parsed-request';

const anna: Mention = { placeholder: '<at>Anna Lindberg</at>', userId: 'u-anna', displayName: 'Anna Lindberg' };
const bo: Mention = { placeholder: '<@U123ABC>', userId: 'u-bo', displayName: 'Bo Ek' };

function people(result: ParseResult): unknown {
  return result.ok && result.request.kind === 'remove' ? result.request.people : undefined;
}

describe('parseRequest guards', () => {
  test('accepts exactly MAX_TEXT_LENGTH characters and refuses one more', () => {
    const padded = `remove E3 from Anna${' '.repeat(MAX_TEXT_LENGTH - 19)}`;
    expect(padded).toHaveLength(MAX_TEXT_LENGTH);
    expect(parseRequest(padded).ok).toBe(true);
    expect(parseRequest(`${padded}x`, { locale: 'sv' })).toEqual({
      ok: false,
      locale: 'sv',
      problems: [{ code: 'too-long' }],
    });
  });

  test('a huge Swedish message is refused with a detected Swedish locale', () => {
    expect(parseRequest('ta bort E3 från Anna och Bo '.repeat(100))).toEqual({
      ok: false,
      locale: 'sv',
      problems: [{ code: 'too-long' }],
    });
  });

  test('non-string input from untyped callers is treated as empty, not thrown on', () => {
    expect(parseRequest(undefined as unknown as string)).toEqual({
      ok: false,
      locale: 'en',
      problems: [{ code: 'empty' }],
    });
    expect(parseRequest(42 as unknown as string, { locale: 'sv' })).toEqual({
      ok: false,
      locale: 'sv',
      problems: [{ code: 'empty' }],
    });
  });

  test('malformed mentions are ignored rather than trusted', () => {
    const junk = [
      { placeholder: '', userId: 'x', displayName: 'x' },
      null,
      { placeholder: '<@U1>' },
    ] as unknown as Mention[];
    expect(people(parseRequest('remove E3 from <@U1>', { mentions: junk }))).toEqual([{ kind: 'text', text: 'U1' }]);
  });

  test('is pure: the same input gives the same output and options are not mutated', () => {
    const options = { mentions: [anna, bo] };
    const snapshot = JSON.stringify(options);
    const first = parseRequest('remove E3 from <at>Anna Lindberg</at> and <@U123ABC>', options);
    expect(parseRequest('remove E3 from <at>Anna Lindberg</at> and <@U123ABC>', options)).toEqual(first);
    expect(JSON.stringify(options)).toBe(snapshot);
  });
});

describe('locale', () => {
  test('options.locale wins over detection, and both grammars parse either way', () => {
    expect(parseRequest('ta bort E3 från Anna', { locale: 'en' })).toMatchObject({ ok: true, locale: 'en' });
    expect(parseRequest('remove E3 from Anna', { locale: 'sv' })).toMatchObject({ ok: true, locale: 'sv' });
  });

  test.each([
    ['ta bort E3 från Anna', 'sv'],
    ['lediga E3?', 'sv'],
    ['hjälp', 'sv'],
    ['vem har Visio', 'sv'],
    ['remove E3 from Åsa Öberg', 'en'],
    ['E3 seats left?', 'en'],
    ['?', 'en'],
    ['', 'en'],
    ['Åsa Öberg', 'en'],
  ] as const)('detectLocale(%j) is %s', (text, locale) => {
    expect(detectLocale(text)).toBe(locale);
  });

  test('names and mail addresses do not count as Swedish words', () => {
    expect(detectLocale('remove Visio from har.vilka@contoso.se')).toBe('en');
  });
});

describe('mentions', () => {
  test('a mention repeated in the text becomes one identity', () => {
    expect(people(parseRequest('remove E3 from <@U123ABC> and <@U123ABC>', { mentions: [bo] }))).toEqual([
      { kind: 'identity', userId: 'u-bo', displayName: 'Bo Ek' },
    ]);
  });

  test("Slack's labelled form matches a bare placeholder", () => {
    expect(people(parseRequest('remove E3 from <@U123ABC|bo.ek>', { mentions: [bo] }))).toEqual([
      { kind: 'identity', userId: 'u-bo', displayName: 'Bo Ek' },
    ]);
  });

  test('a display name containing "and" is not split', () => {
    const duo: Mention = {
      placeholder: '<at>Sales and Marketing</at>',
      userId: 'u-sm',
      displayName: 'Sales and Marketing',
    };
    expect(people(parseRequest('remove E3 from <at>Sales and Marketing</at>', { mentions: [duo] }))).toEqual([
      { kind: 'identity', userId: 'u-sm', displayName: 'Sales and Marketing' },
    ]);
  });

  test('private-use characters typed by a user cannot forge a mention token', () => {
    const result = parseRequest('remove E3 from \uE0000\uE001', { mentions: [anna] });
    expect(JSON.stringify(result)).not.toContain('u-anna');
  });

  test('a leftover Slack id without mention info stays visible as text', () => {
    expect(people(parseRequest('remove E3 from <@U999>'))).toEqual([{ kind: 'text', text: 'U999' }]);
  });
});

describe('channel markup', () => {
  test("Slack's auto-linked mail address is read as the address", () => {
    expect(people(parseRequest('remove E3 from <mailto:anna@contoso.se|anna@contoso.se>'))).toEqual([
      { kind: 'text', text: 'anna@contoso.se' },
    ]);
  });

  test('Teams HTML and Slack entities are decoded before splitting', () => {
    expect(parseRequest('<p>remove E3 &amp; Visio from Anna&nbsp;Lindberg</p>')).toEqual({
      ok: true,
      locale: 'en',
      request: {
        kind: 'remove',
        products: [{ text: 'E3' }, { text: 'Visio' }],
        people: [{ kind: 'text', text: 'Anna Lindberg' }],
      },
    });
  });

  test('plus-addressed and apostrophe mail addresses stay intact in a list', () => {
    expect(
      people(parseRequest("remove E3 from carl+test@contoso.se, liam.o'brien@contoso.se and bo@contoso.se.")),
    ).toEqual([
      { kind: 'text', text: 'carl+test@contoso.se' },
      { kind: 'text', text: "liam.o'brien@contoso.se" },
      { kind: 'text', text: 'bo@contoso.se' },
    ]);
  });
});
