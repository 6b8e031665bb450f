import { loadDemoTenant } from '../../../services/tenant-simulator/demo-tenant';
import { type RunningSimulator, startTenantSimulator } from '../../../services/tenant-simulator/server';
import { call, E3, SPE_E5, VISIO } from './sim-client';

describe('POST /users/{id}/assignLicense (demo tenant)', () => {
  let sim: RunningSimulator;
  const user = (upn: string) => sim.state.users.find((u) => u.userPrincipalName === upn)!;
  const sku = (skuId: string) => sim.state.subscribedSkus.find((s) => s.skuId === skuId)!;
  const assign = (who: string, body: unknown) => call(sim, 'POST', `/users/${who}/assignLicense`, body);

  beforeEach(async () => {
    sim = await startTenantSimulator({ tenant: loadDemoTenant(), throttling: false });
  });
  afterEach(() => sim.close());

  it('removes a direct license, frees the seat and answers the updated user', async () => {
    const before = sku(E3).consumedUnits;
    const r = await assign('anna.lindberg@contoso.se', { addLicenses: [], removeLicenses: [E3] });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ userPrincipalName: 'anna.lindberg@contoso.se', displayName: 'Anna Lindberg' });
    expect(r.body).not.toHaveProperty('assignedLicenses'); // Graph's default properties only
    expect(r.body).not.toHaveProperty('managerId');
    expect(r.headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(user('anna.lindberg@contoso.se').assignedLicenses.map((l) => l.skuId)).not.toContain(E3);
    expect(user('anna.lindberg@contoso.se').licenseAssignmentStates.map((s) => s.skuId)).not.toContain(E3);
    expect(sku(E3).consumedUnits).toBe(before - 1);
  });

  it('refuses to remove a license inherited only from a group', async () => {
    const r = await assign('anna.berg@contoso.se', { addLicenses: [], removeLicenses: [E3] });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({
      code: 'Request_BadRequest',
      message: 'User license is inherited from a group membership and it cannot be removed directly from the user.',
    });
    expect(r.body.error.innerError).toEqual({
      date: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/),
      'request-id': r.headers.get('request-id'),
    });
  });

  it('removes only the direct assignment when the group also gives the SKU (seat stays used)', async () => {
    const before = sku(E3).consumedUnits;
    const r = await assign('sofia.karlsson@contoso.se', { addLicenses: [], removeLicenses: [E3] });
    expect(r.status).toBe(200);
    const sofia = user('sofia.karlsson@contoso.se');
    expect(sofia.assignedLicenses.map((l) => l.skuId)).toContain(E3);
    expect(sofia.licenseAssignmentStates.filter((s) => s.skuId === E3)).toEqual([
      expect.objectContaining({ assignedByGroup: expect.any(String) }),
    ]);
    expect(sku(E3).consumedUnits).toBe(before);
    // A second removal finds only the inherited assignment left.
    const again = await assign('sofia.karlsson@contoso.se', { addLicenses: [], removeLicenses: [E3] });
    expect(again.body.error.message).toBe(
      'User license is inherited from a group membership and it cannot be removed directly from the user.',
    );
  });

  it('refuses to remove a license the user does not have', async () => {
    const r = await assign('bo.ek@contoso.se', { addLicenses: [], removeLicenses: [VISIO] });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({
      code: 'Request_BadRequest',
      message: 'User does not have a corresponding license.',
    });
  });

  it('refuses an unknown SKU', async () => {
    const unknown = '00000000-1111-2222-3333-444444444444';
    const r = await assign('bo.ek@contoso.se', { addLicenses: [], removeLicenses: [unknown] });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({
      code: 'Request_BadRequest',
      message: `License ${unknown} does not correspond to a valid company License.`,
    });
  });

  it('answers 404 Request_ResourceNotFound for an unknown user', async () => {
    const r = await assign('nobody@contoso.se', { addLicenses: [], removeLicenses: [E3] });
    expect(r.status).toBe(404);
    expect(r.body.error).toMatchObject({
      code: 'Request_ResourceNotFound',
      message:
        "Resource 'nobody@contoso.se' does not exist or one of its queried reference-property objects are not present.",
    });
  });

  it('refuses to add beyond the prepaid seats', async () => {
    const e5 = sku(SPE_E5);
    expect(e5.consumedUnits).toBe(e5.prepaidUnits.enabled);
    const r = await assign('bo.ek@contoso.se', {
      addLicenses: [{ skuId: SPE_E5, disabledPlans: [] }],
      removeLicenses: [],
    });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({
      code: 'Request_BadRequest',
      message: `Subscription with SKU ${SPE_E5} does not have any available licenses.`,
    });
  });

  it.each([{}, { addLicenses: [] }, { removeLicenses: [] }, { addLicenses: 'x', removeLicenses: [] }])(
    'requires both arrays: %p',
    async (body) => {
      const r = await assign('bo.ek@contoso.se', body);
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe('Request_BadRequest');
    },
  );

  it('answers 400 BadRequest for malformed JSON', async () => {
    const r = await assign('bo.ek@contoso.se', '{"addLicenses": [');
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('BadRequest');
  });

  it('is atomic: one bad item and nothing changes', async () => {
    const bo = structuredClone(user('bo.ek@contoso.se'));
    const skus = structuredClone(sim.state.subscribedSkus);
    const r = await assign('bo.ek@contoso.se', {
      addLicenses: [{ skuId: VISIO, disabledPlans: [] }],
      removeLicenses: [E3, SPE_E5],
    });
    expect(r.status).toBe(400);
    expect(user('bo.ek@contoso.se')).toEqual(bo);
    expect(sim.state.subscribedSkus).toEqual(skus);
  });

  it('adds back a license with its disabled plans (undo), taking a seat', async () => {
    const exchange = 'efb87545-963c-4e0d-99df-69c6916d9eb0';
    await assign('bo.ek@contoso.se', { addLicenses: [], removeLicenses: [E3] });
    const before = sku(E3).consumedUnits;
    const r = await assign('bo.ek@contoso.se', {
      addLicenses: [{ skuId: E3, disabledPlans: [exchange] }],
      removeLicenses: [],
    });
    expect(r.status).toBe(200);
    expect(user('bo.ek@contoso.se').assignedLicenses).toContainEqual({ skuId: E3, disabledPlans: [exchange] });
    expect(user('bo.ek@contoso.se').licenseAssignmentStates).toContainEqual(
      expect.objectContaining({ skuId: E3, assignedByGroup: null, disabledPlans: [exchange] }),
    );
    expect(sku(E3).consumedUnits).toBe(before + 1);
    const details = await call(sim, 'GET', '/users/bo.ek@contoso.se/licenseDetails');
    const e3 = details.body.value.find((d: { skuId: string }) => d.skuId === E3);
    expect(
      e3.servicePlans.find((p: { servicePlanId: string }) => p.servicePlanId === exchange).provisioningStatus,
    ).toBe('Disabled');
  });

  it('denies a caller through failUsers (403 Authorization_RequestDenied)', async () => {
    const bo = user('bo.ek@contoso.se');
    sim.setFaults({
      failUsers: {
        [bo.id]: {
          status: 403,
          code: 'Authorization_RequestDenied',
          message: 'Insufficient privileges to complete the operation.',
        },
      },
    });
    const r = await assign('bo.ek@contoso.se', { addLicenses: [], removeLicenses: [E3] });
    expect(r.status).toBe(403);
    expect(r.body.error).toMatchObject({
      code: 'Authorization_RequestDenied',
      message: 'Insufficient privileges to complete the operation.',
    });
    expect(user('bo.ek@contoso.se').assignedLicenses.map((l) => l.skuId)).toContain(E3);
    const anna = await assign('anna.lindberg@contoso.se', { addLicenses: [], removeLicenses: [E3] });
    expect(anna.status).toBe(200);
  });

  it('does not mutate the tenant object it was started with', async () => {
    const tenant = loadDemoTenant();
    const other = await startTenantSimulator({ tenant, throttling: false });
    try {
      await call(other, 'POST', '/users/bo.ek@contoso.se/assignLicense', { addLicenses: [], removeLicenses: [E3] });
      expect(
        tenant.users.find((u) => u.userPrincipalName === 'bo.ek@contoso.se')!.assignedLicenses.map((l) => l.skuId),
      ).toContain(E3);
    } finally {
      await other.close();
    }
  });
});
