/**
 * `$search` for directory objects: `"displayName:ann"` clauses joined by AND / OR (AND binds
 * tighter). Like Graph, values are tokenized (words, e-mail parts) and each word of the search
 * term must be the start of some token, ignoring case: "displayName:ann lin" matches "Anna Lindberg".
 */

export type SearchPredicate = (item: Readonly<Record<string, unknown>>) => boolean;

export type SearchParseResult = { ok: true; predicate: SearchPredicate } | { ok: false; message: string };

function tokens(value: string): string[] {
  return value
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .filter((t) => t.length > 0);
}

function clauseMatches(field: string, term: string, item: Readonly<Record<string, unknown>>): boolean {
  const value = item[field];
  if (typeof value !== 'string') return false;
  const have = tokens(value);
  return tokens(term).every((word) => have.some((t) => t.startsWith(word)));
}

/** Parses `$search` text; `fields` lists the searchable properties. Never throws. */
export function parseSearch(text: string, fields: ReadonlySet<string>): SearchParseResult {
  const parts = text.trim().match(/"[^"]*"|\S+/g) ?? [];
  if (parts.length === 0) return { ok: false, message: 'Syntax error: $search must not be empty.' };
  // An OR of AND-groups, each clause a [field, term] pair.
  const groups: [string, string][][] = [[]];
  let expectClause = true;
  for (const part of parts) {
    if (expectClause) {
      const m = /^"([^":]+):([^"]*)"$/.exec(part);
      if (!m)
        return { ok: false, message: `Syntax error: '${part}' is not a valid search clause; use "property:value".` };
      const field = m[1] as string;
      if (!fields.has(field)) return { ok: false, message: `Search on property '${field}' is not supported.` };
      groups[groups.length - 1]?.push([field, m[2] as string]);
    } else if (part === 'OR') {
      groups.push([]);
    } else if (part !== 'AND') {
      return { ok: false, message: `Syntax error: expected AND or OR, found '${part}'.` };
    }
    expectClause = !expectClause;
  }
  if (expectClause) return { ok: false, message: 'Syntax error: $search ends with an operator.' };
  return {
    ok: true,
    predicate: (item) => groups.some((g) => g.every(([field, term]) => clauseMatches(field, term, item))),
  };
}
