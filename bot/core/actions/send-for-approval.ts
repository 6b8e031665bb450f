import { INPUT_LIMITS } from '../../../cards/input-limits';
import { INPUTS } from '../../../cards/views';
import { listApprovers } from '../../../services/licensing/approvers';
import { loadRequester } from '../../../services/licensing/requester-authority';
import type { MessageRef } from '../notifier';
import { approvalView } from '../present-approval';
import { refusedView } from '../refusals';
import { narrowReclaim } from './reclaim-selection';
import { type ActionHandler, alreadyHandled, notice, notMoved } from './action-context';

/**
 * A manager sends a planned removal for approval. Checked again now: the requester must still
 * manage every user in the plan. Approvers get a card each; who could not be reached is listed.
 */
export const sendForApproval: ActionHandler = async (deps, turn, stored) => {
  let doc = stored;
  if (doc.requesterId !== turn.userId) return notice(doc.locale, 'not-your-request');
  if (doc.state !== 'awaiting-confirmation' || !doc.plan) return alreadyHandled(doc);
  if (doc.plan.mode !== 'needs-approval') return alreadyHandled(doc);
  const who = await loadRequester(deps.graph, turn.userId);
  const reports = who?.authority.kind === 'manager' ? who.authority.directReportIds : [];
  const outsiders = doc.plan.users.filter((u) => !reports.includes(u.id));
  if (!who || outsiders.length > 0) {
    return {
      view: refusedView(
        doc.locale,
        'not-direct-report',
        outsiders.map((u) => u.displayName),
        who?.admins,
      ),
    };
  }
  // A reclaim: approvers see (and approve) only the candidates left checked.
  const narrowed = await narrowReclaim(deps, turn, doc);
  if (narrowed.kind === 'reply') return narrowed.reply;
  doc = narrowed.doc;
  // Approvers are admins whose scope reaches every user of the plan (an AU admin only their unit's).
  const approvers = await listApprovers(
    deps.graph,
    turn.userId,
    deps.approvals.approverGroupId,
    (doc.plan?.users ?? []).map((u) => u.id),
  );
  const now = deps.removals.clock.now();
  const reason = (turn.inputs[INPUTS.reason] ?? '').trim().slice(0, INPUT_LIMITS.reason);
  const moved = await deps.removals.sendForApproval(doc, turn.userId, {
    requester: {
      id: turn.userId,
      displayName: who.user.displayName ?? doc.requesterName,
      address: who.user.mail ?? who.user.userPrincipalName ?? '',
      ...(who.user.department ? { department: who.user.department } : {}),
    },
    ...(reason ? { reason } : {}),
    approverIds: approvers.map((a) => a.id),
    expiresAt: new Date(now.getTime() + deps.approvals.expiryDays * 24 * 3600 * 1000).toISOString(),
  });
  if (moved.kind !== 'moved') return notMoved(moved, doc.locale);
  const pending = moved.request;
  const card = approvalView(pending);
  const sent = await Promise.all(
    approvers.map(async (a) => ({
      approver: a,
      ref: await deps.notifier.sendToUser(a.id, card).catch(() => undefined),
    })),
  );
  const refs = sent.flatMap((s) => (s.ref ? [s.ref] : []));
  if (refs.length > 0)
    await deps.removals.merge(doc.id, (d) => ({
      messages: [...(d.messages ?? []), ...refs] satisfies MessageRef[],
    }));
  const reached = sent.filter((s) => s.ref).map((s) => s.approver.displayName);
  const unreachable = sent.filter((s) => !s.ref).map((s) => s.approver.displayName);
  deps.logger.info({ requestId: doc.id, approvers: approvers.length, reached: reached.length }, 'sent for approval');
  const sentNotice = notice(doc.locale, 'sent-for-approval', {
    approvers: reached,
    unreachable,
    expires: pending.approval?.expiresAt ?? '',
  });
  // The requester can still withdraw the request until someone decides (cancelRequest updates the approvers' cards).
  return { view: { ...sentNotice.view, kind: 'notice', code: 'sent-for-approval', cancelRequestId: doc.id } };
};
