import type { Container, ItemDefinition } from '@azure/cosmos';
import { StoreError, type DocumentStore, type StoredDocument, type Versioned } from './document-store';
import { buildQuerySpec } from './document-query';
import { asStoreError, statusOf, storeError } from './cosmos-errors';
import { withDeadline } from './store-deadline';

/** Options for one Cosmos-backed store. */
export interface CosmosDocumentStoreOptions {
  /**
   * Upper bound in milliseconds for a whole call, retries included (default 10 000).
   * On expiry the call rejects `store/unavailable` and its request is aborted.
   */
  timeoutMs?: number;
}

/** Cosmos system properties that are noise to callers. `_etag` stays: replace needs it. */
const SYSTEM_FIELDS = ['_rid', '_self', '_ts', '_attachments'] as const;

/**
 * `DocumentStore` on one Cosmos DB container partitioned by `/tenantId` (see `document-store.ts`
 * for the contract). Point operations address the item by id and tenant; queries run in the
 * tenant's partition only. Replace is conditional (`If-Match`), so concurrent writers get a 412
 * instead of silently overwriting each other. Every call is bounded by `timeoutMs`.
 */
export class CosmosDocumentStore<T extends StoredDocument> implements DocumentStore<T> {
  private readonly timeoutMs: number;

  constructor(
    private readonly container: Container,
    options: CosmosDocumentStoreOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 10_000;
  }

  async create(doc: T): Promise<Versioned<T>> {
    const what = this.describe('create', doc.id);
    try {
      const { resource } = await withDeadline(this.timeoutMs, what, (abortSignal) =>
        this.container.items.create(toCosmos(doc), { abortSignal }),
      );
      return fromCosmos<T>(resource, what);
    } catch (error) {
      if (statusOf(error) === 409) throw storeError('store/exists', `${what}: id already taken`, error);
      throw asStoreError(error, what);
    }
  }

  async read(tenantId: string, id: string): Promise<Versioned<T> | undefined> {
    const what = this.describe('read', id);
    try {
      // The SDK resolves a 404 on a point read with `resource: undefined` rather than throwing.
      const { resource } = await withDeadline(this.timeoutMs, what, (abortSignal) =>
        this.container.item(id, tenantId).read<ItemDefinition>({ abortSignal }),
      );
      return resource === undefined ? undefined : fromCosmos<T>(resource, what);
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw asStoreError(error, what);
    }
  }

  async replace(doc: Versioned<T>): Promise<Versioned<T>> {
    const what = this.describe('replace', doc.id);
    if (typeof doc._etag !== 'string') throw new TypeError(`${what}: the document carries no _etag`);
    try {
      const { resource } = await withDeadline(this.timeoutMs, what, (abortSignal) =>
        this.container
          .item(doc.id, doc.tenantId)
          .replace(toCosmos(doc), { accessCondition: { type: 'IfMatch', condition: doc._etag }, abortSignal }),
      );
      return fromCosmos<T>(resource, what);
    } catch (error) {
      const status = statusOf(error);
      if (status === 412) throw storeError('store/conflict', `${what}: changed since it was read`, error);
      if (status === 404) throw storeError('store/not-found', `${what}: no such document`, error);
      throw asStoreError(error, what);
    }
  }

  async upsert(doc: T): Promise<Versioned<T>> {
    const what = this.describe('upsert', doc.id);
    try {
      const { resource } = await withDeadline(this.timeoutMs, what, (abortSignal) =>
        this.container.items.upsert(toCosmos(doc), { abortSignal }),
      );
      return fromCosmos<T>(resource, what);
    } catch (error) {
      throw asStoreError(error, what);
    }
  }

  async delete(tenantId: string, id: string): Promise<void> {
    const what = this.describe('delete', id);
    try {
      await withDeadline(this.timeoutMs, what, (abortSignal) =>
        this.container.item(id, tenantId).delete({ abortSignal }),
      );
    } catch (error) {
      // 404 is success: the caller wants the document gone, and it is. This keeps delete
      // idempotent, so a retry after a lost response (the first attempt did delete) or a
      // second cleanup path does not fail.
      if (statusOf(error) === 404) return;
      throw asStoreError(error, what);
    }
  }

  async query(
    tenantId: string,
    where?: Partial<Record<keyof T & string, string | number | boolean>>,
    orderBy?: keyof T & string,
  ): Promise<Versioned<T>[]> {
    const what = `query ${this.container.id}`;
    // Built before the try: an invalid field name is a programming error and stays a TypeError.
    const spec = buildQuerySpec(tenantId, where, orderBy);
    try {
      const { resources } = await withDeadline(this.timeoutMs, what, (abortSignal) =>
        // partitionKey keeps the query inside the tenant's partition (no fan-out), on top of the WHERE.
        this.container.items.query<ItemDefinition>(spec, { partitionKey: tenantId, abortSignal }).fetchAll(),
      );
      return resources.map((resource) => fromCosmos<T>(resource, what));
    } catch (error) {
      throw asStoreError(error, what);
    }
  }

  private describe(operation: string, id: string): string {
    return `${operation} ${this.container.id}/${id}`;
  }
}

/** What goes over the wire: the document without `_etag`, which travels in `If-Match` instead. */
function toCosmos(doc: StoredDocument): ItemDefinition {
  const { _etag: _ignored, ...body } = doc as StoredDocument & { _etag?: unknown };
  return body;
}

/** A resource as callers see it: system fields stripped, `_etag` required. */
function fromCosmos<T>(resource: ItemDefinition | undefined, what: string): Versioned<T> {
  if (resource === undefined || typeof resource._etag !== 'string') {
    throw new StoreError('store/unavailable', `${what}: the response carried no document with an _etag`);
  }
  const doc: Record<string, unknown> = { ...resource };
  for (const field of SYSTEM_FIELDS) delete doc[field];
  return doc as Versioned<T>;
}
