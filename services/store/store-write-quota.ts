import { z } from 'zod';
import type { SharedWriteQuota } from '../graph/shared-write-quota';
import type { CoordinationDocument, WriteQuotaDocument } from './coordination-document';
import { StoreError, type DocumentStore, type Versioned } from './document-store';

/** The one quota document per tenant. */
export const WRITE_QUOTA_ID = 'graph-write-quota';

const quotaDocument = z.object({
  kind: z.literal('write-quota'),
  grants: z.array(z.tuple([z.number(), z.number()])),
  closedUntilMs: z.number(),
});

export interface StoreWriteQuotaOptions {
  store: DocumentStore<CoordinationDocument>;
  tenantId: string;
  /** Graph's limit for the app and tenant: at most `writes` in any `windowMs`. */
  quota: { writes: number; windowMs: number };
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /**
   * Longest one `acquire` waits before granting anyway (Graph's 429s still protect): a bound in
   * time for a writer starved by others. Default two windows, at least 60 s.
   */
  maxWaitMs?: number;
  /**
   * Extra time each grant stays in the window, in ms: Graph counts a write when it arrives, a little
   * after it was granted, and arrival delays differ. Default 5 % of the window, at most 1 s.
   */
  marginMs?: number;
  /** Told when the store could not be used and the quota fell back to granting. */
  onStoreError?: (error: unknown) => void;
}

/** Bound on lost ETag races within one acquire; each race means someone else got writes. */
const MAX_CONFLICTS = 100;

/**
 * `SharedWriteQuota` on one small document in the coordination container: a sliding log of grants
 * ([time, count], pruned to the window) and a shared "closed until" moment. Every change is an
 * ETag-guarded replace, so two writers can never both take the last writes of a window. Times are
 * epoch ms of each writer's clock (instances on one Cosmos account are assumed NTP-synchronised;
 * a skew of s ms lets them exceed the quota by what s ms of grants hold).
 * Why our own: neither @azure/cosmos nor the Graph SDK has a distributed rate limiter, and the
 * embedded server lacks the stored procedures and TTL such libraries build on.
 */
export class StoreWriteQuota implements SharedWriteQuota {
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly maxWaitMs: number;
  private readonly windowMs: number;

  constructor(private readonly options: StoreWriteQuotaOptions) {
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.maxWaitMs = options.maxWaitMs ?? Math.max(60_000, 2 * options.quota.windowMs);
    this.windowMs =
      options.quota.windowMs + (options.marginMs ?? Math.min(1000, Math.round(options.quota.windowMs * 0.05)));
  }

  async acquire(count: number): Promise<number> {
    if (count <= 0) return 0;
    const { writes } = this.options.quota;
    const windowMs = this.windowMs;
    const giveUpAt = this.now() + this.maxWaitMs;
    try {
      for (let conflicts = 0; conflicts < MAX_CONFLICTS && this.now() < giveUpAt;) {
        const now = this.now();
        const doc = await this.load();
        const grants = doc.grants.filter(([at]) => at > now - windowMs);
        if (doc.closedUntilMs > now) {
          await this.sleep(Math.min(doc.closedUntilMs, giveUpAt) - now);
          continue;
        }
        const used = grants.reduce((sum, [, n]) => sum + n, 0);
        const free = writes - used;
        if (free <= 0) {
          await this.sleep(Math.max(1, Math.min(freedAt(grants, used - writes + 1, windowMs), giveUpAt) - now));
          continue;
        }
        const take = Math.min(count, free);
        try {
          await this.options.store.replace({ ...doc, grants: [...grants, [now, take]] });
          return take;
        } catch (e) {
          if (!(e instanceof StoreError && e.code === 'store/conflict')) throw e;
          conflicts += 1;
        }
      }
    } catch (e) {
      this.options.onStoreError?.(e);
    }
    return count;
  }

  async closeUntil(untilMs: number): Promise<void> {
    try {
      for (let conflicts = 0; conflicts < MAX_CONFLICTS; conflicts += 1) {
        const doc = await this.load();
        if (doc.closedUntilMs >= untilMs) return;
        try {
          await this.options.store.replace({ ...doc, closedUntilMs: untilMs });
          return;
        } catch (e) {
          if (!(e instanceof StoreError && e.code === 'store/conflict')) throw e;
        }
      }
    } catch (e) {
      this.options.onStoreError?.(e);
    }
  }

  /** The quota document, created on first use; a document that does not parse is started afresh. */
  private async load(): Promise<Versioned<WriteQuotaDocument>> {
    const { store, tenantId } = this.options;
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const doc = await store.read(tenantId, WRITE_QUOTA_ID);
      if (doc) {
        const parsed = quotaDocument.safeParse(doc);
        return parsed.success
          ? { ...parsed.data, id: doc.id, tenantId: doc.tenantId, _etag: doc._etag }
          : { kind: 'write-quota', grants: [], closedUntilMs: 0, id: doc.id, tenantId, _etag: doc._etag };
      }
      try {
        const created = await store.create({
          id: WRITE_QUOTA_ID,
          tenantId,
          kind: 'write-quota',
          grants: [],
          closedUntilMs: 0,
        });
        return created as Versioned<WriteQuotaDocument>;
      } catch (e) {
        // Another writer created it first: read theirs.
        if (!(e instanceof StoreError && e.code === 'store/exists')) throw e;
      }
    }
    throw new StoreError('store/unavailable', `${WRITE_QUOTA_ID}: neither read nor created`);
  }
}

/** When enough of the oldest grants have left the window to free `needed` writes. */
function freedAt(grants: readonly [number, number][], needed: number, windowMs: number): number {
  let freed = 0;
  for (const [at, n] of grants) {
    freed += n;
    if (freed >= needed) return at + windowMs;
  }
  return (grants.at(-1)?.[0] ?? 0) + windowMs;
}
