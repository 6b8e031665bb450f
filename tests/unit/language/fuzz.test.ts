import { MAX_TEXT_LENGTH, parseRequest } from '../../../bot/language/parse-request';
import type { Mention } from '../../../bot/language/parsed-request';
import { parseResultSchema } from './parse-result-schema';
import { mulberry32 } from '../../support/seeded-random';

// Property test: whatever arrives, parseRequest returns a well-formed ParseResult and never
// throws. A seeded PRNG (mulberry32) keeps failures reproducible without a dependency.

// Vocabulary fragments make random strings reach deep into the patterns, not just fail early.
const FRAGMENTS = [
  'remove ',
  'ta bort ',
  'from ',
  'från ',
  'för ',
  'for ',
  ' and ',
  ' och ',
  ', ',
  'E3 ',
  'Anna ',
  "Bo's ",
  'Annas ',
  'licenses ',
  'licenser ',
  'what ',
  'which ',
  'does ',
  'have ',
  'har ',
  'vilka ',
  'who ',
  'how many ',
  'hur många ',
  'free ',
  'lediga ',
  'kvar ',
  'strip ',
  ' of ',
  'take ',
  'away ',
  'hej ',
  'please ',
  'kan du ',
  '<at>Anna Lindberg</at>',
  '<at>',
  '</at>',
  '<@U1>',
  '<@U1|bo>',
  '<mailto:a@b.se|a@b.se>',
  'a@b.se ',
  ':s ',
  '-licensen ',
  'the ',
  'all ',
  'alla ',
  'show ',
  'visa ',
  'users ',
  'with ',
  'med ',
  '&amp;',
  '<p>',
  '\n',
  '\uE000',
  '\uE0010\uE001',
  '😀',
  '🙏🏽',
  '👩‍💻',
  '?',
  '!',
  '...',
  '"',
  "'",
];
const CHARS = 'abcxyzåäöÅÄÖéüABC0123 _-.,;:!?\'"<>@&/\\()[]{}|+*=~`#%$^\t\u00a0\u200b\u2028';

function randomText(random: () => number): string {
  const roll = random();
  const length = roll < 0.05 ? 1800 + Math.floor(random() * 400) : Math.floor(random() * 60);
  let text = '';
  while (text.length < length) {
    text +=
      random() < 0.6
        ? (FRAGMENTS[Math.floor(random() * FRAGMENTS.length)] ?? '')
        : (CHARS[Math.floor(random() * CHARS.length)] ?? '');
  }
  return text;
}

const MENTIONS: Mention[] = [
  { placeholder: '<at>Anna Lindberg</at>', userId: 'u-anna', displayName: 'Anna Lindberg' },
  { placeholder: '<@U1>', userId: 'u-bo', displayName: 'Bo Ek' },
];

describe('parseRequest on random input', () => {
  test('2,000 random strings never throw and always give a valid ParseResult', () => {
    const random = mulberry32(20240611);
    const kinds = new Set<string>();
    for (let i = 0; i < 2000; i += 1) {
      const text = randomText(random);
      const options = random() < 0.5 ? { mentions: MENTIONS } : { locale: random() < 0.5 ? 'sv' : 'en', mentions: [] };
      const result = parseRequest(text, options as { locale?: 'sv' | 'en'; mentions: Mention[] });
      const checked = parseResultSchema.safeParse(result);
      if (!checked.success) throw new Error(`invalid result for ${JSON.stringify(text)}: ${checked.error.message}`);
      // Tokens are internal: a private-use character must never leak into a result.
      expect(JSON.stringify(result)).not.toMatch(/[\uE000\uE001]/u);
      expect(result.ok === false && result.problems.some((p) => p.code === 'too-long')).toBe(
        text.length > MAX_TEXT_LENGTH,
      );
      kinds.add(result.ok ? result.request.kind : result.problems.map((p) => p.code).join('+'));
    }
    // The generator is only useful if it reaches several outcomes, not just unknown-intent.
    expect(kinds.size).toBeGreaterThanOrEqual(6);
  });

  test('inputs built to stress backtracking still parse (no catastrophic regex)', () => {
    const stress = [
      `remove ${'a '.repeat(995)}`,
      `what licenses does ${'have '.repeat(390)}`,
      `how many ${'free '.repeat(398)}`,
      `remove ${"Anna's ".repeat(280)}`,
      `remove E3 from ${'Anna, '.repeat(300)}`,
      `show ${'x '.repeat(990)}licenses`,
      `finns det ${'några '.repeat(330)}lediga`,
      `vilka licenser har ${'tilldelade '.repeat(170)}`,
    ];
    for (const text of stress) {
      expect(parseResultSchema.safeParse(parseRequest(text.slice(0, MAX_TEXT_LENGTH))).success).toBe(true);
    }
  });
});
