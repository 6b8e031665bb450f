/**
 * Splits a raw query string into decoded options. As ASP.NET (and so Graph) does, `+` means a
 * space; a literal plus must be sent as `%2B`. Returns undefined for malformed percent-encoding.
 */
export function parseQueryString(raw: string): Map<string, string> | undefined {
  const options = new Map<string, string>();
  for (const pair of raw.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = eq === -1 ? pair : pair.slice(0, eq);
    const value = eq === -1 ? '' : pair.slice(eq + 1);
    try {
      options.set(decodeURIComponent(key.replace(/\+/g, ' ')), decodeURIComponent(value.replace(/\+/g, ' ')));
    } catch {
      return undefined;
    }
  }
  return options;
}

/** The inverse, for `@odata.nextLink`: keys keep their `$`, values are fully encoded. */
export function formatQueryString(options: ReadonlyMap<string, string>): string {
  return [...options].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
}
