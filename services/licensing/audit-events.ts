import type { AuditEvent, UndoOutcome, UserOutcome } from './removal-request';

/** What `RequestRepository.record` adds itself (id, tenant, time, request) is left out. */
export type AuditEventInput = Omit<AuditEvent, 'id' | 'tenantId' | 'kind' | 'at' | 'requestId'>;

/**
 * The one builder of per-user audit events, for removals and undos alike, so every writer says
 * the same: the outcome, and its reason code (why a user was skipped, or Graph's error code).
 */
export function outcomeEvent(
  type: 'user-outcome' | 'undo-outcome',
  actorId: string,
  userId: string,
  outcome: UserOutcome | UndoOutcome,
): AuditEventInput {
  const code = outcome.status === 'skipped' ? outcome.reason : outcome.status === 'failed' ? outcome.code : undefined;
  return {
    actorId,
    type,
    userId,
    skuIds: outcome.skuIds,
    outcome: outcome.status,
    ...(code ? { code } : {}),
  };
}
