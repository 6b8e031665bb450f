/**
 * A JSON document with optimistic concurrency. `tenantId` is the partition key:
 * every read and write names it, so one tenant's data never leaks into another's queries.
 */
export interface StoredDocument {
  id: string;
  tenantId: string;
}

/** A document as read back: with the ETag that a later `replace` must present. */
export type Versioned<T> = T & { _etag: string };

export type StoreErrorCode = 'store/conflict' | 'store/exists' | 'store/not-found' | 'store/unavailable';

export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * One container of documents of type T.
 * - `create` rejects `store/exists` when the id is taken (409).
 * - `read` resolves `undefined` for a missing document (404 is not an error).
 * - `replace` must present the `_etag` it read; a stale one rejects `store/conflict` (412),
 *   a missing document `store/not-found`.
 * - `upsert` is last-writer-wins, for data where that is right (conversation references).
 * - `delete` of a missing document resolves: delete is idempotent, so a retry is harmless.
 * - `query` filters on top-level equality within one tenant, ordered by `orderBy` when given
 *   (ascending). Field names must be plain identifiers, else it rejects a TypeError (a bug).
 * - Any call may reject `store/unavailable` (unreachable, timed out, throttled past its retries).
 * Implementations clone through JSON, so what a caller gets back never aliases stored state.
 */
export interface DocumentStore<T extends StoredDocument> {
  create(doc: T): Promise<Versioned<T>>;
  read(tenantId: string, id: string): Promise<Versioned<T> | undefined>;
  replace(doc: Versioned<T>): Promise<Versioned<T>>;
  upsert(doc: T): Promise<Versioned<T>>;
  delete(tenantId: string, id: string): Promise<void>;
  query(
    tenantId: string,
    where?: Partial<Record<keyof T & string, string | number | boolean>>,
    orderBy?: keyof T & string,
  ): Promise<Versioned<T>[]>;
}
