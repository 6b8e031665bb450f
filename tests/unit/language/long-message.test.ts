import { DETECTION_WINDOW, detectLocale } from '../../../bot/language/detect-locale';
import { MAX_TEXT_LENGTH, parseRequest } from '../../../bot/language/parse-request';

// Issue 17, hostile item 2: a long message must be refused before any regex reads it whole.
// The bound is generous (the fixed code takes well under a millisecond; the quadratic mail regex
// took seconds for 80k characters), so a busy machine cannot make this flaky.
const GENEROUS_MS = 750;

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

describe('long messages', () => {
  test('the detection window is the parser limit', () => {
    expect(DETECTION_WINDOW).toBe(MAX_TEXT_LENGTH);
  });

  test.each([
    ['a run of mail characters', 'a'.repeat(80_000)],
    ['dotted words without @', 'anna.lindberg-'.repeat(6_000)],
    ['angle brackets', '<a'.repeat(40_000)],
  ])('80k characters of %s: locale and the limit message, fast', (_name, text) => {
    const locale = timed(() => detectLocale(text));
    expect(locale.ms).toBeLessThan(GENEROUS_MS);
    const parsed = timed(() => parseRequest(text));
    expect(parsed.ms).toBeLessThan(GENEROUS_MS);
    expect(parsed.value).toEqual({ ok: false, locale: 'en', problems: [{ code: 'too-long' }] });
  });

  test('only the first window decides the locale', () => {
    const english = 'remove the license from Anna please '.repeat(60).slice(0, DETECTION_WINDOW);
    const swedish = ' ta bort licensen från Anna tack och hej'.repeat(500);
    expect(detectLocale(english + swedish)).toBe('en');
    expect(detectLocale(swedish)).toBe('sv');
  });

  test('mail addresses still do not count as words', () => {
    expect(detectLocale('remove E3 från@contoso.se och@contoso.se')).toBe('en');
  });
});
