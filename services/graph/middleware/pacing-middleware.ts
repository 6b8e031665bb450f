import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { parseRetryAfterMs } from '../retry-after';
import type { Semaphore } from '../semaphore';
import type { ThrottleGate } from '../throttle-gate';
import { nextOf } from './auth-middleware';
import { sendProbeOf } from './send-probe';

/**
 * Paces one client's traffic: at most `maxConcurrency` attempts on the wire (the semaphore), and
 * none before the shared throttle gate opens. Any 429 with Retry-After closes the gate for everyone,
 * so after one throttled answer the whole client waits once instead of every in-flight caller
 * hammering into its own 429. The SDK has no cross-request state of this kind.
 */
export class PacingMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(
    private readonly semaphore: Semaphore,
    private readonly gate: ThrottleGate,
    private readonly now: () => number,
  ) {}

  async execute(context: Context): Promise<void> {
    await this.semaphore.run(async () => {
      await this.gate.wait();
      const sentAtMs = this.now();
      const probe = sendProbeOf(context);
      if (probe) probe.sentAtMs = sentAtMs;
      await nextOf(this.next).execute(context);
      const response = context.response;
      if (response?.status === 429) {
        const retryAfterMs = parseRetryAfterMs(response.headers.get('Retry-After'), this.now());
        if (retryAfterMs !== undefined) this.gate.closeFor(retryAfterMs, sentAtMs);
      }
    });
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
