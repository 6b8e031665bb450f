import type { ApprovalView, View } from '../../cards/views';
import type { StoredRequest } from '../../services/licensing/request-repository';
import type { CoreDeps } from './core-deps';
import { confirmView, personView } from './present-plan';

/** The approval card for one request, in the state it is in now. */
export function approvalView(doc: StoredRequest): ApprovalView {
  const plan = doc.plan;
  const confirm = plan ? confirmView(doc.id, doc.requesterId, doc.locale, plan) : undefined;
  const a = doc.approval;
  const status: ApprovalView['status'] =
    doc.state === 'awaiting-approval'
      ? 'pending'
      : doc.state === 'rejected'
        ? 'rejected'
        : doc.state === 'expired'
          ? 'expired'
          : doc.state === 'cancelled'
            ? 'cancelled'
            : 'approved';
  const view: ApprovalView = {
    kind: 'approval',
    locale: doc.locale,
    requestId: doc.id,
    requester: {
      id: doc.requesterId,
      displayName: a?.requester.displayName ?? doc.requesterName,
      address: a?.requester.address ?? '',
      accountEnabled: true,
      ...(a?.requester.department ? { department: a.requester.department } : {}),
    },
    products: confirm?.products ?? [],
    users: (plan?.users ?? []).map(personView),
    consequences: confirm?.consequences ?? [],
    seatChanges: confirm?.seatChanges ?? [],
    status,
  };
  if (a?.reason) view.reason = a.reason;
  if (a?.decidedByName) view.decidedBy = a.decidedByName;
  if (a?.decidedAt) view.decidedAt = a.decidedAt;
  if (a?.comment) view.comment = a.comment;
  if (doc.schedule) view.scheduledFor = { at: doc.schedule.at, timeZone: doc.schedule.timeZone };
  return view;
}

/** Every approver's card and any other tracked message of the request shows its current state. */
export async function refreshTrackedMessages(
  deps: CoreDeps,
  doc: StoredRequest,
  view: View = approvalView(doc),
): Promise<void> {
  await Promise.all(
    (doc.messages ?? []).map((ref) =>
      deps.notifier
        .update(ref, view)
        .catch((e: unknown) => deps.logger.warn({ err: e, requestId: doc.id }, 'could not update a message')),
    ),
  );
}
