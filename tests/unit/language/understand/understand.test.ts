import { understand } from '../../../../bot/language/understand/understand';
import { typoDistance } from '../../../../bot/language/understand/typo-distance';
import { corpusTenants } from './corpus-fixture';

const demo = corpusTenants().demo.indexes;
const VISIO = 'c5928f49-12ba-48f7-ada3-0d743a3601d5';
const M365_E3 = '05e9a617-0261-4cee-bb44-138d3ef5d965';
const O365_E3 = '6fd2c87f-b296-42f0-b197-1e91e994b900';

function removal(text: string) {
  const u = understand(text, demo);
  if (!u.ok) return { problem: u.problems[0]?.code };
  return {
    requests: u.requests.map((r) =>
      r.kind === 'remove'
        ? {
            products: r.products === 'all' ? 'all' : r.products.map((p) => p.skuIds),
            people: r.people.map((p) => p.candidates.map((c) => c.user.displayName)),
          }
        : r.kind,
    ),
    context: u.contextProducts.map((p) => p.skuIds),
    date: u.date?.text,
  };
}

describe('understand', () => {
  test('a context clause keeps its product and its words out of the removal', () => {
    expect(removal('ta bort Office 365 E3 från Bo Ek, han har fått Microsoft 365 E3 nu')).toEqual({
      requests: [{ products: [[O365_E3]], people: [['Bo Ek']] }],
      context: [[M365_E3]],
      date: undefined,
    });
  });

  test('two removal clauses are two requests', () => {
    expect(removal('E3 från Bo Ek, och Visio från Camilla. ta bort båda')).toEqual({ problem: 'missing-product' });
    expect(removal('remove Visio from Bo and Office 365 E3 from Camilla')).toMatchObject({
      requests: [
        { products: [[VISIO]], people: [['Bo Ek']] },
        { products: [[O365_E3]], people: [['Camilla Öberg']] },
      ],
    });
  });

  test('pronouns take the only person or product elsewhere, else ask', () => {
    expect(removal('Camilla har slutat, ta bort hennes licenser')).toMatchObject({
      requests: [{ products: 'all', people: [['Camilla Öberg']] }],
    });
    expect(removal('remove her old Visio')).toEqual({ problem: 'unresolved-pronoun' });
    expect(removal('Bo and Camilla left, remove her Visio')).toEqual({ problem: 'unresolved-pronoun' });
    expect(removal('Bo har fått Visio, ta bort den')).toEqual({ problem: 'product-only-in-context' });
    expect(removal('vi måste frigöra ett Visio-abonnemang, ta det från Bo')).toMatchObject({
      requests: [{ products: [[VISIO]], people: [['Bo Ek']] }],
    });
  });

  test('a date is understood and reported, a past one is not', () => {
    expect(removal('ta bort Visio från Bo på fredag')).toMatchObject({ date: 'på fredag' });
    expect(removal('remove all licenses from Bo, he left last week')).toMatchObject({ date: undefined });
  });

  test('negated removals and ambiguity ask', () => {
    expect(removal("don't remove Visio from Bo")).toEqual({ problem: 'negated' });
    expect(removal('ta inte bort Visio från Bo')).toEqual({ problem: 'negated' });
    expect(removal('ta bort Visio från Anna')).toMatchObject({
      requests: [{ people: [['Anna Berg', 'Anna Lindberg']] }],
    });
    expect(removal('ta bort E3 från Bo')).toMatchObject({ requests: [{ products: [[O365_E3, M365_E3].sort()] }] });
  });

  test('an unknown name after "from" is kept as unknown, with typo suggestions', () => {
    const u = understand('remove Visio from Camila Oberg', demo);
    expect(u.ok && u.requests[0]?.kind === 'remove' && u.requests[0].people[0]).toMatchObject({
      text: 'Camila Oberg',
      unknown: true,
      candidates: [{ user: { displayName: 'Camilla Öberg' }, kind: 'fuzzy' }],
    });
  });

  test('an 80,000-character message is refused with the limit message before any parsing', () => {
    const start = performance.now();
    expect(understand('a'.repeat(80_000), demo)).toEqual({ ok: false, locale: 'en', problems: [{ code: 'too-long' }] });
    expect(performance.now() - start).toBeLessThan(750);
  });

  test('verb typos are one transposition or edit away', () => {
    expect(typoDistance('remvoe', 'remove', 1)).toBe(1);
    expect(typoDistance('unassing', 'unassign', 1)).toBe(1);
    expect(typoDistance('remote', 'remove', 1)).toBe(1);
    expect(removal('who has remote access')).not.toMatchObject({ requests: [{ products: expect.anything() }] });
  });
});
