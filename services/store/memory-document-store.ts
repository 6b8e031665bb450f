import { randomUUID } from 'node:crypto';
import { StoreError, type DocumentStore, type StoredDocument, type Versioned } from './document-store';
import { assertFieldName, whereEntries } from './document-query';

/** What one stored entry holds: the document as JSON text, so nothing outside can alias it. */
interface Entry {
  json: string;
  etag: string;
}

/**
 * An in-memory `DocumentStore` for unit tests, held to the same contract suite as the Cosmos
 * store. Documents go in and out through JSON text (as `MemoryStorage` in botbuilder does), so a
 * Date, a Map or `undefined` that Cosmos would mangle is mangled here too, and callers can never
 * mutate stored state through an object they were given. ETags are fresh UUIDs per write.
 * Calls are synchronous underneath, so two replaces with one ETag cannot both win.
 */
export class MemoryDocumentStore<T extends StoredDocument> implements DocumentStore<T> {
  /** tenantId → id → entry; a Map per tenant mirrors the Cosmos partition. */
  private readonly partitions = new Map<string, Map<string, Entry>>();

  create(doc: T): Promise<Versioned<T>> {
    return settle(() => {
      const partition = this.partition(doc.tenantId);
      if (partition.has(doc.id)) throw new StoreError('store/exists', `Document ${doc.id} already exists`);
      return this.write(partition, doc);
    });
  }

  read(tenantId: string, id: string): Promise<Versioned<T> | undefined> {
    return settle(() => {
      const entry = this.partitions.get(tenantId)?.get(id);
      return entry === undefined ? undefined : revive<T>(entry);
    });
  }

  replace(doc: Versioned<T>): Promise<Versioned<T>> {
    return settle(() => {
      const partition = this.partition(doc.tenantId);
      const current = partition.get(doc.id);
      if (current === undefined) throw new StoreError('store/not-found', `Document ${doc.id} does not exist`);
      if (current.etag !== doc._etag)
        throw new StoreError('store/conflict', `Document ${doc.id} changed since it was read`);
      return this.write(partition, doc);
    });
  }

  upsert(doc: T): Promise<Versioned<T>> {
    return settle(() => this.write(this.partition(doc.tenantId), doc));
  }

  delete(tenantId: string, id: string): Promise<void> {
    // Missing is fine: delete is idempotent, as in the Cosmos store.
    return settle(() => {
      this.partitions.get(tenantId)?.delete(id);
    });
  }

  query(
    tenantId: string,
    where?: Partial<Record<keyof T & string, string | number | boolean>>,
    orderBy?: keyof T & string,
  ): Promise<Versioned<T>[]> {
    return settle(() => {
      const filters = whereEntries(where);
      if (orderBy !== undefined) assertFieldName(orderBy);
      const docs = [...(this.partitions.get(tenantId)?.values() ?? [])]
        .map((entry) => revive<T>(entry))
        .filter((doc) => filters.every(([field, value]) => fieldOf(doc, field) === value));
      // Array.prototype.sort is stable, so ties keep insertion order.
      return orderBy === undefined
        ? docs
        : docs.sort((a, b) => compareCosmos(fieldOf(a, orderBy), fieldOf(b, orderBy)));
    });
  }

  private partition(tenantId: string): Map<string, Entry> {
    let partition = this.partitions.get(tenantId);
    if (partition === undefined) {
      partition = new Map();
      this.partitions.set(tenantId, partition);
    }
    return partition;
  }

  private write(partition: Map<string, Entry>, doc: T): Versioned<T> {
    const { _etag: _ignored, ...body } = doc as T & { _etag?: unknown };
    const entry: Entry = { json: JSON.stringify(body), etag: randomUUID() };
    partition.set(doc.id, entry);
    return revive<T>(entry);
  }
}

/** Runs synchronously and reports as a promise, so a throw becomes a rejection like the real store's. */
function settle<R>(run: () => R): Promise<R> {
  try {
    return Promise.resolve(run());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

function revive<T>(entry: Entry): Versioned<T> {
  return { ...(JSON.parse(entry.json) as T), _etag: entry.etag };
}

function fieldOf(doc: object, field: string): unknown {
  return (doc as Record<string, unknown>)[field];
}

/** Cosmos ORDER BY across types: undefined < null < booleans < numbers < strings (ordinal). */
function compareCosmos(a: unknown, b: unknown): number {
  const rank = (value: unknown): number => {
    if (value === undefined) return 0;
    if (value === null) return 1;
    if (typeof value === 'boolean') return 2;
    if (typeof value === 'number') return 3;
    if (typeof value === 'string') return 4;
    return 5;
  };
  const byType = rank(a) - rank(b);
  if (byType !== 0) return byType;
  if (typeof a === 'boolean' || typeof a === 'number' || typeof a === 'string') {
    const other = b as typeof a;
    return a < other ? -1 : a > other ? 1 : 0;
  }
  return 0;
}
