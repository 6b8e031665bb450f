import type { User } from '@microsoft/microsoft-graph-types';
import type { LicenseChange, LicenseChangeResult, LicenseGraph } from '../graph/license-graph';
import { classifyAssignment } from './classify-assignment';
import { isRemovable } from './removal-plan';
import { outcomeEvent } from './audit-events';
import type { RemovalRequest, RequestState, UserOutcome } from './removal-request';
import type { RequestRepository, StoredRequest } from './request-repository';
import { transitionOrLatest } from './transition-or-latest';

/** What a removal runs against: bound once by the `Removals` service (see removals.ts). */
export interface RemovalContext {
  graph: LicenseGraph;
  repo: RequestRepository;
  tenantId: string;
}

/** Which part of the confirmation the requester kept checked (toggles on the card). */
export interface Selection {
  userIds?: string[];
  skuIds?: string[];
}

export type ExecuteResult =
  /** This call ran (or resumed) the removal and the request is now in a final state. */
  | { kind: 'executed'; request: StoredRequest }
  /** Someone else already ran it, is running it, or it is no longer runnable: nothing was changed. */
  | { kind: 'already-handled'; request: StoredRequest }
  | { kind: 'not-found' };

export interface ExecuteOptions {
  selection?: Selection;
  /** Called as users complete: done of total. */
  onProgress?: (done: number, total: number) => void;
  /** Continue a request left `executing` by a crash (start-up recovery). */
  resume?: boolean;
}

const RUNNABLE: readonly RequestState[] = ['awaiting-confirmation', 'approved', 'scheduled'];

/**
 * Executes a confirmed removal: one `assignLicense` per user (all products at once), batched.
 * Idempotent and resumable:
 * 1. Each user's current state is read again and what will be removed — with its disabledPlans,
 *    for undo — is written as `pending` in the same ETag-guarded write that moves the request to
 *    `executing`. A second click loses that write and changes nothing.
 * 2. Results are merged into the request as they arrive.
 * 3. After a crash, `resume` re-reads pending users: a license no longer directly assigned was
 *    removed by the crashed run (recorded as removed, with the saved restore data); others are retried.
 */
export async function executeRemoval(
  ctx: RemovalContext,
  requestId: string,
  actorId: string,
  options: ExecuteOptions = {},
): Promise<ExecuteResult> {
  const started = await startExecution(ctx, requestId, actorId, options);
  if (started.kind !== 'started') return started;
  return runExecution(ctx, started.request, actorId, options.onProgress);
}

export type StartResult = { kind: 'started'; request: StoredRequest } | Exclude<ExecuteResult, { kind: 'executed' }>;

/**
 * Step 1, quick enough to do before answering a click: re-read the users, decide what each loses
 * now, and move the request to `executing` with those `pending` outcomes in one ETag-guarded
 * write. Only one caller can win that write.
 */
export async function startExecution(
  { graph, repo, tenantId }: RemovalContext,
  requestId: string,
  actorId: string,
  options: Pick<ExecuteOptions, 'selection' | 'resume'> = {},
): Promise<StartResult> {
  const doc = await repo.get(tenantId, requestId);
  if (!doc) return { kind: 'not-found' };
  const resuming = options.resume === true && doc.state === 'executing';
  if ((!resuming && !RUNNABLE.includes(doc.state)) || !doc.plan) return { kind: 'already-handled', request: doc };
  // A manager's plan runs only once approved: defence in depth behind the channels' checks.
  // A scheduled one was approved before it was scheduled (approved → scheduled).
  const approved = doc.state === 'approved' || (doc.state === 'scheduled' && doc.approval?.decidedAt !== undefined);
  if (!resuming && doc.plan.mode === 'needs-approval' && !approved) return { kind: 'already-handled', request: doc };

  const current = await graph.getUsersByIds(doc.plan.users.map((u) => u.id));
  if (resuming) {
    const outcomes = { ...(doc.outcomes ?? {}) };
    settleCrashedPending(outcomes, current, repo.clock.now().toISOString());
    const updated = await repo.update(doc, { outcomes });
    // Every event the crashed run did not get to write: transitions, and outcomes settled by it
    // or just now (each under its derived id, so nothing is written twice).
    await repo.repairAudit(updated);
    return { kind: 'started', request: updated };
  }
  const outcomes = initialOutcomes(doc, current, options.selection);
  const moved = await transitionOrLatest(repo, doc, 'executing', actorId, { outcomes, executedBy: actorId });
  if (moved.kind === 'not-found') return moved;
  if (moved.kind === 'lost') return { kind: 'already-handled', request: moved.request };
  // Users settled without a Graph call (deselected, already removed) get their audit event now;
  // pending ones get theirs as their call completes.
  await recordOutcomes(
    repo,
    moved.request,
    actorId,
    Object.keys(outcomes).filter((id) => outcomes[id]?.status !== 'pending'),
  );
  // An event lost before this start (a crash right after the request was stored) is written now.
  await repo.repairAudit(moved.request);
  return { kind: 'started', request: moved.request };
}

/** Step 2: the Graph calls for every pending user, results merged as they arrive, then the final state. */
export async function runExecution(
  { graph, repo }: RemovalContext,
  doc: StoredRequest,
  actorId: string,
  onProgress?: (done: number, total: number) => void,
): Promise<ExecuteResult> {
  const outcomes: Record<string, UserOutcome> = { ...(doc.outcomes ?? {}) };
  const pending = Object.entries(outcomes).filter(
    (entry): entry is [string, Extract<UserOutcome, { status: 'pending' }>] => entry[1].status === 'pending',
  );
  const total = Object.keys(outcomes).length;
  let done = total - pending.length;
  onProgress?.(done, total);

  const changes: LicenseChange[] = pending.map(([userId, o]) => ({
    userId,
    addLicenses: [],
    removeLicenses: o.skuIds,
  }));
  const writer = new OutcomeWriter(repo, doc.tenantId, doc.id);
  await graph.assignLicenses(changes, (result) => {
    const before = outcomes[result.userId];
    if (before?.status !== 'pending') return;
    const after = outcomeOf(result, before, repo.clock.now().toISOString());
    outcomes[result.userId] = after;
    writer.add(result.userId, after);
    done += 1;
    onProgress?.(done, total);
  });
  await writer.flush();

  const latest = await repo.get(doc.tenantId, doc.id);
  if (!latest) return { kind: 'not-found' };
  const finished = await repo.finish(latest, finalState(outcomes), actorId, {
    outcomes: { ...latest.outcomes, ...outcomes },
  });
  await repo.repairAudit(finished);
  return { kind: 'executed', request: finished };
}

function initialOutcomes(
  doc: RemovalRequest,
  current: User[],
  selection: Selection | undefined,
): Record<string, UserOutcome> {
  const plan = doc.plan;
  const outcomes: Record<string, UserOutcome> = {};
  if (!plan) return outcomes;
  for (const planUser of plan.users) {
    const planned = plan.entries.filter((e) => e.userId === planUser.id && isRemovable(e)).map((e) => e.skuId);
    const selected = planned.filter((skuId) => !selection?.skuIds || selection.skuIds.includes(skuId));
    if (selection?.userIds && !selection.userIds.includes(planUser.id)) {
      outcomes[planUser.id] = { status: 'skipped', reason: 'deselected', skuIds: planned };
      continue;
    }
    if (selected.length === 0) {
      outcomes[planUser.id] = {
        status: 'skipped',
        reason: planned.length === 0 ? 'nothing-removable' : 'deselected',
        skuIds: planned,
      };
      continue;
    }
    const user = current.find((u) => u.id === planUser.id);
    // The tenant may have changed since the card was shown: only what is still directly assigned is removed.
    const restore = selected.flatMap((skuId) => {
      const info = user ? classifyAssignment(user, skuId) : undefined;
      return info && (info.assignment === 'direct' || info.assignment === 'direct-and-group')
        ? [{ skuId, disabledPlans: info.directDisabledPlans }]
        : [];
    });
    outcomes[planUser.id] =
      restore.length === 0
        ? { status: 'skipped', reason: 'already-removed', skuIds: selected }
        : { status: 'pending', skuIds: restore.map((r) => r.skuId), restore };
  }
  return outcomes;
}

/** A pending user whose licenses are no longer directly assigned was done by the run that crashed. */
function settleCrashedPending(outcomes: Record<string, UserOutcome>, current: User[], at: string): void {
  for (const [userId, o] of Object.entries(outcomes)) {
    if (o.status !== 'pending') continue;
    const user = current.find((u) => u.id === userId);
    const stillDirect = o.skuIds.filter((skuId) => {
      const a = user ? classifyAssignment(user, skuId).assignment : 'not-assigned';
      return a === 'direct' || a === 'direct-and-group';
    });
    if (stillDirect.length === 0) {
      outcomes[userId] = { status: 'removed', skuIds: o.skuIds, restore: o.restore, at };
    } else
      outcomes[userId] = { ...o, skuIds: stillDirect, restore: o.restore.filter((r) => stillDirect.includes(r.skuId)) };
  }
}

/** One `user-outcome` audit event per listed user, from the outcomes stored on `doc`. */
async function recordOutcomes(repo: RequestRepository, doc: StoredRequest, actorId: string, userIds: string[]) {
  for (const userId of userIds) {
    const outcome = doc.outcomes?.[userId];
    if (outcome) await repo.record(doc, outcomeEvent('user-outcome', actorId, userId, outcome));
  }
}

function outcomeOf(
  result: LicenseChangeResult,
  pending: Extract<UserOutcome, { status: 'pending' }>,
  at: string,
): UserOutcome {
  if (result.ok) return { status: 'removed', skuIds: pending.skuIds, restore: pending.restore, at };
  // Graph says the license is not there: someone (or a crashed run) removed it already.
  if (result.error.code === 'graph/license-not-assigned')
    return { status: 'skipped', reason: 'already-removed', skuIds: pending.skuIds };
  const failed: UserOutcome = { status: 'failed', code: result.error.code, skuIds: pending.skuIds };
  if (result.error.requestId) failed.graphRequestId = result.error.requestId;
  return failed;
}

export function finalState(outcomes: Record<string, UserOutcome>): RequestState {
  const list = Object.values(outcomes);
  const failed = list.filter((o) => o.status === 'failed').length;
  const removed = list.filter((o) => o.status === 'removed').length;
  if (failed === 0) return 'completed';
  return removed > 0 ? 'partially-completed' : 'failed';
}

/** Resolves on the next turn of the event loop, after the I/O callbacks already due. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Merges per-user outcomes into the stored request as they arrive, one write in flight at a time
 * (outcomes commute, so a conflicting write is simply redone on the fresh document).
 */
class OutcomeWriter {
  private readonly queued = new Map<string, UserOutcome>();
  private inFlight: Promise<void> = Promise.resolve();
  private failure: Error | undefined;
  /** A write is chained but has not taken the queue yet: outcomes added meanwhile join it. */
  private scheduled = false;

  constructor(
    private readonly repo: RequestRepository,
    private readonly tenantId: string,
    private readonly requestId: string,
  ) {}

  add(userId: string, outcome: UserOutcome): void {
    this.queued.set(userId, outcome);
    // At most one write per event-loop turn: every merge re-reads and rewrites the whole request
    // (plan and all outcomes), so one merge per item costs O(N²) serialisation. With a store that
    // answers within microtasks, items of one $batch answer (up to 20) were written one by one:
    // 552 merges and ~4 s of event-loop time for 1,000 users, which also held up the Graph batches
    // (npm run bench). Waiting one turn lets the outcomes that settle together share one write.
    if (this.scheduled) return;
    this.scheduled = true;
    // Failures are kept, not left as a rejected promise nobody awaits yet: flush() reports them.
    this.inFlight = this.inFlight
      .then(nextTurn)
      .then(() => {
        this.scheduled = false;
        return this.write();
      })
      .catch((e: unknown) => {
        this.failure ??= e instanceof Error ? e : new Error(String(e));
      });
  }

  async flush(): Promise<void> {
    await this.inFlight;
    if (this.failure) throw this.failure;
    await this.write();
  }

  private async write(): Promise<void> {
    if (this.queued.size === 0) return;
    const batch = new Map(this.queued);
    this.queued.clear();
    const doc = await this.repo.merge(this.tenantId, this.requestId, (d) => ({
      outcomes: { ...d.outcomes, ...Object.fromEntries(batch) },
    }));
    for (const [userId, outcome] of batch) {
      await this.repo.record(doc, outcomeEvent('user-outcome', doc.executedBy ?? '', userId, outcome));
    }
  }
}
