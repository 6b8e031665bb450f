import { undoDeadline } from '../../../services/licensing/undo-removal';
import { addUsersHolding, ask, startLicensingHarness, type LicensingHarness } from '../../support/licensing-harness';

// Issue 15, defect 5: with answers later than GRAPH_TIMEOUT_MS, 40 of 40 users were removed in
// Graph and all 40 reported failed (graph/timeout); the request was `failed` and undo refused.
const USERS = 20;

describe('executeRemoval with write answers later than the timeout', () => {
  let h: LicensingHarness;
  beforeAll(async () => {
    h = await startLicensingHarness({
      mutate: (tenant) => addUsersHolding(tenant, 'PROJECTPROFESSIONAL', USERS),
      graph: { timeoutMs: 300 },
    });
  });
  afterAll(() => h.close());

  it('records every user Graph removed as removed, with restore data, and offers undo', async () => {
    const upns = Array.from({ length: USERS }, (_, i) => `bulk.user.${String(i).padStart(3, '0')}@contoso.se`);
    const doc = await h.requestRemoval('maria.nilsson@contoso.se', ask(upns, ['Project Plan 3']));
    h.sim.setFaults({ writeLatencyMs: 700 });
    const result = await h.removals.remove(doc.id, h.userId('maria.nilsson@contoso.se'));
    h.sim.setFaults({});
    if (result.kind !== 'executed') throw new Error(result.kind);
    expect(result.request.state).toBe('completed');
    const outcomes = Object.values(result.request.outcomes ?? {});
    expect(outcomes.map((o) => o.status)).toEqual(upns.map(() => 'removed'));
    expect(outcomes.every((o) => o.status === 'removed' && o.restore.length === 1)).toBe(true);
    expect(upns.filter((upn) => h.holds(upn, 'PROJECTPROFESSIONAL'))).toEqual([]);
    expect(Object.values(h.sim.stats().assignLicenseByUser).every((n) => n === 1)).toBe(true);
    expect(undoDeadline(result.request)).toBeInstanceOf(Date);
  });
});
