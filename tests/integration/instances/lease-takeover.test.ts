import { Removals } from '../../../services/licensing/removals';
import { leaseNames, RUN_LEASE_MS } from '../../../services/licensing/work-leases';
import type { CoordinationDocument } from '../../../services/store/coordination-document';
import { MemoryDocumentStore } from '../../../services/store/memory-document-store';
import { StoreLeases } from '../../../services/store/store-leases';
import { ask, startLicensingHarness, type LicensingHarness } from '../../support/licensing-harness';

const ADMIN = 'maria.nilsson@contoso.se';
const BO = 'bo.ek@contoso.se';

// A dead instance's run is taken over once its lease expires, and not before; the instance that
// comes back late finds the request done and leaves it alone.
describe('run leases across instances', () => {
  let h: LicensingHarness;
  beforeEach(async () => {
    h = await startLicensingHarness();
  });
  afterEach(() => h.close());

  it('takes over an interrupted run only after its holder’s lease expired, and runs it once', async () => {
    const coordination = new MemoryDocumentStore<CoordinationDocument>();
    const now = () => h.clock.now().getTime();
    const instance = (owner: string) =>
      new Removals(
        h.graph,
        h.repo,
        h.tenantId,
        new StoreLeases({ store: coordination, tenantId: h.tenantId, owner, now }),
      );
    const dying = instance('a');
    const doc = await h.requestRemoval(ADMIN, ask([BO], ['E3']));
    const started = await dying.start(doc.id, h.userId(ADMIN));
    if (started.kind !== 'started') throw new Error(started.kind);
    // Instance a holds the run lease and dies before its Graph work.
    await new StoreLeases({ store: coordination, tenantId: h.tenantId, owner: 'a', now }).claim(
      leaseNames.run(doc.id),
      RUN_LEASE_MS,
    );

    const survivor = instance('b');
    expect(await survivor.resume()).toBe(0);
    expect(h.holdsDirectly(BO, 'ENTERPRISEPACK')).toBe(true);

    h.clock.advance(RUN_LEASE_MS + 1);
    expect(await survivor.resume()).toBe(1);
    expect(h.holdsDirectly(BO, 'ENTERPRISEPACK')).toBe(false);
    expect((await h.repo.get(h.tenantId, doc.id))?.state).toBe('completed');

    // Instance a wakes up and carries on with the request it started: nothing more happens.
    const late = await dying.run(started.request, h.userId(ADMIN));
    expect(late.kind).toBe('already-handled');
    expect(h.sim.stats().assignLicenseCalls).toBe(1);
  });
});
