/**
 * A client-wide "do not send before" moment. When Graph answers 429 with `Retry-After`, every
 * request this client sends afterwards waits until then, instead of each request discovering the
 * throttle on its own (which burns quota and attempts). Owned by one client instance; never global.
 *
 * One throttle episode, one moment: requests that were already on the wire when the gate closed
 * come back with their own 429s, which describe the same exhausted budget (their Retry-After is
 * rounded up to whole seconds from a later moment). Letting each of them push the gate further would
 * add that spread as idle time to every window, so they do not extend it; those requests still wait
 * their own Retry-After before being retried. A 429 for a request sent after the gate closed starts
 * a new episode and does move the gate.
 */
export class ThrottleGate {
  private openAtMs = 0;
  private closedAtMs = 0;

  constructor(
    private readonly now: () => number,
    private readonly sleep: (ms: number) => Promise<void>,
  ) {}

  /**
   * Keeps the gate closed for `ms` from now. `sentAtMs` is when the throttled request went on the
   * wire; when it left before the current closed episode began, the gate is not moved.
   * A shorter close never shortens a longer one.
   */
  closeFor(ms: number, sentAtMs?: number): void {
    const now = this.now();
    const closed = this.openAtMs > now;
    if (closed && sentAtMs !== undefined && sentAtMs < this.closedAtMs) return;
    if (!closed) this.closedAtMs = now;
    this.openAtMs = Math.max(this.openAtMs, now + ms);
  }

  /** Milliseconds until the gate opens (0 when open). */
  remainingMs(): number {
    return Math.max(0, this.openAtMs - this.now());
  }

  /** Resolves once the gate is open, re-checking in case another response closed it meanwhile. */
  async wait(): Promise<void> {
    for (let ms = this.remainingMs(); ms > 0; ms = this.remainingMs()) {
      await this.sleep(ms);
    }
  }
}
