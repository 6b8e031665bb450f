import { backoffDelayMs, DEFAULT_BACKOFF, type BackoffPolicy } from './backoff';

/** Bounds and clock shared by every retry decision of one client. */
export interface RetryLimits {
  /**
   * Attempts per request, including the first, for faults that say nothing about Graph's load
   * (timeouts, network errors, 504 of a GET). 429 and 503 are bounded by `maxRetryTimeMs` only:
   * a storm of short Retry-Afters must not exhaust a count long before the time budget is spent.
   */
  maxAttempts: number;
  /** Total time from the first attempt after which no retry starts, in ms (0 = never retry). */
  maxRetryTimeMs: number;
  backoff?: BackoffPolicy;
  random?: () => number;
}

/** What happened on one attempt: an HTTP status, or `0` with the failure kind when no response came. */
export interface AttemptOutcome {
  status: number;
  failure?: 'timeout' | 'network';
  /** Parsed `Retry-After`, when the response had one. */
  retryAfterMs?: number;
  /** Whether repeating the request cannot change state twice (GET). */
  idempotent: boolean;
  /** 1-based number of the attempt that produced this outcome. */
  attempt: number;
  /** Time since the first attempt started, in ms. */
  elapsedMs: number;
}

export type RetryDecision = { retry: true; delayMs: number } | { retry: false };

/**
 * Whether an outcome may be retried at all:
 * - 429 and 503 always: Graph did not process the request, so even assignLicense is safe to repeat;
 * - 504, timeouts and network errors only for idempotent requests: for a POST they are ambiguous
 *   (the gateway or the wire may have lost the answer to an applied change), so we surface them
 *   (`graph/unavailable`, `graph/timeout`, `graph/network`) and let the caller re-read state.
 */
export function isRetryable(outcome: Pick<AttemptOutcome, 'status' | 'failure' | 'idempotent'>): boolean {
  if (outcome.failure) return outcome.idempotent;
  if (outcome.status === 429 || outcome.status === 503) return true;
  return outcome.status === 504 && outcome.idempotent;
}

/** Graph refused the request without processing it (throttled or unavailable): safe to repeat, bounded by time. */
export function isRefusal(outcome: Pick<AttemptOutcome, 'status' | 'failure'>): boolean {
  return !outcome.failure && (outcome.status === 429 || outcome.status === 503);
}

/**
 * Decides whether and when to retry: `Retry-After` when given, else exponential backoff with jitter;
 * never when the wait would end past `maxRetryTimeMs` (better to report `graph/throttled` now than
 * to sleep and then give up anyway), and for anything but 429/503 never beyond `maxAttempts`.
 */
export function planRetry(outcome: AttemptOutcome, limits: RetryLimits): RetryDecision {
  if (!isRetryable(outcome) || limits.maxRetryTimeMs <= 0) return { retry: false };
  if (!isRefusal(outcome) && outcome.attempt >= limits.maxAttempts) return { retry: false };
  const delayMs =
    outcome.retryAfterMs ?? backoffDelayMs(outcome.attempt, limits.backoff ?? DEFAULT_BACKOFF, limits.random);
  if (outcome.elapsedMs + delayMs > limits.maxRetryTimeMs) return { retry: false };
  return { retry: true, delayMs };
}
