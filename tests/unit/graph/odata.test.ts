import {
  chunk,
  inFilter,
  odataQuery,
  odataString,
  startswithAnyFilter,
  USER_PREFIX_FIELDS,
  userKeySegment,
} from '../../../services/graph/odata';

describe('odataString', () => {
  it('quotes a value and doubles single quotes', () => {
    expect(odataString("O'Brien")).toBe("'O''Brien'");
    expect(odataString("''")).toBe("''''''");
    expect(odataString('Anna')).toBe("'Anna'");
  });
});

describe('odataQuery', () => {
  it('percent-encodes values so &, #, + and spaces cannot break the URL', () => {
    const query = odataQuery({ $filter: "startswith(displayName,'A&B #1+x')", $top: 999 });
    expect(query).toBe("$filter=startswith(displayName%2C'A%26B%20%231%2Bx')&$top=999");
    // What the server decodes is exactly the filter we built.
    const params = new URLSearchParams(query);
    expect(params.get('$filter')).toBe("startswith(displayName,'A&B #1+x')");
  });

  it('round-trips an apostrophe name through URL decoding', () => {
    const filter = startswithAnyFilter(['displayName'], "O'Brien");
    expect(new URLSearchParams(odataQuery({ $filter: filter })).get('$filter')).toBe(
      "startswith(displayName,'O''Brien')",
    );
  });

  it('leaves out undefined parameters', () => {
    expect(odataQuery({ $select: 'id', $filter: undefined })).toBe('$select=id');
  });
});

describe('filters', () => {
  it('builds the prefix filter over the five user fields', () => {
    expect(startswithAnyFilter(USER_PREFIX_FIELDS, 'an')).toBe(
      "startswith(displayName,'an') or startswith(givenName,'an') or startswith(surname,'an') or startswith(mail,'an') or startswith(userPrincipalName,'an')",
    );
  });

  it('builds an in filter with escaped literals', () => {
    expect(inFilter('mail', ['a@x.se', "o'b@x.se"])).toBe("mail in ('a@x.se','o''b@x.se')");
  });

  it('chunks into pieces of at most the given size', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 15)).toEqual([]);
  });
});

describe('userKeySegment', () => {
  it('encodes a UPN as a path segment', () => {
    expect(userKeySegment('anna.lindberg@contoso.se')).toBe('users/anna.lindberg%40contoso.se');
    expect(userKeySegment('a/b#c')).toBe('users/a%2Fb%23c');
  });

  it("uses the key syntax for UPNs starting with '$'", () => {
    expect(decodeURIComponent(userKeySegment('$adele@contoso.se'))).toBe("users('$adele@contoso.se')");
  });
});
