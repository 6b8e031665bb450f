import type { FaultOptions } from './fault-options';
import { graphError } from './graph-error';
import type { SimResponse } from './sim-types';

/** The running fault configuration and its counters. `set` replaces both. */
export class FaultState {
  private options: FaultOptions = {};
  private burstLeft = 0;
  private burstStart: number | undefined;
  private windowStart: number | undefined;
  private windowCount = 0;

  constructor(options: FaultOptions | undefined) {
    this.set(options ?? {});
  }

  set(options: FaultOptions): void {
    this.options = structuredClone(options);
    this.burstLeft = options.unavailableBurst?.count ?? 0;
    this.burstStart = undefined;
    this.windowStart = undefined;
    this.windowCount = 0;
  }

  get(): FaultOptions {
    return this.options;
  }

  /** A 503 or forced 429 for this operation, or undefined to let it through. */
  intercept(now: number): SimResponse | undefined {
    const burst = this.options.unavailableBurst;
    if (burst?.everyMs !== undefined) {
      this.burstStart ??= now;
      if (now - this.burstStart >= burst.everyMs) {
        this.burstStart = now;
        this.burstLeft = burst.count;
      }
    }
    if (burst && this.burstLeft > 0) {
      this.burstLeft--;
      const headers =
        burst.retryAfterSeconds === undefined ? undefined : { 'Retry-After': String(burst.retryAfterSeconds) };
      return graphError(
        503,
        'serviceNotAvailable',
        'The service is temporarily unavailable. Please retry later.',
        headers,
      );
    }
    const force = this.options.forceThrottle;
    if (force) {
      if (this.windowStart === undefined || now - this.windowStart >= force.windowMs) {
        this.windowStart = now;
        this.windowCount = 0;
      }
      this.windowCount++;
      if (this.windowCount > force.afterRequests) {
        return graphError(
          429,
          'TooManyRequests',
          'Too many requests. Please retry after the time given in Retry-After.',
          {
            'Retry-After': String(force.retryAfterSeconds),
            'x-ms-throttle-information': 'ForcedThrottle',
          },
        );
      }
    }
    return undefined;
  }

  /** Milliseconds to delay a top-level response (`write`: a POST, which also gets `writeLatencyMs`). */
  latencyMs(random: () => number, write = false): number {
    const l = this.options.latencyMs;
    const extra = write ? Math.max(0, this.options.writeLatencyMs ?? 0) : 0;
    if (l === undefined) return extra;
    if (typeof l === 'number') return Math.max(0, l) + extra;
    return Math.max(0, l.min + random() * (l.max - l.min)) + extra;
  }

  /** The forced failure for assignLicense on this user, looked up by any of its keys (id, UPN, path segment). */
  userFailure(keys: readonly string[]): SimResponse | undefined {
    const fail = this.options.failUsers;
    if (!fail) return undefined;
    const lowered = new Map(Object.entries(fail).map(([k, v]) => [k.toLowerCase(), v]));
    for (const key of keys) {
      const f = lowered.get(key.toLowerCase());
      if (f) return graphError(f.status, f.code, f.message);
    }
    return undefined;
  }
}
