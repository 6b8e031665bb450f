import { GraphLicenseClient } from '../../../services/graph/graph-license-client';
import { loadDemoTenant } from '../../../services/tenant-simulator/demo-tenant';
import {
  INSUFFICIENT_PRIVILEGES,
  startTenantSimulator,
  type RunningSimulator,
} from '../../../services/tenant-simulator/server';
import { ANNA, ANNA_BERG, BO, E3, POWER_BI_PRO, removal } from './test-tenant';

// assignLicense rules as Graph enforces them, surfaced as GraphError codes.
describe('GraphLicenseClient.assignLicense (tenant simulator)', () => {
  let sim: RunningSimulator;
  let graph: GraphLicenseClient;

  beforeEach(async () => {
    sim = await startTenantSimulator({ tenant: loadDemoTenant(), throttling: false });
    graph = new GraphLicenseClient({ baseUrl: sim.url });
  });
  afterEach(() => sim.close());

  const directSkus = (userId: string) =>
    sim.state.users
      .find((u) => u.id === userId)
      ?.licenseAssignmentStates.filter((s) => s.assignedByGroup === null)
      .map((s) => s.skuId);

  it('removes a directly assigned license and resolves the updated user', async () => {
    const user = await graph.assignLicense(removal(BO.id));
    expect(user.id).toBe(BO.id);
    expect(directSkus(BO.id)).not.toContain(E3);
  });

  it('works by UPN too', async () => {
    await graph.assignLicense(removal(ANNA.upn, POWER_BI_PRO));
    expect(directSkus(ANNA.id)).toEqual([E3]);
  });

  it.each([
    ['a license held only through a group', ANNA_BERG.id, E3, 'graph/group-inherited'],
    ['a license the user lacks', BO.id, POWER_BI_PRO, 'graph/license-not-assigned'],
    ['an unknown SKU', BO.id, '11111111-1111-1111-1111-111111111111', 'graph/unknown-sku'],
  ])('rejects removing %s', async (_what, userId, skuId, code) => {
    const error = await graph.assignLicense(removal(userId, skuId)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code, status: 400 });
    expect((error as { requestId?: string }).requestId).toBeDefined();
  });

  it('treats a second removal as graph/license-not-assigned (callers read this as "already done")', async () => {
    await graph.assignLicense(removal(BO.id));
    await expect(graph.assignLicense(removal(BO.id))).rejects.toMatchObject({ code: 'graph/license-not-assigned' });
  });

  it('rejects adding a license without free seats', async () => {
    // SPE_E5 has 3 of 3 seats used.
    const change = {
      userId: BO.id,
      addLicenses: [{ skuId: '06ebc4ee-1bb5-47dd-8120-11324bc54e06', disabledPlans: [] }],
      removeLicenses: [],
    };
    await expect(graph.assignLicense(change)).rejects.toMatchObject({ code: 'graph/no-free-seats' });
  });

  it('maps forced 403 and 404', async () => {
    sim.setFaults({ failUsers: { [BO.id]: INSUFFICIENT_PRIVILEGES } });
    await expect(graph.assignLicense(removal(BO.id))).rejects.toMatchObject({
      code: 'graph/forbidden',
      status: 403,
      graphCode: 'Authorization_RequestDenied',
    });
    await expect(graph.assignLicense(removal('00000000-0000-0000-0000-000000000000'))).rejects.toMatchObject({
      code: 'graph/not-found',
    });
    expect(directSkus(BO.id)).toContain(E3);
  });
});
