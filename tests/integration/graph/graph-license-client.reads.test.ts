import { GraphLicenseClient } from '../../../services/graph/graph-license-client';
import { startTenantSimulator, type RunningSimulator } from '../../../services/tenant-simulator/server';
import { ANNA, BO, demoTenantWith, E3, KARIN, LICENSE_ADMIN_ROLE_ID, MAGNUS, SALES_GROUP_ID } from './test-tenant';

// Contract of every LicenseGraph read against the tenant simulator over real HTTP.
describe('GraphLicenseClient reads (tenant simulator)', () => {
  const EXTRA_USERS = 1200; // more than one 999-user page
  let sim: RunningSimulator;
  let graph: GraphLicenseClient;

  beforeAll(async () => {
    sim = await startTenantSimulator({ tenant: demoTenantWith(EXTRA_USERS), throttling: false });
    graph = new GraphLicenseClient({ baseUrl: `${sim.url}/` }); // a trailing slash is tolerated
  });
  afterAll(() => sim.close());

  it('reads the organization', async () => {
    expect(await graph.getOrganization()).toMatchObject({ displayName: 'Contoso AB' });
  });

  it('gets a user by UPN and by id, with the selected fields', async () => {
    const byUpn = await graph.getUser(ANNA.upn);
    expect(byUpn).toMatchObject({ id: ANNA.id, displayName: 'Anna Lindberg', userPrincipalName: ANNA.upn });
    expect(byUpn.licenseAssignmentStates?.some((s) => s.skuId === E3 && s.assignedByGroup === null)).toBe(true);
    expect(byUpn).not.toHaveProperty('officeLocation'); // not in USER_FIELDS
    expect((await graph.getUser(BO.id)).userPrincipalName).toBe(BO.upn);
  });

  it('rejects an unknown user with graph/not-found, keeping the request id', async () => {
    const error = await graph.getUser('nobody@contoso.se').catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: 'GraphError',
      code: 'graph/not-found',
      status: 404,
      graphCode: 'Request_ResourceNotFound',
    });
    expect((error as { requestId?: string }).requestId).toMatch(/[0-9a-f-]{36}/);
    expect((error as Error).message).not.toContain('nobody');
  });

  it('pages through all users with $top=999 following @odata.nextLink', async () => {
    const before = sim.stats().requests;
    const users = await graph.listUsers();
    expect(users).toHaveLength(sim.state.users.length); // the demo tenant's users + EXTRA_USERS
    expect(users.length).toBeGreaterThan(999 + 1);
    expect(new Set(users.map((u) => u.id)).size).toBe(users.length);
    expect(sim.stats().requests - before).toBe(2);
  });

  it('finds users by prefix over name, mail and UPN, escaping quotes', async () => {
    const names = async (prefix: string) => (await graph.findUsersByPrefix(prefix)).map((u) => u.displayName).sort();
    expect(await names("Liam O'B")).toEqual(["Liam O'Brien"]);
    expect(await names('Lindberg')).toEqual(['Anna Lindberg']); // surname
    expect(await names('bo.ek@')).toEqual(['Bo Ek']); // mail / UPN
    expect(await names("x' or startswith(displayName,'A")).toEqual([]); // injection stays a literal
  });

  it('finds users by address in chunks of 15 per in-filter, deduplicated', async () => {
    const addresses = Array.from({ length: 40 }, (_, i) => `test.user.${String(i).padStart(4, '0')}@contoso.se`);
    const before = sim.stats().requests;
    const users = await graph.findUsersByAddress([...addresses, BO.upn, BO.upn.toUpperCase(), 'ghost@contoso.se']);
    expect(users.map((u) => u.userPrincipalName).sort()).toEqual([...addresses, BO.upn].sort());
    // 43 distinct strings → 3 chunks of ≤ 15, each as a mail filter and a UPN filter.
    expect(sim.stats().requests - before).toBe(6);
  });

  it('gets users by ids, leaving out unknown ids', async () => {
    const users = await graph.getUsersByIds([ANNA.id, BO.id, '00000000-0000-0000-0000-000000000000']);
    expect(users.map((u) => u.id).sort()).toEqual([ANNA.id, BO.id].sort());
  });

  it('lists license details, SKUs and subscriptions', async () => {
    const details = await graph.listLicenseDetails(ANNA.id);
    expect(details.map((d) => d.skuPartNumber).sort()).toEqual(['ENTERPRISEPACK', 'POWER_BI_PRO']);
    const skus = await graph.listSubscribedSkus();
    expect(skus.find((s) => s.skuId === E3)).toMatchObject({ skuPartNumber: 'ENTERPRISEPACK' });
    expect((await graph.listSubscriptions()).length).toBeGreaterThan(0);
  });

  it('reads groups, roles and role members', async () => {
    expect(await graph.getGroup(SALES_GROUP_ID)).toMatchObject({ id: SALES_GROUP_ID });
    await expect(graph.getGroup('00000000-0000-0000-0000-000000000000')).rejects.toMatchObject({
      code: 'graph/not-found',
    });
    const roles = await graph.listDirectoryRoles();
    expect(roles.map((r) => r.displayName)).toEqual(
      expect.arrayContaining(['Global Administrator', 'License Administrator']),
    );
    const members = await graph.listDirectoryRoleMembers(LICENSE_ADMIN_ROLE_ID);
    expect(members.map((m) => m.userPrincipalName)).toEqual(['maria.nilsson@contoso.se']);
  });

  it('reads manager, direct reports and memberships', async () => {
    expect((await graph.getManager(BO.id))?.id).toBe(KARIN.id);
    expect(await graph.getManager(MAGNUS.id)).toBeUndefined();
    const reports = await graph.listDirectReports(KARIN.id);
    expect(reports.map((u) => u.id)).toContain(BO.id);
    const memberOf = await graph.listMemberOf('anna.berg@contoso.se');
    expect(memberOf.map((g) => g.id)).toContain(SALES_GROUP_ID);
  });
});
