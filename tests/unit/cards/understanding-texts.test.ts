import { warningText } from '../../../cards/shared/warning-text';
import { stringsFor } from '../../../cards/strings/strings';

// The texts understanding added: a date that is not scheduled, more removals than one card,
// and the parse problems that ask instead of guessing. Both languages say each of them.
const identity = (s: string) => s;

describe.each(['en', 'sv'] as const)('understanding texts (%s)', (locale) => {
  const s = stringsFor(locale);
  test('a date is quoted and the removal is said to happen now', () => {
    const text = warningText({ code: 'removes-now', date: 'on Friday' }, [], s, identity);
    expect(text).toContain('on Friday');
    expect(text).toMatch(locale === 'en' ? /now/ : /nu/);
  });
  test('more requests are counted', () => {
    expect(warningText({ code: 'more-requests', count: 2 }, [], s, identity)).toContain('2');
    expect(warningText({ code: 'more-requests', count: 1 }, [], s, identity)).not.toContain('1');
  });
  test.each(['unresolved-pronoun', 'product-only-in-context', 'negated'] as const)('parse help: %s', (code) => {
    expect(s.parseHelp[code].length).toBeGreaterThan(20);
  });
});
