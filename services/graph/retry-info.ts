/**
 * Reported before each retry, for logs and metrics. `status` is 0 for a timeout or network error;
 * `attempt` is the 1-based attempt that failed; `retryAfterMs` is the wait before the next attempt.
 */
export interface RetryInfo {
  status: number;
  retryAfterMs: number;
  attempt: number;
}
