/**
 * Graph's write quota (per app and tenant) as a budget shared by every writer of one tenant: all
 * instances of the bot and every CLI run, not just this process. Before a `$batch` of writes goes
 * out, its writes are taken from the budget; a 429 closes the budget for everyone until its
 * Retry-After. Implemented over the store (`services/store/store-write-quota.ts`).
 *
 * Contract: neither method rejects. When the shared state cannot be reached, `acquire` grants what
 * was asked (Graph's own 429s still protect the tenant) and `closeUntil` is a no-op.
 */
export interface SharedWriteQuota {
  /**
   * Waits until at least one write fits, then takes as many of `count` as fit now and resolves that
   * number (1 ≤ n ≤ count). The caller sends only that many; the rest ask again.
   */
  acquire(count: number): Promise<number>;
  /** Nobody sending through this quota sends a write before `untilMs` (epoch ms). */
  closeUntil(untilMs: number): Promise<void>;
}
