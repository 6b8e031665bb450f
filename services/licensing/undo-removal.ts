import type { LicenseChange } from '../graph/license-graph';
import { outcomeEvent } from './audit-events';
import { seatsOf } from './catalog/seats-of';
import { classifyAssignment } from './classify-assignment';
import type { RemovalContext } from './execute-removal';
import type { UndoOutcome } from './removal-request';
import type { StoredRequest } from './request-repository';
import { transitionOrLatest } from './transition-or-latest';

/** Undo is offered for this long after a removal: Exchange keeps the mailbox 30 days. */
export const UNDO_WINDOW_DAYS = 30;

export type UndoResult =
  | { kind: 'restored'; request: StoredRequest }
  | { kind: 'already-handled'; request: StoredRequest }
  | { kind: 'expired'; request: StoredRequest }
  | { kind: 'nothing-to-undo'; request: StoredRequest }
  | { kind: 'not-found' };

/** The moment undo stops being offered, or undefined when nothing was removed. */
export function undoDeadline(request: Pick<StoredRequest, 'outcomes' | 'state'>): Date | undefined {
  if (request.state !== 'completed' && request.state !== 'partially-completed') return undefined;
  const times = Object.values(request.outcomes ?? {}).flatMap((o) =>
    o.status === 'removed' ? [Date.parse(o.at)] : [],
  );
  if (times.length === 0) return undefined;
  return new Date(Math.min(...times) + UNDO_WINDOW_DAYS * 24 * 3600 * 1000);
}

/**
 * Reassigns exactly what a removal took (skuId with the user's disabledPlans), subject to free
 * seats: users beyond the free seats of a product fail with `graph/no-free-seats` without a call.
 * The caller checks that the actor may undo (a license admin); this checks the state and window.
 */
export async function undoRemoval(
  ctx: RemovalContext,
  requestId: string,
  actorId: string,
  onProgress?: (done: number, total: number) => void,
): Promise<UndoResult> {
  const started = await startUndo(ctx, requestId, actorId);
  return started.kind === 'started' ? runUndo(ctx, started.request, actorId, onProgress) : started;
}

export type StartUndoResult = { kind: 'started'; request: StoredRequest } | Exclude<UndoResult, { kind: 'restored' }>;

/** Step 1, before answering a click: check state and window, move to `restoring` (ETag-guarded). */
export async function startUndo(
  { repo, tenantId }: RemovalContext,
  requestId: string,
  actorId: string,
): Promise<StartUndoResult> {
  const doc = await repo.get(tenantId, requestId);
  if (!doc) return { kind: 'not-found' };
  const deadline = undoDeadline(doc);
  if (doc.state === 'restoring' || doc.state === 'restored') return { kind: 'already-handled', request: doc };
  if (!deadline) return { kind: 'nothing-to-undo', request: doc };
  if (repo.clock.now() > deadline) return { kind: 'expired', request: doc };

  // The state before undo is kept: an undo that restores nobody goes back to it, so it can be tried again.
  const moved = await transitionOrLatest(repo, doc, 'restoring', actorId, {
    undo: { by: actorId, outcomes: {}, from: doc.state },
  });
  if (moved.kind === 'not-found') return moved;
  return moved.kind === 'moved'
    ? { kind: 'started', request: moved.request }
    : { kind: 'already-handled', request: moved.request };
}

/** Step 2: the Graph calls, then `restored` with per-user undo outcomes. */
export async function runUndo(
  { graph, repo }: RemovalContext,
  restoring: StoredRequest,
  actorId: string,
  onProgress?: (done: number, total: number) => void,
): Promise<UndoResult> {
  const doc = restoring;

  const free = new Map((await graph.listSubscribedSkus()).map((s) => [(s.skuId ?? '').toLowerCase(), seatsOf(s).free]));
  const removedIds = Object.entries(doc.outcomes ?? {}).flatMap(([id, o]) => (o.status === 'removed' ? [id] : []));
  const current = await graph.getUsersByIds(removedIds);
  const outcomes: Record<string, UndoOutcome> = {};
  const changes: LicenseChange[] = [];
  for (const [userId, o] of Object.entries(doc.outcomes ?? {})) {
    if (o.status !== 'removed') continue;
    // A SKU the user still holds (through a group) takes no new seat when reassigned directly.
    const user = current.find((u) => u.id === userId);
    const needSeat = o.restore.filter((r) => !user || classifyAssignment(user, r.skuId).assignment === 'not-assigned');
    const short = needSeat.filter((r) => (free.get(r.skuId.toLowerCase()) ?? 0) < 1);
    if (short.length > 0) {
      outcomes[userId] = { status: 'failed', code: 'graph/no-free-seats', skuIds: o.skuIds };
      continue;
    }
    for (const r of needSeat) free.set(r.skuId.toLowerCase(), (free.get(r.skuId.toLowerCase()) ?? 0) - 1);
    changes.push({
      userId,
      addLicenses: o.restore.map((r) => ({ skuId: r.skuId, disabledPlans: r.disabledPlans })),
      removeLicenses: [],
    });
  }
  const total = changes.length + Object.keys(outcomes).length;
  let done = Object.keys(outcomes).length;
  onProgress?.(done, total);
  const at = () => repo.clock.now().toISOString();
  await graph.assignLicenses(changes, (result) => {
    const skuIds = changes.find((c) => c.userId === result.userId)?.addLicenses.map((a) => a.skuId) ?? [];
    outcomes[result.userId] = result.ok
      ? { status: 'restored', skuIds, at: at() }
      : {
          status: 'failed',
          code: result.error.code,
          skuIds,
          ...(result.error.requestId ? { graphRequestId: result.error.requestId } : {}),
        };
    done += 1;
    onProgress?.(done, total);
  });
  for (const [userId, o] of Object.entries(outcomes)) {
    await repo.record(restoring, outcomeEvent('undo-outcome', actorId, userId, o));
  }
  const anyRestored = Object.values(outcomes).some((o) => o.status === 'restored');
  const back = restoring.undo?.from ?? 'completed';
  const restored = await repo.transition(restoring, anyRestored ? 'restored' : back, actorId, {
    undo: { by: actorId, outcomes, from: back },
  });
  return { kind: 'restored', request: restored };
}
