import type { SubscribedSku } from '@microsoft/microsoft-graph-types';
import type { LicenseGraph } from '../graph/license-graph';
import type { UserDeltaReader } from '../graph/user-delta';
import { ProductIndex } from '../licensing/catalog/product-index';
import type { DirectoryIndex } from './directory-index';
import { DirectorySync, type DirectorySyncOptions, type RefreshSummary } from './directory-sync';

/** What one refresh of the vocabulary did, for logs (counts only). */
export interface VocabularyRefresh {
  directory: RefreshSummary;
  skus: number;
}

/**
 * The tenant as vocabulary for understanding messages: its people (a DirectoryIndex kept fresh
 * with the delta query) and its products (a ProductIndex of its subscribed SKUs). Built once at
 * startup and refreshed periodically and on demand; lookups always see a complete index.
 */
export class TenantVocabulary {
  readonly sync: DirectorySync;
  private productIndex = new ProductIndex([]);
  private skusLoaded = false;

  constructor(
    private readonly graph: Pick<LicenseGraph, 'listSubscribedSkus'> & UserDeltaReader,
    options: DirectorySyncOptions = {},
  ) {
    this.sync = new DirectorySync(graph, options);
  }

  get people(): DirectoryIndex {
    return this.sync.index;
  }

  get products(): ProductIndex {
    return this.productIndex;
  }

  /** True once both indexes have been loaded at least once. */
  get ready(): boolean {
    return this.sync.ready && this.skusLoaded;
  }

  /** Refreshes the directory (delta) and re-reads the SKUs (one call); joins a running refresh. */
  async refresh(): Promise<VocabularyRefresh> {
    const [directory, skus] = await Promise.all([this.sync.refresh(), this.graph.listSubscribedSkus()]);
    this.setSkus(skus);
    return { directory, skus: skus.length };
  }

  /** Refreshes every `intervalMs` until `stop()`; failures go to `onError`; the timer never keeps the process alive. */
  start(intervalMs: number, onError: (e: unknown) => void, onRefresh?: (r: VocabularyRefresh) => void): void {
    this.stop();
    this.timer = setInterval(() => {
      this.refresh().then(onRefresh, onError);
    }, intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  private timer: NodeJS.Timeout | undefined;

  private setSkus(skus: readonly SubscribedSku[]): void {
    this.productIndex = new ProductIndex(skus);
    this.skusLoaded = true;
  }
}
