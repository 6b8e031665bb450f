import { planRemoval, type PlanOutcome } from '../../../services/licensing/plan-removal';
import type { RemovalPlan } from '../../../services/licensing/removal-plan';
import { ask, type LicensingHarness, startLicensingHarness } from '../../support/licensing-harness';

// Petra Sandell is License Administrator only within the administrative unit "Sälj" (Sales).
const AU_ADMIN = 'petra.sandell@contoso.se';
const GROUP_ADMIN = 'linnea.dahl@contoso.se';
const ELIGIBLE_ONLY = 'nora.ahmadi@contoso.se';

function onlyPlan(outcome: PlanOutcome): RemovalPlan {
  if (outcome.kind !== 'plans') throw new Error(`expected plans, got ${JSON.stringify(outcome).slice(0, 300)}`);
  const [plan] = outcome.plans;
  if (!plan) throw new Error('no plan');
  return plan;
}

describe('planner: authority from role assignments, per administrative unit', () => {
  let h: LicensingHarness;
  beforeEach(async () => {
    h = await startLicensingHarness();
  });
  afterEach(() => h.close());

  it('an AU-scoped admin removes directly inside the unit; a user outside is skipped, naming the unit', async () => {
    const plan = onlyPlan(await h.plan(AU_ADMIN, ask(['Oskar Lund', 'Anna Lindberg'], ['Power BI Pro'])));
    expect(plan.mode).toBe('direct');
    const reasons = plan.entries.map((e) => [e.userId, e.reason, e.adminUnits?.map((u) => u.displayName)]);
    expect(reasons).toEqual([
      [h.userId('oskar.lund@contoso.se'), 'remove', undefined],
      [h.userId('anna.lindberg@contoso.se'), 'outside-admin-unit', ['Sälj']],
    ]);
    // Nothing of the outsider counts: no consequences, no seat freed for her.
    expect(plan.consequences.map((c) => c.userId)).toEqual([h.userId('oskar.lund@contoso.se')]);
    expect(plan.seatChanges).toEqual([expect.objectContaining({ freed: 1 })]);
  });

  it('when the unit loses a member, the same request skips them', async () => {
    const unit = h.sim.state.administrativeUnits?.[0];
    const oskar = h.userId('oskar.lund@contoso.se');
    unit?.members.splice(unit.members.indexOf(oskar), 1);
    const plan = onlyPlan(await h.plan(AU_ADMIN, ask(['Oskar Lund'], ['Power BI Pro'])));
    expect(plan.entries.map((e) => e.reason)).toEqual(['outside-admin-unit']);
  });

  it('a group-based License Administrator plans like a direct one', async () => {
    const plan = onlyPlan(await h.plan(GROUP_ADMIN, ask(['Anna Lindberg'], ['Power BI Pro'])));
    expect([plan.mode, plan.entries.map((e) => e.reason)]).toEqual(['direct', ['remove']]);
  });

  it('a PIM-eligible License Administrator (not activated) is refused', async () => {
    const outcome = await planRemoval(h.graph, h.userId(ELIGIBLE_ONLY), ask(['Anna Lindberg'], ['Power BI Pro']));
    expect(outcome).toMatchObject({ kind: 'refused', code: 'not-allowed' });
    if (outcome.kind !== 'refused') return;
    // The people who can help: every admin, the group-based and the unit-scoped ones included.
    expect(outcome.admins.map((a) => a.displayName)).toEqual(
      expect.arrayContaining(['Maria Nilsson', 'Linnea Dahl', 'Petra Sandell']),
    );
  });
});
