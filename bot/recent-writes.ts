import { LRUCache } from 'lru-cache';

export interface RecentWritesOptions {
  /** An unchanged record is written again after this long (its `updatedAt` says when a user was last seen). */
  refreshMs: number;
  /** Keys remembered; the least recently used go first. */
  maxEntries: number;
  /** Epoch milliseconds, for tests. Default `Date.now`. */
  now?: () => number;
}

/**
 * What this process last wrote per record id, so a record that has not changed is not rewritten on
 * every turn (a Cosmos write per chat message was a measurable part of a turn). Only a hint: another
 * instance may have written since, which is why an unchanged record is still refreshed after
 * `refreshMs`; a record this process has not seen is always written.
 */
export class RecentWrites {
  // Age is checked here rather than with the cache's own `ttl`, which treats a clock at 0 as "no
  // start time" and so never expires entries written then (tests start their clocks at 0).
  private readonly written: LRUCache<string, { serialized: string; at: number }>;
  private readonly refreshMs: number;
  private readonly now: () => number;

  constructor(options: RecentWritesOptions) {
    this.written = new LRUCache({ max: options.maxEntries });
    this.refreshMs = options.refreshMs;
    this.now = options.now ?? Date.now;
  }

  /** The serialized record last written under `id` within `refreshMs`, if any. */
  last(id: string): string | undefined {
    const entry = this.written.get(id);
    return entry && this.now() - entry.at < this.refreshMs ? entry.serialized : undefined;
  }

  isUnchanged(id: string, serialized: string): boolean {
    return this.last(id) === serialized;
  }

  wrote(id: string, serialized: string): void {
    this.written.set(id, { serialized, at: this.now() });
  }
}
