import { randomUUID } from 'node:crypto';
import type { DocumentStore, Versioned } from '../store/document-store';
import { StoreError } from '../store/document-store';
import type { AuditEvent, RemovalRequest, RequestState, TransitionRecord } from './removal-request';
import { auditEventsOf, auditIdFor, creationEventOf, isAuditReconstructible } from './request-audit';
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
    // One write: the creation is in the document's history, and reaches the audit trail with the
    // request's first move (see `transition`), or through `repairAudit`. A confirmation card that
    // is never clicked changes nothing in the tenant and costs no second write on the chat turn,
    // which is the turn's largest cost (see README, Performance); `Removals.auditTrail` still
    // shows its creation.
    return this.requests.create({
      ...request,
      kind: 'removal',
      createdAt: at,
      updatedAt: at,
      transitions: [{ to: request.state, actorId, at }],
    });
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
    const at = this.clock.now().toISOString();
    const [next] = await Promise.all([
      this.requests.replace({
        ...doc,
        ...patch,
        state: to,
        updatedAt: at,
        transitions: [...(doc.transitions ?? []), { from: doc.state, to, actorId, at }],
      }),
      // The first move also records the creation (not written at create); if this move loses
      // its race, the winner's move writes the same event (same id), which the store keeps once.
      this.recordCreation(doc),
    ]);
    // Written after the move it reports: a crash in between leaves an event missing, which
    // `repairAudit` writes (under the same id) when the request is next started or resumed.
    await this.record(next, { actorId, type: 'transition', from: doc.state, to }, at);
    return next;
  }

  /** The creation event of a request still in its first state (its history is one entry long). */
  private async recordCreation(doc: StoredRequest): Promise<void> {
    const creation = doc.transitions?.length === 1 ? creationEventOf(doc) : undefined;
    if (creation) await this.writeEvent(creation);
  }

  /**
   * The last move of a run (`executing` → its final state), with its audit event written FIRST.
   * A run's final state follows from its stored outcomes alone, so if the process dies between
   * the two writes, the resume reaches the same move and finds its event (same id) already there;
   * written the other way round, a completed request could end its audit at `executing`.
   */
  async finish(
    doc: StoredRequest,
    to: RequestState,
    actorId: string,
    patch: Partial<RemovalRequest> = {},
  ): Promise<StoredRequest> {
    if (!isAuditReconstructible(doc)) return this.transition(doc, to, actorId, patch);
    assertTransition(doc.state, to);
    const at = this.clock.now().toISOString();
    const transitions: TransitionRecord[] = [...(doc.transitions ?? []), { from: doc.state, to, actorId, at }];
    await this.record(
      { id: doc.id, tenantId: doc.tenantId, transitions },
      { actorId, type: 'transition', from: doc.state, to },
      at,
    );
    return this.requests.replace({ ...doc, ...patch, state: to, updatedAt: at, transitions });
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

  /**
   * Writes one audit event. For a request with a history (see request-audit.ts) the event's id is
   * derived from the request, so writing it again — a resume repeating what a crashed run did — is
   * a no-op rather than a second event.
   */
  async record(
    doc: Pick<RemovalRequest, 'id' | 'tenantId' | 'transitions'>,
    event: Omit<AuditEvent, 'id' | 'tenantId' | 'kind' | 'at' | 'requestId'>,
    at = this.clock.now().toISOString(),
  ): Promise<void> {
    await this.writeEvent({
      ...event,
      id: auditIdFor(doc, event, randomUUID),
      tenantId: doc.tenantId,
      kind: 'audit',
      at,
      requestId: doc.id,
    });
  }

  /**
   * Writes every audit event `doc` implies that the audit trail lacks (lost when a process died
   * between a request write and its event). Idempotent; resolves how many were written.
   */
  async repairAudit(doc: RemovalRequest): Promise<number> {
    const expected = auditEventsOf(doc);
    if (expected.length === 0) return 0;
    const existing = new Set((await this.auditTrail(doc.tenantId, doc.id)).map((e) => e.id));
    const missing = expected.filter((e) => !existing.has(e.id));
    for (const event of missing) await this.writeEvent(event);
    return missing.length;
  }

  private async writeEvent(event: AuditEvent): Promise<void> {
    try {
      await this.audit.create(event);
    } catch (e) {
      // Already written (same derived id): the event exists once, which is what we want.
      if (!(e instanceof StoreError && e.code === 'store/exists')) throw e;
    }
  }

  auditTrail(tenantId: string, requestId?: string): Promise<AuditEvent[]> {
    return this.audit.query(tenantId, requestId ? { requestId } : {}, 'at');
  }
}

export function isConflict(e: unknown): boolean {
  return e instanceof StoreError && e.code === 'store/conflict';
}
