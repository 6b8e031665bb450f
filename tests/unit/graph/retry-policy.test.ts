import { backoffDelayMs } from '../../../services/graph/backoff';
import { isRetryable, planRetry, type AttemptOutcome } from '../../../services/graph/retry-policy';

describe('backoffDelayMs', () => {
  const policy = { baseMs: 500, capMs: 4000 };

  it('grows exponentially within [nominal/2, nominal]', () => {
    expect(backoffDelayMs(1, policy, () => 0)).toBe(250);
    expect(backoffDelayMs(1, policy, () => 0.999999)).toBe(500);
    expect(backoffDelayMs(2, policy, () => 0)).toBe(500);
    expect(backoffDelayMs(3, policy, () => 0.999999)).toBe(2000);
  });

  it('never exceeds the cap', () => {
    for (let retry = 1; retry < 40; retry += 1) {
      expect(backoffDelayMs(retry, policy, () => 0.999999)).toBeLessThanOrEqual(4000);
      expect(backoffDelayMs(retry, policy, () => 0)).toBeGreaterThanOrEqual(250);
    }
  });
});

describe('isRetryable', () => {
  it.each([
    [{ status: 429, idempotent: false }, true],
    [{ status: 503, idempotent: false }, true],
    [{ status: 504, idempotent: true }, true],
    [{ status: 504, idempotent: false }, false],
    [{ status: 0, failure: 'timeout' as const, idempotent: true }, true],
    [{ status: 0, failure: 'timeout' as const, idempotent: false }, false],
    [{ status: 0, failure: 'network' as const, idempotent: false }, false],
    [{ status: 400, idempotent: true }, false],
    [{ status: 500, idempotent: true }, false],
  ])('%p → %p', (outcome, expected) => {
    expect(isRetryable(outcome)).toBe(expected);
  });
});

describe('planRetry', () => {
  const limits = { maxAttempts: 3, maxRetryTimeMs: 10_000, random: () => 0 };
  const outcome = (over: Partial<AttemptOutcome>): AttemptOutcome => ({
    status: 429,
    idempotent: true,
    attempt: 1,
    elapsedMs: 0,
    ...over,
  });

  it('waits Retry-After when given', () => {
    expect(planRetry(outcome({ retryAfterMs: 2000 }), limits)).toEqual({ retry: true, delayMs: 2000 });
  });

  it('backs off without Retry-After', () => {
    expect(planRetry(outcome({ status: 503 }), limits)).toEqual({ retry: true, delayMs: 250 });
  });

  it('stops at maxAttempts for faults that are not refusals (timeouts, 504 of a GET)', () => {
    expect(planRetry(outcome({ status: 504, attempt: 3 }), limits)).toEqual({ retry: false });
    expect(planRetry(outcome({ status: 0, failure: 'timeout', attempt: 3 }), limits)).toEqual({ retry: false });
  });

  // Issue 15, defect 4: 4 × 429 + 1 × 503 within ~10 s gave graph/throttled with most of the budget left.
  it('keeps retrying 429 and 503 past maxAttempts while the time budget lasts', () => {
    const budget = { maxAttempts: 5, maxRetryTimeMs: 60_000, random: () => 0 };
    expect(planRetry(outcome({ attempt: 5, elapsedMs: 10_000, retryAfterMs: 2000 }), budget)).toEqual({
      retry: true,
      delayMs: 2000,
    });
    expect(planRetry(outcome({ status: 503, attempt: 12, elapsedMs: 30_000, retryAfterMs: 1000 }), budget)).toEqual({
      retry: true,
      delayMs: 1000,
    });
    expect(planRetry(outcome({ attempt: 40, elapsedMs: 59_000, retryAfterMs: 2000 }), budget)).toEqual({
      retry: false,
    });
  });

  it('never retries with a zero budget (health probes)', () => {
    expect(planRetry(outcome({ retryAfterMs: 0 }), { ...limits, maxRetryTimeMs: 0 })).toEqual({ retry: false });
    expect(planRetry(outcome({ retryAfterMs: 1 }), { ...limits, maxRetryTimeMs: 0 })).toEqual({ retry: false });
  });

  it('stops when the wait would end past the time budget', () => {
    expect(planRetry(outcome({ elapsedMs: 9000, retryAfterMs: 2000 }), limits)).toEqual({ retry: false });
    expect(planRetry(outcome({ retryAfterMs: 60_000 }), limits)).toEqual({ retry: false });
  });

  it('does not retry a non-retryable status', () => {
    expect(planRetry(outcome({ status: 404 }), limits)).toEqual({ retry: false });
  });
});
