import type { LicenseGraph } from '../graph/license-graph';
import {
  type ExecuteOptions,
  type ExecuteResult,
  type RemovalContext,
  runExecution,
  type Selection,
  type StartResult,
  startExecution,
} from './execute-removal';
import type { AuditEvent, RemovalRequest, RequestState } from './removal-request';
import { creationEventOf } from './request-audit';
import type { Clock, RequestRepository, StoredRequest } from './request-repository';
import { leaseNames, RUN_LEASE_MS, SCHEDULE_LEASE_MS, soleInstance, type WorkLeases } from './work-leases';
import { type MoveResult, transitionOrLatest, updateOrLatest } from './transition-or-latest';
import { runUndo, startUndo, type StartUndoResult, undoRemoval, type UndoResult } from './undo-removal';

/** A run or undo that did not happen here: someone else did it, or the request is gone. */
type Unchanged = { kind: 'already-handled'; request: StoredRequest } | { kind: 'not-found' };

/** How resuming one request went: run to its end here, left to the live instance running it, or no longer executing. */
export type ResumeOutcome = 'resumed' | 'held-elsewhere' | 'not-executing';

/** A decision on an approval: who made it (id and the name approvers see), and their comment. */
export interface Decision {
  by: string;
  byName: string;
  comment?: string;
}

/**
 * The owner of a removal request's life, bound to one tenant, its Graph connection, clock and
 * stores. Every state change goes through here (and so through the `TRANSITIONS` table that
 * `RequestRepository.transition` enforces); every lost race answers `MoveResult.lost` with the
 * request as the winner left it. Authority (who may click what) is the caller's: the conversation
 * core checks it against the directory before calling in.
 *
 * A new operation goes here as a method: read the stored request, check its state, then one
 * `transitionOrLatest` (or `start…`/`run…` pair when there is Graph work to do after answering).
 */
export class Removals {
  private readonly ctx: RemovalContext;

  constructor(
    graph: LicenseGraph,
    readonly repo: RequestRepository,
    readonly tenantId: string,
    /** Run leases shared by every instance on the store; the default suits one process alone. */
    private readonly leases: WorkLeases = soleInstance,
  ) {
    this.ctx = { graph, repo, tenantId };
  }

  get clock(): Clock {
    return this.repo.clock;
  }

  get(requestId: string): Promise<StoredRequest | undefined> {
    return this.repo.get(this.tenantId, requestId);
  }

  /** Stores a new request of this tenant (in a state `INITIAL_STATES` allows). */
  create(
    request: Omit<RemovalRequest, 'createdAt' | 'updatedAt' | 'kind' | 'tenantId'>,
    actorId: string,
  ): Promise<StoredRequest> {
    return this.repo.create({ ...request, tenantId: this.tenantId }, actorId);
  }

  newId(): string {
    return this.repo.newId();
  }

  /** Start and run in one call (scripts, tests, benchmarks). */
  async remove(requestId: string, actorId: string, options: ExecuteOptions = {}): Promise<ExecuteResult> {
    const started = await startExecution(this.ctx, requestId, actorId, options);
    if (started.kind !== 'started') return started;
    return this.run(started.request, actorId, options.onProgress);
  }

  /** Quick enough to do before answering a click: moves to `executing` with `pending` outcomes. */
  start(requestId: string, actorId: string, selection?: Selection): Promise<StartResult> {
    return startExecution(this.ctx, requestId, actorId, selection ? { selection } : {});
  }

  /**
   * The Graph work of a started removal, then its final state, under the request's run lease:
   * if another instance already took the request over (its resume got there first), this one
   * leaves it to them and answers how the request stands.
   */
  async run(
    started: StoredRequest,
    actorId: string,
    onProgress?: (done: number, total: number) => void,
  ): Promise<ExecuteResult> {
    return this.underRunLease(started.id, 'executing', (latest) => runExecution(this.ctx, latest, actorId, onProgress));
  }

  /**
   * Finishes one removal a crash left `executing`, without touching users already done, and writes
   * every audit event the crashed run lost. Under the run lease: when several instances try at
   * once, or one still runs it, exactly one runs it; a dead instance's lease expires and the next
   * call takes the request over.
   */
  async resumeOne(doc: StoredRequest): Promise<ResumeOutcome> {
    if (doc.state === 'restoring') return this.resumeUndo(doc);
    const actorId = doc.executedBy ?? doc.requesterId;
    const run = await this.leases.withLease(leaseNames.run(doc.id), RUN_LEASE_MS, async () => {
      const started = await startExecution(this.ctx, doc.id, actorId, { resume: true });
      if (started.kind !== 'started') return false;
      await runExecution(this.ctx, started.request, actorId);
      return true;
    });
    if (!run.ran) return 'held-elsewhere';
    return run.value ? 'resumed' : 'not-executing';
  }

  /**
   * An undo left `restoring`: its Graph work again (reassigning what is already back changes
   * nothing), then `restored`; its events are written under the ids the first attempt used.
   */
  private async resumeUndo(doc: StoredRequest): Promise<ResumeOutcome> {
    const result = await this.runUndo(doc, doc.undo?.by ?? doc.requesterId);
    if (result.kind === 'restored') return 'resumed';
    const latest = result.kind === 'not-found' ? undefined : result.request;
    return latest?.state === 'restoring' ? 'held-elsewhere' : 'not-executing';
  }

  /**
   * On start-up, and on every sweep (taking over from an instance that died): every removal left
   * `executing`, and every undo left `restoring`, whose run lease is free. Returns how many this
   * call resumed.
   */
  async resume(): Promise<number> {
    const stuck = [
      ...(await this.repo.listByState(this.tenantId, 'executing')),
      ...(await this.repo.listByState(this.tenantId, 'restoring')),
    ];
    let resumed = 0;
    for (const doc of stuck) if ((await this.resumeOne(doc)) === 'resumed') resumed += 1;
    return resumed;
  }

  undo(requestId: string, actorId: string, onProgress?: (done: number, total: number) => void): Promise<UndoResult> {
    return undoRemoval(this.ctx, requestId, actorId, onProgress);
  }

  startUndo(requestId: string, actorId: string): Promise<StartUndoResult> {
    return startUndo(this.ctx, requestId, actorId);
  }

  /** The Graph work of a started undo, under the request's run lease (see `run`). */
  async runUndo(
    restoring: StoredRequest,
    actorId: string,
    onProgress?: (done: number, total: number) => void,
  ): Promise<UndoResult> {
    return this.underRunLease(restoring.id, 'restoring', (latest) => runUndo(this.ctx, latest, actorId, onProgress));
  }

  /**
   * `work` on the request as it is now, under its run lease, while it is still in `state`
   * (re-read under the lease: an instance that took it over may have finished it); otherwise, or
   * when another instance holds the lease, how the request stands.
   */
  private async underRunLease<R>(
    requestId: string,
    state: RequestState,
    work: (latest: StoredRequest) => Promise<R>,
  ): Promise<R | Unchanged> {
    const run = await this.leases.withLease(
      leaseNames.run(requestId),
      RUN_LEASE_MS,
      async (): Promise<R | Unchanged> => {
        const latest = await this.get(requestId);
        if (!latest) return { kind: 'not-found' };
        return latest.state === state ? work(latest) : { kind: 'already-handled', request: latest };
      },
    );
    if (run.ran) return run.value;
    const latest = await this.get(requestId);
    return latest ? { kind: 'already-handled', request: latest } : { kind: 'not-found' };
  }

  sendForApproval(
    doc: StoredRequest,
    actorId: string,
    approval: NonNullable<RemovalRequest['approval']>,
  ): Promise<MoveResult> {
    return this.transitionOrLatest(doc, 'awaiting-approval', actorId, { approval });
  }

  /** First decision wins: the ETag-guarded move out of `awaiting-approval`. The run follows with `start`. */
  approve(doc: StoredRequest, decision: Decision): Promise<MoveResult> {
    return this.decide(doc, 'approved', decision);
  }

  reject(doc: StoredRequest, decision: Decision): Promise<MoveResult> {
    return this.decide(doc, 'rejected', decision);
  }

  private decide(doc: StoredRequest, to: 'approved' | 'rejected', decision: Decision): Promise<MoveResult> {
    const at = this.clock.now().toISOString();
    return this.transitionOrLatest(doc, to, decision.by, {
      ...(doc.approval
        ? {
            approval: {
              ...doc.approval,
              decidedBy: decision.by,
              decidedByName: decision.byName,
              decidedAt: at,
              ...(decision.comment ? { comment: decision.comment } : {}),
            },
          }
        : {}),
    });
  }

  /** Confirmed (or approved) to run later: `schedule` says when and with which selection. */
  schedule(
    doc: StoredRequest,
    actorId: string,
    schedule: NonNullable<RemovalRequest['schedule']>,
  ): Promise<MoveResult> {
    return this.transitionOrLatest(doc, 'scheduled', actorId, { schedule });
  }

  /** Every scheduled request of the tenant, soonest first. */
  async listScheduled(): Promise<StoredRequest[]> {
    const docs = await this.repo.listByState(this.tenantId, 'scheduled');
    return docs.sort((a, b) => Date.parse(a.schedule?.at ?? '') - Date.parse(b.schedule?.at ?? ''));
  }

  /**
   * `work` on a due scheduled request, under its schedule lease (`leaseNames.schedule`, shared by
   * every instance on the store like the run leases): of several instances sweeping at once exactly
   * one gets it, and a lease whose holder died expires, so the next sweep takes the request over.
   * `work` gets the request as it is now (re-read under the lease), still scheduled and due;
   * otherwise nothing runs. The run itself then leaves `scheduled` with an ETag-guarded move, so it
   * never runs twice even across a lease that expired mid-way.
   */
  async whileDue<R>(doc: StoredRequest, work: (due: StoredRequest) => Promise<R>): Promise<R | undefined> {
    const leased = await this.leases.withLease(leaseNames.schedule(doc.id), SCHEDULE_LEASE_MS, async () => {
      const latest = await this.get(doc.id);
      const at = Date.parse(latest?.schedule?.at ?? '');
      if (latest?.state !== 'scheduled' || !(at <= this.clock.now().getTime())) return undefined;
      return work(latest);
    });
    return leased.ran ? leased.value : undefined;
  }

  cancel(doc: StoredRequest, actorId: string): Promise<MoveResult> {
    return this.transitionOrLatest(doc, 'cancelled', actorId);
  }

  /** Every request of the tenant waiting for an approver (for the expiry sweep). */
  pendingApprovals(): Promise<StoredRequest[]> {
    return this.repo.listByState(this.tenantId, 'awaiting-approval');
  }

  /**
   * The audit trail of one request, or of the tenant's recorded events. A request's creation is
   * recorded with its first move (see `RequestRepository.create`); until then, its trail shows the
   * creation from the request document.
   */
  async auditTrail(requestId?: string): Promise<AuditEvent[]> {
    const recorded = await this.repo.auditTrail(this.tenantId, requestId);
    if (requestId === undefined) return recorded;
    const doc = await this.get(requestId);
    const creation = doc ? creationEventOf(doc) : undefined;
    if (!creation || recorded.some((e) => e.id === creation.id)) return recorded;
    return [creation, ...recorded];
  }

  /** Whether a pending approval is past its deadline now. */
  isDueToExpire(doc: StoredRequest): boolean {
    const expiresAt = doc.approval?.expiresAt;
    return (
      doc.state === 'awaiting-approval' &&
      expiresAt !== undefined &&
      this.clock.now().getTime() >= Date.parse(expiresAt)
    );
  }

  expire(doc: StoredRequest): Promise<MoveResult> {
    return this.transitionOrLatest(doc, 'expired', 'system');
  }

  transitionOrLatest(
    doc: StoredRequest,
    to: RequestState,
    actorId: string,
    patch: Partial<RemovalRequest> = {},
  ): Promise<MoveResult> {
    return transitionOrLatest(this.repo, doc, to, actorId, patch);
  }

  /** A write that keeps the state (a re-planned clarification or confirmation), lost races answered. */
  updateOrLatest(doc: StoredRequest, patch: Partial<RemovalRequest>): Promise<MoveResult> {
    return updateOrLatest(this.repo, doc, patch);
  }

  /** A write that commutes (message references), retried on conflict. */
  merge(requestId: string, change: (doc: StoredRequest) => Partial<RemovalRequest>): Promise<StoredRequest> {
    return this.repo.merge(this.tenantId, requestId, change);
  }
}
