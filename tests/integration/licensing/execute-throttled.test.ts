import { addUsersHolding, ask, startLicensingHarness, type LicensingHarness } from '../../support/licensing-harness';

// 60 users through Graph's write quota scaled down to 20 writes a second: every one removed,
// none twice, by three 20-user batches running at once through one client.
const USERS = 60;

describe('executeRemoval under throttling', () => {
  let h: LicensingHarness;
  beforeAll(async () => {
    h = await startLicensingHarness({
      mutate: (tenant) => addUsersHolding(tenant, 'PROJECTPROFESSIONAL', USERS),
      simulator: { throttling: { writeQuota: { writes: 20, windowMs: 1000 } } },
    });
  });
  afterAll(() => h.close());

  it('removes every user exactly once', async () => {
    const upns = Array.from({ length: USERS }, (_, i) => `bulk.user.${String(i).padStart(3, '0')}@contoso.se`);
    const outcome = await h.plan('maria.nilsson@contoso.se', ask(upns, ['Project Plan 3']));
    if (outcome.kind !== 'plans') throw new Error(JSON.stringify(outcome).slice(0, 300));
    expect(outcome.plans.map((p) => p.users.length)).toEqual([20, 20, 20]);
    const docs = await Promise.all(outcome.plans.map((p) => h.createRequest('maria.nilsson@contoso.se', p)));
    const consumedBefore = h.consumed('PROJECTPROFESSIONAL');

    const results = await Promise.all(docs.map((d) => h.removals.remove(d.id, h.userId('maria.nilsson@contoso.se'))));

    expect(results.map((r) => (r.kind === 'executed' ? r.request.state : r.kind))).toEqual([
      'completed',
      'completed',
      'completed',
    ]);
    expect(h.sim.stats().throttled).toBeGreaterThan(0);
    expect(h.sim.stats().assignLicenseCalls).toBe(USERS);
    expect(upns.filter((upn) => h.holds(upn, 'PROJECTPROFESSIONAL'))).toEqual([]);
    expect(h.consumed('PROJECTPROFESSIONAL')).toBe(consumedBefore - USERS);
    const outcomes = results.flatMap((r) => (r.kind === 'executed' ? Object.values(r.request.outcomes ?? {}) : []));
    expect(outcomes.filter((o) => o.status === 'removed')).toHaveLength(USERS);
  });
});
