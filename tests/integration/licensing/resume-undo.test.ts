import { Removals } from '../../../services/licensing/removals';
import { ask, startLicensingHarness, type LicensingHarness } from '../../support/licensing-harness';

const ADMIN = 'maria.nilsson@contoso.se';
const BO = 'bo.ek@contoso.se';

// An undo whose process died after it moved the request to `restoring` is finished by the next
// start's resume, as an interrupted removal is.
describe('resuming an interrupted undo', () => {
  let h: LicensingHarness;
  beforeAll(async () => {
    h = await startLicensingHarness();
  });
  afterAll(() => h.close());

  it('reassigns what was removed, ends restored, with one undo event per user', async () => {
    const doc = await h.requestRemoval(ADMIN, ask([BO], ['E3']));
    expect((await h.removals.remove(doc.id, h.userId(ADMIN))).kind).toBe('executed');
    expect(h.holdsDirectly(BO, 'ENTERPRISEPACK')).toBe(false);
    const started = await h.removals.startUndo(doc.id, h.userId(ADMIN));
    expect(started.kind).toBe('started');
    // …and the process dies before the Graph work.

    expect(await new Removals(h.graph, h.repo, h.tenantId).resume()).toBe(1);
    expect(h.holdsDirectly(BO, 'ENTERPRISEPACK')).toBe(true);
    expect((await h.repo.get(h.tenantId, doc.id))?.state).toBe('restored');
    const undoEvents = (await h.repo.auditTrail(h.tenantId, doc.id)).filter((e) => e.type === 'undo-outcome');
    expect(undoEvents.map((e) => [e.userId, e.outcome])).toEqual([[h.userId(BO), 'restored']]);
    // A second resume finds nothing left to do.
    expect(await new Removals(h.graph, h.repo, h.tenantId).resume()).toBe(0);
  });
});
