import type { View } from '../../../cards/views';
import { INPUTS } from '../../../cards/views';
import { INPUT_LIMITS } from '../../../cards/input-limits';
import { usersOutsideScope } from '../../../services/licensing/admin-scope';
import type { StoredRequest } from '../../../services/licensing/request-repository';
import { loadRequester } from '../../../services/licensing/requester-authority';
import type { CoreDeps } from '../core-deps';
import { approvalView, refreshTrackedMessages } from '../present-approval';
import { refusedView } from '../refusals';
import { scheduledView } from '../present-scheduled';
import { replanRequest } from '../replan-request';
import type { ActionTurn, CoreReply } from '../turns';
import { type ActionHandler, alreadyHandled, notice, notMoved, progressReply } from './action-context';
import { expireIfDue } from './expire-approval';

/**
 * Checks shared by approve and reject, in order: expiry, still pending, not one's own request,
 * one of the request's approvers (stored when it was sent: the admins, or APPROVER_GROUP_ID's
 * members), and still an admin in the directory now (not when the request was sent).
 */
async function checkDecider(
  deps: CoreDeps,
  turn: ActionTurn,
  doc: StoredRequest,
): Promise<{ ok: true; name: string } | { ok: false; reply: CoreReply }> {
  const current = await expireIfDue(deps, doc);
  if (current.state === 'expired') return { ok: false, reply: notice(doc.locale, 'expired') };
  if (current.state !== 'awaiting-approval') return { ok: false, reply: decidedNotice(current) };
  if (turn.userId === doc.requesterId) return { ok: false, reply: notice(doc.locale, 'self-approval') };
  if (!current.approval?.approverIds.includes(turn.userId))
    return { ok: false, reply: notice(doc.locale, 'not-an-approver') };
  const who = await loadRequester(deps.graph, turn.userId);
  if (who?.authority.kind !== 'admin') return { ok: false, reply: notice(doc.locale, 'not-an-approver') };
  // An administrative-unit admin approves only for users of their units (as they would remove).
  const users = (doc.plan?.users ?? []).map((u) => u.id);
  if ((await usersOutsideScope(deps.graph, who.authority.scope, users)).length > 0)
    return { ok: false, reply: notice(doc.locale, 'not-an-approver') };
  return { ok: true, name: who.user.displayName ?? turn.userId };
}

function decidedNotice(doc: StoredRequest): CoreReply {
  if (doc.approval?.decidedByName)
    return notice(doc.locale, 'already-handled', {
      by: doc.approval.decidedByName,
      at: doc.approval.decidedAt ?? doc.updatedAt,
      state: doc.state,
    });
  return alreadyHandled(doc);
}

/** First decision wins: the ETag-guarded transition out of awaiting-approval. */
async function decide(
  deps: CoreDeps,
  turn: ActionTurn,
  doc: StoredRequest,
  to: 'approved' | 'rejected',
  name: string,
): Promise<StoredRequest | CoreReply> {
  const comment = (turn.inputs[INPUTS.comment] ?? '').trim().slice(0, INPUT_LIMITS.comment);
  const decision = { by: turn.userId, byName: name, ...(comment ? { comment } : {}) };
  const moved = await (to === 'approved' ? deps.removals.approve(doc, decision) : deps.removals.reject(doc, decision));
  return moved.kind === 'moved' ? moved.request : notMoved(moved, doc.locale, decidedNotice);
}

function isReply(x: StoredRequest | CoreReply): x is CoreReply {
  return 'view' in x;
}

export const rejectRemoval: ActionHandler = async (deps, turn, doc) => {
  const check = await checkDecider(deps, turn, doc);
  if (!check.ok) return check.reply;
  const rejected = await decide(deps, turn, doc, 'rejected', check.name);
  if (isReply(rejected)) return rejected;
  await refreshTrackedMessages(deps, rejected);
  const a = rejected.approval;
  await deps.notifier
    .sendToUser(rejected.requesterId, {
      kind: 'notice',
      locale: rejected.locale,
      code: 'rejected',
      params: { by: a?.decidedByName ?? '', at: a?.decidedAt ?? '', comment: a?.comment ?? '' },
    })
    .catch(() => undefined);
  return { view: approvalView(rejected) };
};

/**
 * Approve, then run it: re-planned against the tenant as it is now (a license may be gone, a user
 * may no longer report to the requester), executed with the approver as the actor.
 */
export const approveRemoval: ActionHandler = async (deps, turn, doc) => {
  const check = await checkDecider(deps, turn, doc);
  if (!check.ok) return check.reply;
  const approved = await decide(deps, turn, doc, 'approved', check.name);
  if (isReply(approved)) return approved;
  await refreshTrackedMessages(deps, approved);

  // Approved ahead of its date: it runs then (scheduled), not now.
  const schedule = approved.schedule;
  if (schedule && Date.parse(schedule.at) > deps.removals.clock.now().getTime()) {
    const moved = await deps.removals.schedule(approved, turn.userId, schedule);
    if (moved.kind !== 'moved') return notMoved(moved, doc.locale);
    await deps.notifier
      .sendToUser(
        doc.requesterId,
        scheduledView(doc.locale, schedule.timeZone, 'just-scheduled', [moved.request], doc.requesterId),
      )
      .catch(() => undefined);
    return { view: approvalView(moved.request) };
  }

  const replan = await replanRequest(deps, doc);
  const plan = replan?.kind === 'plans' ? replan.plans[0] : undefined;
  if (!plan) {
    const cancelled = await deps.removals.cancel(approved, turn.userId);
    if (cancelled.kind !== 'moved') return notMoved(cancelled, doc.locale);
    await refreshTrackedMessages(deps, cancelled.request);
    const view: View = refusedView(doc.locale, 'not-direct-report', replan?.kind === 'refused' ? replan.people : []);
    await deps.notifier.sendToUser(doc.requesterId, view).catch(() => undefined);
    return { view };
  }
  const replanned = await deps.removals.updateOrLatest(approved, { plan });
  if (replanned.kind !== 'moved') return notMoved(replanned, doc.locale);
  const started = await deps.removals.start(replanned.request.id, turn.userId);
  if (started.kind !== 'started')
    return started.kind === 'not-found' ? notice(doc.locale, 'unknown-request') : alreadyHandled(started.request);
  const total = Object.keys(started.request.outcomes ?? {}).length;
  return progressReply(
    deps,
    doc,
    { operation: 'remove', done: 0, total },
    async (onProgress) => {
      const result = await deps.removals.run(started.request, turn.userId, onProgress);
      return result.kind === 'executed' ? result.request : undefined;
    },
    async (final) => {
      const latest = await deps.removals.get(doc.id);
      if (latest) await refreshTrackedMessages(deps, latest, final);
      await deps.notifier.sendToUser(doc.requesterId, final).catch(() => undefined);
    },
  );
};
