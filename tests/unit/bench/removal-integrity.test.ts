import { BENCH_SKU_ID, buildBenchTenant } from '../../../bench/bench-tenant';
import { checkRemovalIntegrity, type RunEvidence } from '../../../bench/removal-integrity';
import type { UserOutcome } from '../../../services/licensing/removal-request';
import type { TenantState } from '../../../services/tenant-simulator/tenant-state';

/** The state a perfect run leaves: nobody holds the SKU, no seat is used. */
function removedState(count: number): TenantState {
  const state = buildBenchTenant(count);
  for (const user of state.users) {
    user.assignedLicenses = [];
    user.licenseAssignmentStates = [];
  }
  const [sku] = state.subscribedSkus;
  if (sku) sku.consumedUnits = 0;
  return state;
}

function perfectRun(count: number): RunEvidence {
  const state = removedState(count);
  const userIds = state.users.map((u) => u.id);
  const removed: UserOutcome = { status: 'removed', skuIds: [BENCH_SKU_ID], restore: [], at: '2024-01-01T00:00:00Z' };
  return {
    userIds,
    skuId: BENCH_SKU_ID,
    state,
    admittedCalls: count,
    request: { state: 'completed', outcomes: Object.fromEntries(userIds.map((id) => [id, removed])) },
    audit: userIds.map((userId) => ({ type: 'user-outcome' as const, userId })),
  };
}

describe('checkRemovalIntegrity', () => {
  it('passes a run that removed every user once', () => {
    expect(checkRemovalIntegrity(perfectRun(4))).toEqual({ lost: 0, doneTwice: 0, problems: [] });
  });

  it('counts a user who still holds the SKU as lost', () => {
    const run = perfectRun(4);
    const full = buildBenchTenant(4);
    const kept = full.users[2];
    if (kept) run.state.users[2] = kept;
    const [sku] = run.state.subscribedSkus;
    if (sku) sku.consumedUnits = 1;
    const report = checkRemovalIntegrity(run);
    expect(report.lost).toBe(1);
    expect(report.problems).toEqual(['1 user(s) still hold the SKU (or are missing)']);
  });

  it('counts calls admitted beyond one per user, and repeated outcome events, as done twice', () => {
    const run = { ...perfectRun(4), admittedCalls: 5 };
    run.audit = [...(run.audit ?? []), { type: 'user-outcome', userId: run.userIds[0] ?? '' }];
    const report = checkRemovalIntegrity(run);
    expect(report.doneTwice).toBe(2);
    expect(report.problems).toHaveLength(2);
  });

  it('fails a request that did not complete or has an outcome other than removed', () => {
    const run = perfectRun(3);
    const id = run.userIds[1] ?? '';
    run.request = {
      state: 'partially-completed',
      outcomes: {
        ...run.request?.outcomes,
        [id]: { status: 'failed', code: 'graph/throttled', skuIds: [BENCH_SKU_ID] },
      },
    };
    const report = checkRemovalIntegrity(run);
    expect(report.lost).toBe(1);
    expect(report.problems).toEqual([
      "request ended 'partially-completed', not 'completed'",
      "1 outcome(s) not 'removed'",
    ]);
  });

  it('notices consumedUnits out of step with the holders, and fewer calls than users', () => {
    const run = { ...perfectRun(2), admittedCalls: 1 };
    const [sku] = run.state.subscribedSkus;
    if (sku) sku.consumedUnits = 2;
    expect(checkRemovalIntegrity(run).problems).toEqual([
      'consumedUnits 2 ≠ 0 holder(s)',
      '1 assignLicense call(s) admitted for 2 user(s)',
    ]);
  });
});
