import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { CoordinationDocument, LeaseDocument } from './coordination-document';
import { StoreError, type DocumentStore, type Versioned } from './document-store';

const leaseDocument = z.object({ kind: z.literal('lease'), owner: z.string(), expiresAtMs: z.number() });

/** What `withLease` did: ran the work (its result), or left it to the instance holding the lease. */
export type LeasedRun<T> = { ran: true; value: T } | { ran: false; holder: string };

/**
 * Claims on work that must run once across every instance sharing the store (a request's run, the
 * expiry sweep). `withLease` runs `work` only when this instance won the lease (renewed while it
 * runs, released after); a lease whose holder died expires after `ttlMs` and is taken over by the
 * next claim.
 */
export interface WorkLeases {
  withLease<T>(name: string, ttlMs: number, work: () => Promise<T>): Promise<LeasedRun<T>>;
}

export interface StoreLeasesOptions {
  store: DocumentStore<CoordinationDocument>;
  tenantId: string;
  /** This instance; default a random id per process. */
  owner?: string;
  now?: () => number;
}

/**
 * Leases on work that must run once across every instance sharing a Cosmos account (resuming a
 * request, the expiry sweep): one document per lease in the coordination container, taken and
 * renewed with ETag-guarded writes, so two instances can never both hold it. A lease not renewed
 * within its time-to-live (its holder died) is taken over by the next instance that asks.
 * Why our own: @azure/cosmos has no lease primitive outside the change-feed processor, which the
 * embedded server lacks.
 */
export class StoreLeases implements WorkLeases {
  readonly owner: string;
  private readonly now: () => number;
  /** Leases this instance is running work under now: a second run in the same process must not renew its way in. */
  private readonly running = new Set<string>();

  constructor(private readonly options: StoreLeasesOptions) {
    this.owner = options.owner ?? randomUUID();
    this.now = options.now ?? Date.now;
  }

  /**
   * Takes the lease `name` for `ttlMs`, or renews it when this instance holds it. Resolves whether
   * this instance holds it now; `false` when another live holder has it or won the race.
   */
  async claim(name: string, ttlMs: number): Promise<boolean> {
    const { store, tenantId } = this.options;
    const id = leaseId(name);
    const now = this.now();
    const lease: LeaseDocument = { id, tenantId, kind: 'lease', owner: this.owner, expiresAtMs: now + ttlMs };
    const current = await store.read(tenantId, id);
    try {
      if (!current) {
        await store.create(lease);
        return true;
      }
      const parsed = leaseDocument.safeParse(current);
      if (parsed.success && parsed.data.owner !== this.owner && parsed.data.expiresAtMs > now) return false;
      await store.replace({ ...lease, _etag: current._etag });
      return true;
    } catch (e) {
      if (e instanceof StoreError && (e.code === 'store/conflict' || e.code === 'store/exists')) return false;
      throw e;
    }
  }

  /** Who holds `name` now (undefined when free or expired). */
  async holder(name: string): Promise<string | undefined> {
    const current = await this.options.store.read(this.options.tenantId, leaseId(name));
    const parsed = leaseDocument.safeParse(current);
    return parsed.success && parsed.data.expiresAtMs > this.now() ? parsed.data.owner : undefined;
  }

  /** Gives the lease up if this instance holds it, so the next claim need not wait for expiry. */
  async release(name: string): Promise<void> {
    const { store, tenantId } = this.options;
    const current: Versioned<CoordinationDocument> | undefined = await store.read(tenantId, leaseId(name));
    const parsed = leaseDocument.safeParse(current);
    if (!current || !parsed.success || parsed.data.owner !== this.owner) return;
    try {
      await store.replace({ ...current, kind: 'lease', owner: this.owner, expiresAtMs: 0 });
    } catch (e) {
      if (!(e instanceof StoreError && e.code === 'store/conflict')) throw e;
    }
  }

  /**
   * Runs `work` only if the lease is won, renewing it every third of `ttlMs` while the work runs
   * and releasing it after. A renewal that fails is reported through `onLost` (the work is not
   * interrupted: what it writes is ETag-guarded anyway).
   */
  async withLease<T>(
    name: string,
    ttlMs: number,
    work: () => Promise<T>,
    onLost?: (error: unknown) => void,
  ): Promise<LeasedRun<T>> {
    if (this.running.has(name)) return { ran: false, holder: this.owner };
    this.running.add(name);
    try {
      return await this.runClaimed(name, ttlMs, work, onLost);
    } finally {
      this.running.delete(name);
    }
  }

  private async runClaimed<T>(
    name: string,
    ttlMs: number,
    work: () => Promise<T>,
    onLost: ((error: unknown) => void) | undefined,
  ): Promise<LeasedRun<T>> {
    if (!(await this.claim(name, ttlMs))) return { ran: false, holder: (await this.holder(name)) ?? 'unknown' };
    const renew = setInterval(
      () => {
        this.claim(name, ttlMs).then(
          (held) => {
            if (!held) onLost?.(new Error(`lease ${name} taken over`));
          },
          (e: unknown) => onLost?.(e),
        );
      },
      Math.max(10, Math.floor(ttlMs / 3)),
    );
    renew.unref();
    try {
      return { ran: true, value: await work() };
    } finally {
      clearInterval(renew);
      await this.release(name).catch((e: unknown) => onLost?.(e));
    }
  }
}

/** Cosmos ids may not hold `/ \ ? #`; lease names are ours (ids and words), so dots are enough. */
function leaseId(name: string): string {
  return `lease.${name.replace(/[/\\?#]/g, '_')}`;
}
