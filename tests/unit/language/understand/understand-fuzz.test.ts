import { understand } from '../../../../bot/language/understand/understand';
import { corpusTenants } from './corpus-fixture';
import { mulberry32 } from '../../../support/seeded-random';

// Property test: whatever arrives, understand() returns a value and never throws, and a message
// never takes long. Seeded (mulberry32) so a failure can be replayed.

const FRAGMENTS = [
  'ta bort ',
  'remove ',
  'från ',
  'from ',
  ' och ',
  ' and ',
  ', ',
  '. ',
  '? ',
  'Visio ',
  'E5:an ',
  'E3-licensen ',
  'Anna ',
  'Bo Ek ',
  'Ek, Bo ',
  "Bo's ",
  'Annas ',
  'hennes ',
  'her ',
  'det ',
  'it ',
  'han har fått ',
  'he left ',
  'på fredag ',
  'on Friday ',
  'last week ',
  'inte ',
  "don't ",
  'alla licenser ',
  'all licenses ',
  'vem har ',
  'who has ',
  'lediga ',
  'hjälp ',
  '\uE000',
  '\uE0010\uE001 ',
  '<at>Bo Ek</at> ',
  'bo.ek@contoso.se ',
  '@@',
  '::',
  '....',
  ',,,,',
  '-',
  '\n',
  '   ',
  '🙂',
  'tabort ',
  'remvoe ',
  'kan tas bort ',
  'can be removed ',
];

describe('understand (fuzz)', () => {
  const demo = corpusTenants().demo.indexes;
  test('3,000 random messages: always a value, each well under a second', () => {
    const random = mulberry32(20261201);
    let slowest = 0;
    for (let i = 0; i < 3000; i++) {
      const parts: string[] = [];
      const n = 1 + Math.floor(random() * 14);
      for (let k = 0; k < n; k++) parts.push(FRAGMENTS[Math.floor(random() * FRAGMENTS.length)] ?? '');
      const text = random() < 0.05 ? parts.join('').repeat(40).slice(0, 2000) : parts.join('');
      const start = performance.now();
      const u = understand(text, demo, {
        mentions: [
          { placeholder: '<at>Bo Ek</at>', userId: 'b5e7e2a2-fccb-4d5b-8a7a-fa3401d9cac8', displayName: 'Bo Ek' },
        ],
      });
      slowest = Math.max(slowest, performance.now() - start);
      expect(typeof u.ok).toBe('boolean');
      if (u.ok) expect(u.requests.length).toBeGreaterThan(0);
      else expect(u.problems.length).toBeGreaterThan(0);
    }
    expect(slowest).toBeLessThan(1000);
  });

  test('2,000 characters of punctuation, digits or one long word', () => {
    for (const text of ['.'.repeat(2000), ',a'.repeat(1000), '9'.repeat(2000), 'x'.repeat(2000), 'E3 '.repeat(666)]) {
      const start = performance.now();
      understand(text, demo);
      expect(performance.now() - start).toBeLessThan(1000);
    }
  });
});
