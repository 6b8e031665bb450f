/** Shape of the exponential backoff used when a retryable response carries no `Retry-After`. */
export interface BackoffPolicy {
  /** Delay ceiling before jitter for the first retry, in ms. */
  baseMs: number;
  /** No single delay exceeds this, in ms. */
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 500, capMs: 30_000 };

/**
 * Delay before retry number `retry` (1 for the first retry): exponential growth capped at
 * `capMs`, with "equal jitter" — half fixed, half random — so concurrent clients spread out
 * yet every retry still waits at least half the nominal delay. `random` is injectable for tests.
 */
export function backoffDelayMs(
  retry: number,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
  random: () => number = Math.random,
): number {
  const exponent = Math.max(0, retry - 1);
  const nominal = Math.min(policy.capMs, policy.baseMs * 2 ** exponent);
  return Math.round(nominal / 2 + random() * (nominal / 2));
}
