import { matchesFilter } from '../../../services/tenant-simulator/odata/filter-eval';
import { parseFilter, type FilterExpr } from '../../../services/tenant-simulator/odata/filter-parser';

const FIELDS = new Set(['displayName', 'mail', 'surname', 'accountEnabled', 'department', 'userPrincipalName']);

function parse(text: string): FilterExpr {
  const r = parseFilter(text, FIELDS);
  if (!r.ok) throw new Error(r.error.message);
  return r.expr;
}

const liam = {
  displayName: "Liam O'Brien",
  surname: "O'Brien",
  mail: 'liam.obrien@contoso.se',
  accountEnabled: true,
  department: 'Ekonomi',
};
const anna = {
  displayName: 'Anna Lindberg',
  surname: 'Lindberg',
  mail: 'anna.lindberg@contoso.se',
  accountEnabled: false,
  department: null,
  assignedLicenses: [{ skuId: '6fd2c87f-b296-42f0-b197-1e91e994b900' }],
};

describe('$filter parser', () => {
  it("unescapes '' inside string literals", () => {
    expect(parse("surname eq 'O''Brien'")).toEqual({ kind: 'compare', op: 'eq', field: 'surname', value: "O'Brien" });
    expect(matchesFilter(parse("surname eq 'O''Brien'"), liam)).toBe(true);
  });

  it('compares strings without regard to case, as the directory does', () => {
    expect(matchesFilter(parse("mail eq 'ANNA.LINDBERG@contoso.se'"), anna)).toBe(true);
    expect(matchesFilter(parse("startswith(displayName,'ann')"), anna)).toBe(true);
    expect(matchesFilter(parse("startswith(displayName,'lind')"), anna)).toBe(false);
  });

  it('supports in, ne, booleans, null, not and parentheses', () => {
    expect(matchesFilter(parse("mail in ('x@contoso.se', 'anna.lindberg@contoso.se')"), anna)).toBe(true);
    expect(matchesFilter(parse("mail in ('x@contoso.se')"), anna)).toBe(false);
    expect(matchesFilter(parse('accountEnabled eq false'), anna)).toBe(true);
    expect(matchesFilter(parse('department eq null'), anna)).toBe(true);
    expect(matchesFilter(parse("department ne 'Ekonomi'"), liam)).toBe(false);
    expect(matchesFilter(parse("not (department eq 'Ekonomi')"), anna)).toBe(true);
  });

  it('binds and tighter than or', () => {
    const expr = parse("surname eq 'Lindberg' or surname eq 'X' and accountEnabled eq true");
    expect(expr.kind).toBe('or');
    expect(matchesFilter(expr, anna)).toBe(true);
    expect(matchesFilter(parse("(surname eq 'Lindberg' or surname eq 'X') and accountEnabled eq true"), anna)).toBe(
      false,
    );
  });

  it('finds SKU holders with assignedLicenses/any', () => {
    const expr = parse('assignedLicenses/any(x:x/skuId eq 6fd2c87f-b296-42f0-b197-1e91e994b900)');
    expect(matchesFilter(expr, anna)).toBe(true);
    expect(matchesFilter(expr, liam)).toBe(false);
  });

  it('refuses unknown properties with Request_UnsupportedQuery', () => {
    const r = parseFilter("jobTitle eq 'x'", FIELDS);
    expect(r).toEqual({ ok: false, error: expect.objectContaining({ code: 'Request_UnsupportedQuery' }) });
  });

  it.each([
    "mail eq 'unterminated",
    'mail eq',
    "mail lt 'a'",
    "startswith(mail,'a'",
    "mail eq 'a' and",
    "mail eq 'a' )",
    'mail eq #',
  ])('refuses malformed %s with BadRequest', (text) => {
    const r = parseFilter(text, FIELDS);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('BadRequest');
  });

  describe('date-time comparisons on a path', () => {
    const SIGN_IN = new Set(['signInActivity/lastSignInDateTime', 'accountEnabled']);
    const user = (at: string | null) => ({
      accountEnabled: true,
      signInActivity: at === null ? null : { lastSignInDateTime: at },
    });
    const matches = (text: string, at: string | null) => {
      const r = parseFilter(text, SIGN_IN);
      if (!r.ok) throw new Error(r.error.message);
      return matchesFilter(r.expr, user(at));
    };

    it.each([
      ['le', '2026-09-02T00:00:00Z', true],
      ['lt', '2026-09-01T10:00:00Z', false],
      ['ge', '2026-09-01T10:00:00Z', true],
      ['gt', '2026-09-01T10:00:00Z', false],
      ['le', '2026-09-01T12:00:00+02:00', true],
    ])('%s %s', (op, literal, expected) => {
      expect(matches(`signInActivity/lastSignInDateTime ${op} ${literal}`, '2026-09-01T10:00:00Z')).toBe(expected);
    });

    it('never matches a user with no sign-in, and combines with and', () => {
      expect(matches('signInActivity/lastSignInDateTime le 2030-01-01T00:00:00Z', null)).toBe(false);
      expect(
        matches(
          'signInActivity/lastSignInDateTime le 2030-01-01T00:00:00Z and accountEnabled eq true',
          '2026-01-01T00:00:00Z',
        ),
      ).toBe(true);
    });

    it.each(["signInActivity/lastSignInDateTime le '2026-09-01'", 'signInActivity/lastSignInDateTime le 2026-09-01'])(
      'refuses %s with BadRequest',
      (text) => {
        const r = parseFilter(text, SIGN_IN);
        expect(r).toEqual({ ok: false, error: expect.objectContaining({ code: 'BadRequest' }) });
      },
    );
  });
});
