// Did a benchmark run remove every license exactly once? Judged from the simulator's side (its
// live tenant state and admitted-call counter) and, for executor runs, from the stored request
// and audit trail. Pure, so the checks themselves are unit-tested.
import type { AuditEvent, RemovalRequest } from '../services/licensing/removal-request';
import type { TenantState } from '../services/tenant-simulator/tenant-state';

/** What a run left behind. */
export interface RunEvidence {
  /** Users the run was to remove `skuId` from. */
  userIds: readonly string[];
  skuId: string;
  /** The simulator's state after the run. */
  state: TenantState;
  /** `sim.stats().assignLicenseCalls`: operations past throttling, applied or answered with an error. */
  admittedCalls: number;
  /** Executor runs: the request as stored at the end, and its audit trail. */
  request?: Pick<RemovalRequest, 'state' | 'outcomes'>;
  audit?: readonly Pick<AuditEvent, 'type' | 'userId'>[];
}

/**
 * The verdict. `lost`: users who still hold the SKU, or whose outcome is not `removed`.
 * `doneTwice`: admitted calls beyond one per user, plus users with more than one outcome event.
 * `problems`: one line per failed check (empty = intact).
 */
export interface IntegrityReport {
  lost: number;
  doneTwice: number;
  problems: string[];
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export function checkRemovalIntegrity(evidence: RunEvidence): IntegrityReport {
  const { userIds, skuId, state } = evidence;
  const problems: string[] = [];
  const lostUsers = new Set<string>();

  for (const id of userIds) {
    const user = state.users.find((u) => same(u.id, id));
    const holds =
      !user ||
      user.assignedLicenses.some((l) => same(l.skuId, skuId)) ||
      user.licenseAssignmentStates.some((s) => same(s.skuId, skuId));
    if (holds) lostUsers.add(id);
  }
  if (lostUsers.size > 0) problems.push(`${lostUsers.size} user(s) still hold the SKU (or are missing)`);

  const sku = state.subscribedSkus.find((s) => same(s.skuId, skuId));
  const holders = state.users.filter((u) => u.assignedLicenses.some((l) => same(l.skuId, skuId))).length;
  if (sku?.consumedUnits !== holders) problems.push(`consumedUnits ${sku?.consumedUnits} ≠ ${holders} holder(s)`);

  let doneTwice = Math.max(0, evidence.admittedCalls - userIds.length);
  if (evidence.admittedCalls !== userIds.length)
    problems.push(`${evidence.admittedCalls} assignLicense call(s) admitted for ${userIds.length} user(s)`);

  if (evidence.request) {
    const { state: requestState, outcomes = {} } = evidence.request;
    if (requestState !== 'completed') problems.push(`request ended '${requestState}', not 'completed'`);
    const notRemoved = userIds.filter((id) => outcomes[id]?.status !== 'removed');
    for (const id of notRemoved) lostUsers.add(id);
    if (notRemoved.length > 0) problems.push(`${notRemoved.length} outcome(s) not 'removed'`);
  }

  if (evidence.audit) {
    const perUser = new Map<string, number>();
    for (const e of evidence.audit)
      if (e.type === 'user-outcome' && e.userId) perUser.set(e.userId, (perUser.get(e.userId) ?? 0) + 1);
    const repeated = [...perUser.values()].filter((n) => n > 1).length;
    const missing = userIds.filter((id) => !perUser.has(id)).length;
    doneTwice += repeated;
    if (repeated > 0) problems.push(`${repeated} user(s) with more than one outcome event`);
    if (missing > 0) problems.push(`${missing} user(s) without an outcome event`);
  }

  return { lost: lostUsers.size, doneTwice, problems };
}
