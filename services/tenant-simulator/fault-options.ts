/**
 * Faults and latency for tests and benchmarks. Replaced as a whole by `setFaults`, which also
 * restarts the counters (the 503 burst and the forced-throttle window).
 */
export interface FaultOptions {
  /** Delay before each top-level HTTP response: fixed ms, or uniform in [min, max] using `random`. */
  latencyMs?: number | { min: number; max: number };
  /**
   * In each window of `windowMs` (starting at the first operation), the first `afterRequests`
   * operations pass and the rest get 429 with `Retry-After: retryAfterSeconds`.
   */
  forceThrottle?: { afterRequests: number; windowMs: number; retryAfterSeconds: number };
  /**
   * The next `count` operations get 503 (with `Retry-After` when given); with `everyMs`, the burst
   * starts again every `everyMs` from the first operation (503 cycles for storm tests).
   */
  unavailableBurst?: { count: number; retryAfterSeconds?: number; everyMs?: number };
  /**
   * Extra delay before answering a top-level POST (`$batch`, assignLicense), after the operation was
   * applied: a client whose timeout is shorter sees an ambiguous write that Graph did apply.
   */
  writeLatencyMs?: number;
  /** assignLicense for these user ids (or UPNs) fails with this status and Graph error. */
  failUsers?: Record<string, { status: number; code: string; message: string }>;
}

/** The Graph answer for a caller without the right permission, for `failUsers`. */
export const INSUFFICIENT_PRIVILEGES = {
  status: 403,
  code: 'Authorization_RequestDenied',
  message: 'Insufficient privileges to complete the operation.',
} as const;
