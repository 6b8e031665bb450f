/** The current view of a stored request, whatever state it is in (used after clicks and on refresh). */
import type { ResultView, UserOutcomeView, View } from '../../cards/views';
import type { RemovalRequest, UndoOutcome, UserOutcome } from '../../services/licensing/removal-request';
import type { StoredRequest } from '../../services/licensing/request-repository';
import { undoDeadline } from '../../services/licensing/undo-removal';
import {
  canSkipPerson,
  clarifyView,
  confirmView,
  scheduleExtras,
  entryView,
  personView,
  productView,
} from './present-plan';
import { reclaimView } from './present-reclaim';
import { scheduledView } from './present-scheduled';

export function viewOfRequest(doc: StoredRequest, now: Date): View {
  const locale = doc.locale;
  switch (doc.state) {
    case 'clarifying': {
      const first = doc.clarifications?.[0];
      return first
        ? clarifyView(doc.id, locale, first, canSkipPerson(doc.ask))
        : { kind: 'notice', locale, code: 'internal-error' };
    }
    case 'awaiting-confirmation':
      if (doc.plan && doc.reclaim) return reclaimView(doc.id, locale, doc.reclaim, doc.plan);
      return doc.plan
        ? confirmView(doc.id, doc.requesterId, locale, doc.plan, scheduleExtras(doc.schedule))
        : { kind: 'notice', locale, code: 'internal-error' };
    case 'scheduled':
      return scheduledView(locale, doc.schedule?.timeZone ?? 'UTC', 'just-scheduled', [doc], doc.requesterId);
    case 'executing':
    case 'restoring':
      return progressOf(doc);
    case 'completed':
    case 'partially-completed':
    case 'failed':
    case 'restored':
      return resultView(doc, now);
    case 'cancelled':
      return { kind: 'notice', locale, code: 'cancelled' };
    case 'expired':
      return { kind: 'notice', locale, code: 'expired' };
    case 'rejected':
      return {
        kind: 'notice',
        locale,
        code: 'rejected',
        params: { by: doc.approval?.decidedByName ?? '', comment: doc.approval?.comment ?? '' },
      };
    case 'awaiting-approval':
      // Until someone decides, the requester may still withdraw it.
      return { kind: 'notice', locale, code: 'sent-for-approval', cancelRequestId: doc.id };
    case 'approved':
      return { kind: 'notice', locale, code: 'sent-for-approval' };
  }
}

function progressOf(doc: RemovalRequest): View {
  const outcomes = Object.values(doc.outcomes ?? {});
  const undoing = doc.state === 'restoring';
  const done = undoing
    ? Object.keys(doc.undo?.outcomes ?? {}).length
    : outcomes.filter((o) => o.status !== 'pending').length;
  const total = undoing ? outcomes.filter((o) => o.status === 'removed').length : outcomes.length;
  return {
    kind: 'progress',
    locale: doc.locale,
    requestId: doc.id,
    done,
    total,
    operation: undoing ? 'undo' : 'remove',
  };
}

function productNames(doc: RemovalRequest, skuIds: string[]): string[] {
  return skuIds.map((id) => doc.plan?.products.find((p) => p.skuId === id)?.displayName ?? id);
}

function outcomeView(doc: RemovalRequest, userId: string, o: UserOutcome): UserOutcomeView {
  const products = productNames(doc, o.skuIds);
  switch (o.status) {
    case 'removed':
      return { userId, status: 'removed', products };
    case 'pending':
      return { userId, status: 'pending', products };
    case 'failed':
      return {
        userId,
        status: 'failed',
        code: o.code,
        products,
        ...(o.graphRequestId ? { requestId: o.graphRequestId } : {}),
      };
    case 'skipped': {
      // "Nothing removable" means the plan had only skips for this user: show the plan's reason.
      const planned = doc.plan?.entries.find(
        (e) => e.userId === userId && e.reason !== 'remove' && e.reason !== 'remove-stays-via-group',
      );
      const reason =
        o.reason === 'nothing-removable' && planned
          ? planned.reason
          : o.reason === 'nothing-removable'
            ? 'not-assigned'
            : o.reason;
      return {
        userId,
        status: 'skipped',
        reason,
        products: o.skuIds.length > 0 ? products : productNames(doc, planned ? [planned.skuId] : []),
      };
    }
  }
}

function undoOutcomeView(doc: RemovalRequest, userId: string, o: UndoOutcome): UserOutcomeView {
  const products = productNames(doc, o.skuIds);
  return o.status === 'restored'
    ? { userId, status: 'removed', products }
    : {
        userId,
        status: 'failed',
        code: o.code,
        products,
        ...(o.graphRequestId ? { requestId: o.graphRequestId } : {}),
      };
}

/** A product's seats as Graph counts them now (total = enabled units, used = consumed units). */
export interface LiveSeats {
  skuId: string;
  total: number;
  used: number;
}

/**
 * The result. `live`: the tenant's seat counts read after the run, so "freed 2 of 30 seats
 * (24 → 22 in use)" is what the subscription says now, not what it said when the card was drawn.
 */
export function resultView(doc: StoredRequest, now: Date, live?: readonly LiveSeats[]): ResultView {
  const plan = doc.plan;
  const outcomes = doc.outcomes ?? {};
  const removedUsers = new Set(Object.entries(outcomes).flatMap(([id, o]) => (o.status === 'removed' ? [id] : [])));
  const undoOutcomes = doc.undo
    ? Object.entries(doc.undo.outcomes).map(([id, o]) => undoOutcomeView(doc, id, o))
    : undefined;
  const state: ResultView['state'] =
    doc.state === 'restored'
      ? Object.values(doc.undo?.outcomes ?? {}).some((o) => o.status === 'failed')
        ? 'partially-restored'
        : 'restored'
      : doc.state === 'partially-completed' || doc.state === 'failed'
        ? doc.state
        : 'completed';
  const view: ResultView = {
    kind: 'result',
    locale: doc.locale,
    requestId: doc.id,
    state,
    users: (plan?.users ?? []).map(personView),
    outcomes: Object.entries(outcomes).map(([id, o]) => outcomeView(doc, id, o)),
    consequences: (plan?.consequences ?? [])
      .filter((c) => removedUsers.has(c.userId))
      .map((c) => ({ userId: c.userId, items: c.items.map((i) => ({ ...i })) })),
    seatChanges: seatChangesDone(doc, removedUsers, live),
    // The plan's reasons per user × product, so the result can say why a product was skipped —
    // also for a user whose other licenses were removed.
    entries: (plan?.entries ?? []).map(entryView),
    products: (plan?.products ?? []).map(productView),
  };
  const deadline = undoDeadline(doc);
  if (deadline && deadline > now) view.undoUntil = deadline.toISOString();
  if (undoOutcomes) view.undoOutcomes = undoOutcomes;
  const batchIds = doc.batchIds ?? [];
  const index = batchIds.indexOf(doc.id);
  const next = index >= 0 ? batchIds[index + 1] : undefined;
  if (next) view.nextBatch = { requestId: next, index: index + 2, count: batchIds.length };
  if (doc.approval?.decidedByName) view.approvedBy = doc.approval.decidedByName;
  return view;
}

/**
 * Seats really freed: only users whose removal happened and who do not keep the license through a
 * group. With `live` counts, "in use" after is the tenant's count now and before is now + freed.
 */
function seatChangesDone(
  doc: RemovalRequest,
  removedUsers: Set<string>,
  live?: readonly LiveSeats[],
): ResultView['seatChanges'] {
  const plan = doc.plan;
  if (!plan || doc.state === 'restored') return [];
  return plan.seatChanges.map((s) => {
    const freed = plan.entries.filter(
      (e) =>
        e.skuId === s.skuId &&
        e.reason === 'remove' &&
        removedUsers.has(e.userId) &&
        (doc.outcomes?.[e.userId]?.skuIds ?? []).includes(e.skuId),
    ).length;
    const now = live?.find((l) => l.skuId.toLowerCase() === s.skuId.toLowerCase());
    if (now) {
      return { product: s.displayName, total: now.total, usedBefore: now.used + freed, usedAfter: now.used, freed };
    }
    return { product: s.displayName, total: s.total, usedBefore: s.usedBefore, usedAfter: s.usedBefore - freed, freed };
  });
}
