import { parseSearch } from '../../../services/tenant-simulator/odata/search';

const FIELDS = new Set(['displayName', 'mail']);
const predicate = (text: string) => {
  const r = parseSearch(text, FIELDS);
  if (!r.ok) throw new Error(r.message);
  return r.predicate;
};

describe('$search', () => {
  it('matches the start of any word, ignoring case', () => {
    const p = predicate('"displayName:lind"');
    expect(p({ displayName: 'Anna Lindberg' })).toBe(true);
    expect(p({ displayName: 'Ylind Berg' })).toBe(false);
  });

  it('needs every word of the term to match', () => {
    expect(predicate('"displayName:anna lin"')({ displayName: 'Anna Lindberg' })).toBe(true);
    expect(predicate('"displayName:anna lin"')({ displayName: 'Anna Berg' })).toBe(false);
  });

  it('combines clauses with AND and OR', () => {
    const p = predicate('"displayName:anna" AND "mail:berg" OR "displayName:bo"');
    expect(p({ displayName: 'Anna Berg', mail: 'anna.berg@contoso.se' })).toBe(true);
    expect(p({ displayName: 'Anna Lindberg', mail: 'anna.lindberg@contoso.se' })).toBe(false);
    expect(p({ displayName: 'Bo Ek', mail: 'bo.ek@contoso.se' })).toBe(true);
  });

  it.each(['displayName:anna', '"displayName:anna" NEAR "mail:x"', '"jobTitle:x"', '"displayName:anna" OR', ''])(
    'refuses %p',
    (text) => {
      expect(parseSearch(text, FIELDS).ok).toBe(false);
    },
  );
});
