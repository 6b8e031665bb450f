/**
 * Reading the loosely typed `params` of views (`Record<string, string | number | string[]>`)
 * without trusting their shape: a wrong type reads as absent.
 */
type Params = Record<string, string | number | string[]> | undefined;

/** A string (or number, as text) parameter. */
export function paramString(params: Params, key: string): string | undefined {
  const v = params?.[key];
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  return undefined;
}

/** A list parameter; a single string counts as a one-element list. */
export function paramList(params: Params, key: string): string[] {
  const v = params?.[key];
  if (Array.isArray(v)) return v;
  if (typeof v === 'string') return [v];
  return [];
}
