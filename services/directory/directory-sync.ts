import { isGraphError } from '../graph/graph-error';
import type { UserDeltaReader } from '../graph/user-delta';
import { DirectoryIndex } from './directory-index';
import { isRemoval, type DeltaItem } from './directory-user';

/** What one refresh did, for logs: counts only, never names. */
export interface RefreshSummary {
  kind: 'full' | 'incremental';
  changed: number;
  removed: number;
  users: number;
  ms: number;
}

export interface DirectorySyncOptions {
  /** Longest a refresh may take before it is reported failed (the round still finishes in the background). Default 120 000. */
  refreshTimeoutMs?: number;
  now?: () => number;
}

/** Thrown when a refresh took longer than `refreshTimeoutMs`. */
export class DirectoryRefreshTimeout extends Error {
  override readonly name = 'DirectoryRefreshTimeout';
}

function apply(index: DirectoryIndex, items: readonly DeltaItem[]): { changed: number; removed: number } {
  let changed = 0;
  let removed = 0;
  for (const item of items) {
    if (isRemoval(item)) {
      index.remove(item.id);
      removed++;
    } else {
      index.upsert(item);
      changed++;
    }
  }
  return { changed, removed };
}

/**
 * Keeps a DirectoryIndex in step with the tenant through Graph's delta query: a full round
 * first, then only the changes since the last `@odata.deltaLink`. An expired token (410) starts
 * over with a full round into a new index, swapped in when complete, so lookups never see a
 * half-loaded directory. Refreshes never overlap: a caller during one waits for it.
 */
export class DirectorySync {
  private current: DirectoryIndex;
  private deltaLink: string | undefined;
  private running: Promise<RefreshSummary> | undefined;
  private readonly timeoutMs: number;
  private readonly now: () => number;
  /** Epoch ms of the last refresh that completed; undefined before the first. */
  lastRefreshAt: number | undefined;

  constructor(
    private readonly reader: UserDeltaReader,
    options: DirectorySyncOptions = {},
  ) {
    this.current = new DirectoryIndex();
    this.timeoutMs = options.refreshTimeoutMs ?? 120_000;
    this.now = options.now ?? Date.now;
  }

  /** The index as of the last completed refresh (empty before the first). */
  get index(): DirectoryIndex {
    return this.current;
  }

  /** True once a full round has completed. */
  get ready(): boolean {
    return this.deltaLink !== undefined;
  }

  /** Brings the index up to date now (on demand); joins a refresh already running. */
  refresh(): Promise<RefreshSummary> {
    this.running ??= this.round().finally(() => {
      this.running = undefined;
    });
    return withTimeout(this.running, this.timeoutMs);
  }

  private async round(): Promise<RefreshSummary> {
    const started = this.now();
    if (this.deltaLink !== undefined) {
      try {
        const round = await this.reader.readUserDelta(this.deltaLink);
        const counts = apply(this.current, round.items);
        this.deltaLink = round.deltaLink;
        return this.done('incremental', counts, started);
      } catch (e) {
        if (!(isGraphError(e) && e.status === 410)) throw e;
      }
    }
    const round = await this.reader.readUserDelta(undefined);
    const fresh = new DirectoryIndex();
    const counts = apply(fresh, round.items);
    this.current = fresh;
    this.deltaLink = round.deltaLink;
    return this.done('full', counts, started);
  }

  private done(kind: RefreshSummary['kind'], counts: { changed: number; removed: number }, started: number) {
    this.lastRefreshAt = this.now();
    return { kind, ...counts, users: this.current.size, ms: this.lastRefreshAt - started };
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DirectoryRefreshTimeout(`directory refresh took over ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
