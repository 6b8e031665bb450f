/**
 * Parses an HTTP `Retry-After` value into milliseconds from `nowMs`.
 * Accepts delta-seconds (`"5"`, also fractional `"0.5"` as some proxies send) and HTTP dates
 * (`"Wed, 21 Oct 2015 07:28:00 GMT"`). A date in the past gives 0. Returns `undefined` for a
 * missing or unparsable value, so the caller falls back to its own backoff.
 */
export function parseRetryAfterMs(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  // Only an HTTP date (it has a weekday and month name) — Date.parse would also read "-3" as a year.
  if (!/[a-z]/i.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}
