/**
 * A sliding-window budget: the costs admitted in the last `windowMs` may not exceed `limit`.
 * Refused work is not recorded (a throttled request costs nothing), as with Graph's token buckets.
 */
export class SlidingWindow {
  private readonly events: { at: number; cost: number }[] = [];
  private used = 0;

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  private prune(now: number): void {
    while (this.events.length > 0 && (this.events[0] as { at: number }).at <= now - this.windowMs) {
      this.used -= (this.events.shift() as { cost: number }).cost;
    }
  }

  /** Milliseconds until `cost` would fit (0 = fits now). A cost above the limit waits a full window. */
  waitMs(now: number, cost: number): number {
    if (cost <= 0) return 0;
    this.prune(now);
    if (this.used + cost <= this.limit) return 0;
    if (cost > this.limit) return this.windowMs;
    let freed = 0;
    for (const e of this.events) {
      freed += e.cost;
      if (this.used - freed + cost <= this.limit) return Math.max(1, e.at + this.windowMs - now);
    }
    return this.windowMs;
  }

  record(now: number, cost: number): void {
    if (cost <= 0) return;
    this.events.push({ at: now, cost });
    this.used += cost;
  }
}

/** The verdict for one operation: admitted, or refused with how long to wait and why. */
export type ThrottleVerdict =
  { ok: true } | { ok: false; retryAfterMs: number; reason: 'ResourceUnitLimitExceeded' | 'WriteLimitExceeded' };

/** Graph's identity-and-access limits per app+tenant: a resource-unit budget and a write quota. */
export class Throttler {
  constructor(
    private readonly resourceUnits: SlidingWindow,
    private readonly writes: SlidingWindow,
  ) {}

  /** Admits (and charges) both costs, or refuses without charging either. */
  take(now: number, resourceUnits: number, writes: number): ThrottleVerdict {
    const writeWait = this.writes.waitMs(now, writes);
    if (writeWait > 0) return { ok: false, retryAfterMs: writeWait, reason: 'WriteLimitExceeded' };
    const ruWait = this.resourceUnits.waitMs(now, resourceUnits);
    if (ruWait > 0) return { ok: false, retryAfterMs: ruWait, reason: 'ResourceUnitLimitExceeded' };
    this.writes.record(now, writes);
    this.resourceUnits.record(now, resourceUnits);
    return { ok: true };
  }
}

/** `Retry-After` in whole seconds, at least 1, rounded up so a client that waits it will fit. */
export function retryAfterSeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

/** Graph's resource-unit budget per 10 s for a tenant of this many users (S / M / L). */
export function defaultResourceUnits(userCount: number): number {
  if (userCount < 50) return 3500;
  if (userCount <= 500) return 5000;
  return 8000;
}
