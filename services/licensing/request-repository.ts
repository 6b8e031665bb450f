import { randomUUID } from 'node:crypto';
import type { DocumentStore, Versioned } from '../store/document-store';
import { StoreError } from '../store/document-store';
import type { AuditEvent, RemovalRequest, RequestState } from './removal-request';
import { assertInitial, assertTransition } from './request-states';

export type StoredRequest = Versioned<RemovalRequest>;

/** Injectable time, so expiry and undo windows are testable without waiting. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * Removal requests and their audit trail. Every write presents the ETag it read, so two clicks,
 * two approvers or a click racing an expiry cannot both win: the loser gets `store/conflict`.
 */
export class RequestRepository {
  constructor(
    private readonly requests: DocumentStore<RemovalRequest>,
    private readonly audit: DocumentStore<AuditEvent>,
    readonly clock: Clock = systemClock,
  ) {}

  newId(): string {
    return randomUUID();
  }

  async create(
    request: Omit<RemovalRequest, 'createdAt' | 'updatedAt' | 'kind'>,
    actorId: string,
  ): Promise<StoredRequest> {
    assertInitial(request.state);
    const at = this.clock.now().toISOString();
    const created = await this.requests.create({ ...request, kind: 'removal', createdAt: at, updatedAt: at });
    await this.record(created, { actorId, type: 'transition', to: created.state });
    return created;
  }

  get(tenantId: string, id: string): Promise<StoredRequest | undefined> {
    return this.requests.read(tenantId, id);
  }

  listByState(tenantId: string, state: RequestState): Promise<StoredRequest[]> {
    return this.requests.query(tenantId, { state }, 'createdAt');
  }

  /**
   * Moves `doc` to `to` with `patch` applied, guarded by the ETag `doc` was read with.
   * Rejects `store/conflict` when someone else wrote first: the caller lost the race. A move the
   * `TRANSITIONS` table does not have throws `IllegalTransitionError` before anything is written.
   */
  async transition(
    doc: StoredRequest,
    to: RequestState,
    actorId: string,
    patch: Partial<RemovalRequest> = {},
  ): Promise<StoredRequest> {
    assertTransition(doc.state, to);
    const next = await this.requests.replace({
      ...doc,
      ...patch,
      state: to,
      updatedAt: this.clock.now().toISOString(),
    });
    await this.record(next, { actorId, type: 'transition', from: doc.state, to });
    return next;
  }

  /** A write that keeps the state (progress, message references), with the same ETag guard. */
  update(doc: StoredRequest, patch: Partial<RemovalRequest>): Promise<StoredRequest> {
    return this.requests.replace({ ...doc, ...patch, updatedAt: this.clock.now().toISOString() });
  }

  /**
   * Read-modify-write that retries on conflict, for changes that commute (adding a message
   * reference, merging outcomes). Never for decisions: those must lose on conflict.
   */
  async merge(
    tenantId: string,
    id: string,
    change: (doc: StoredRequest) => Partial<RemovalRequest>,
    attempts = 5,
  ): Promise<StoredRequest> {
    for (let i = 0; ; i++) {
      const doc = await this.requests.read(tenantId, id);
      if (!doc) throw new StoreError('store/not-found', 'request not found');
      try {
        return await this.update(doc, change(doc));
      } catch (e) {
        if (!(e instanceof StoreError && e.code === 'store/conflict') || i + 1 >= attempts) throw e;
      }
    }
  }

  async record(
    doc: Pick<RemovalRequest, 'id' | 'tenantId'>,
    event: Omit<AuditEvent, 'id' | 'tenantId' | 'kind' | 'at' | 'requestId'>,
  ): Promise<void> {
    await this.audit.create({
      ...event,
      id: randomUUID(),
      tenantId: doc.tenantId,
      kind: 'audit',
      at: this.clock.now().toISOString(),
      requestId: doc.id,
    });
  }

  auditTrail(tenantId: string, requestId?: string): Promise<AuditEvent[]> {
    return this.audit.query(tenantId, requestId ? { requestId } : {}, 'at');
  }
}

export function isConflict(e: unknown): boolean {
  return e instanceof StoreError && e.code === 'store/conflict';
}
