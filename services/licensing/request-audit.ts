import type { AuditEvent, RemovalRequest, TransitionRecord, UndoOutcome, UserOutcome } from './removal-request';

/**
 * Audit event ids derived from the request, so an event written twice (by a run and by the resume
 * after it crashed) is one event: the store refuses the second create. One id per transition (its
 * place in the request's history), one per user outcome (a user ends a removal once), one per user
 * and undo attempt (the place of its `restoring` transition).
 */
export const auditEventId = {
  transition: (requestId: string, index: number): string => `${requestId}.t${index}`,
  outcome: (requestId: string, userId: string): string => `${requestId}.u.${userId}`,
  undo: (requestId: string, restoringIndex: number, userId: string): string =>
    `${requestId}.undo${restoringIndex}.${userId}`,
};

type RequestForAudit = Pick<RemovalRequest, 'id' | 'transitions'>;

/** Whether the request's history starts at its creation, so every event it implies can be rebuilt. */
export function isAuditReconstructible(doc: RequestForAudit): boolean {
  const first = doc.transitions?.[0];
  return first !== undefined && first.from === undefined;
}

/** Where the last undo attempt started in the history (-1: never undone, or history unknown). */
export function lastRestoringIndex(doc: RequestForAudit): number {
  return (doc.transitions ?? []).map((t) => t.to).lastIndexOf('restoring');
}

/**
 * The id an event gets when written for `doc`: derived for requests with a history, random (as
 * before) for older ones, whose trail cannot be rebuilt and so cannot collide.
 */
export function auditIdFor(
  doc: RequestForAudit,
  event: Pick<AuditEvent, 'type' | 'userId'>,
  random: () => string,
): string {
  if (!doc.transitions || doc.transitions.length === 0) return random();
  if (event.type === 'transition') return auditEventId.transition(doc.id, doc.transitions.length - 1);
  if (event.type === 'user-outcome' && event.userId) return auditEventId.outcome(doc.id, event.userId);
  const restoring = lastRestoringIndex(doc);
  if (event.type === 'undo-outcome' && event.userId && restoring >= 0)
    return auditEventId.undo(doc.id, restoring, event.userId);
  return random();
}

function outcomeFields(outcome: UserOutcome | UndoOutcome): Pick<AuditEvent, 'skuIds' | 'outcome' | 'code'> {
  const code = outcome.status === 'skipped' ? outcome.reason : outcome.status === 'failed' ? outcome.code : undefined;
  return { skuIds: outcome.skuIds, outcome: outcome.status, ...(code ? { code } : {}) };
}

/**
 * Every audit event the request document implies: one per transition in its history, one per
 * user whose removal outcome is settled (not `pending`), one per user of a finished undo. Resume
 * writes those the audit lacks. Times come from the document (the transition, or the outcome's
 * own time), so a rebuilt event says when it happened, not when it was repaired.
 */
export function auditEventsOf(doc: RemovalRequest): AuditEvent[] {
  if (!isAuditReconstructible(doc)) return [];
  const history = doc.transitions ?? [];
  const base = { tenantId: doc.tenantId, kind: 'audit' as const, requestId: doc.id };
  const events: AuditEvent[] = history.map((t, index) => transitionEventOf(doc, t, index));
  const executing = history.findLast((t) => t.to === 'executing');
  const actorId = doc.executedBy ?? executing?.actorId ?? doc.requesterId;
  for (const [userId, outcome] of Object.entries(doc.outcomes ?? {})) {
    if (outcome.status === 'pending') continue;
    events.push({
      ...base,
      id: auditEventId.outcome(doc.id, userId),
      at: outcome.status === 'removed' ? outcome.at : (executing?.at ?? doc.updatedAt),
      actorId,
      type: 'user-outcome',
      userId,
      ...outcomeFields(outcome),
    });
  }
  const restoring = lastRestoringIndex(doc);
  // Undo outcomes are final once the request has left `restoring` (they are written with that move).
  if (doc.undo && restoring >= 0 && doc.state !== 'restoring') {
    const at = history[restoring + 1]?.at ?? doc.updatedAt;
    for (const [userId, outcome] of Object.entries(doc.undo.outcomes)) {
      events.push({
        ...base,
        id: auditEventId.undo(doc.id, restoring, userId),
        at: outcome.status === 'restored' ? outcome.at : at,
        actorId: doc.undo.by,
        type: 'undo-outcome',
        userId,
        ...outcomeFields(outcome),
      });
    }
  }
  return events;
}

/** The event of the `index`-th move in the request's history (its creation is index 0). */
function transitionEventOf(doc: RemovalRequest, t: TransitionRecord, index: number): AuditEvent {
  return {
    tenantId: doc.tenantId,
    kind: 'audit',
    requestId: doc.id,
    id: auditEventId.transition(doc.id, index),
    at: t.at,
    actorId: t.actorId,
    type: 'transition',
    ...(t.from ? { from: t.from } : {}),
    to: t.to,
  };
}

/**
 * The event of the request's creation, for a request whose history starts there. The chat turn
 * that creates a request does not write it (see `RequestRepository.create`): its first move does.
 */
export function creationEventOf(doc: RemovalRequest): AuditEvent | undefined {
  const first = doc.transitions?.[0];
  return first && isAuditReconstructible(doc) ? transitionEventOf(doc, first, 0) : undefined;
}
