/**
 * OData query building for Graph. Two separate steps, on purpose:
 * 1. `odataString` makes an OData string literal (quoted, single quotes doubled) — OData syntax;
 * 2. `odataQuery` percent-encodes each parameter value for the URL — HTTP syntax.
 * The SDK's GraphRequest passes query text through unencoded (it only splits on `&` and the first `=`),
 * so values must be encoded here or a `&`, `#` or `+` in a name would break the request.
 */

/** Graph limits an `in (...)` filter to 15 values by default (Graph "known issues": query parameters). */
export const MAX_IN_VALUES = 15;

/** An OData string literal: `O'Brien` → `'O''Brien'`. Not URL-encoded (see `odataQuery`). */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * A query string (without `?`) from parameters, values percent-encoded with `encodeURIComponent`.
 * Keys are written as-is (`$filter`, `$select`): they are fixed by this module, never user input.
 */
export function odataQuery(params: Record<string, string | number | undefined>): string {
  return Object.entries(params)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`)
    .join('&');
}

/** Properties searched by `startswithAnyFilter`, in the order Graph documents them for users. */
export const USER_PREFIX_FIELDS = ['displayName', 'givenName', 'surname', 'mail', 'userPrincipalName'] as const;

/** `startswith(f1,'x') or startswith(f2,'x') …` over `fields`. */
export function startswithAnyFilter(fields: readonly string[], prefix: string): string {
  const literal = odataString(prefix);
  return fields.map((field) => `startswith(${field},${literal})`).join(' or ');
}

/** `field in ('a','b')`. The caller keeps `values.length` within `MAX_IN_VALUES`. */
export function inFilter(field: string, values: readonly string[]): string {
  return `${field} in (${values.map(odataString).join(',')})`;
}

/** Splits `items` into chunks of at most `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/**
 * A path segment addressing a user by id or UPN. UPNs starting with `$` must use the key syntax
 * `users('$x@y')` (Graph docs, "Get user"); everything else is percent-encoded as a plain segment.
 */
export function userKeySegment(idOrUpn: string): string {
  if (idOrUpn.startsWith('$')) return `users(${encodeURIComponent(odataString(idOrUpn))})`;
  return `users/${encodeURIComponent(idOrUpn)}`;
}
