import { loadDemoTenant } from '../../../services/tenant-simulator/demo-tenant';
import { type RunningSimulator, startTenantSimulator } from '../../../services/tenant-simulator/server';
import { call } from './sim-client';

const names = (body: { value: { displayName: string }[] }) => body.value.map((u) => u.displayName).sort();

describe('Graph reads (demo tenant)', () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startTenantSimulator({ tenant: loadDemoTenant(), throttling: false });
  });
  afterAll(() => sim.close());

  const get = (path: string, headers: Record<string, string> = {}) => call(sim, 'GET', path, undefined, headers);
  const q = (s: string) => encodeURIComponent(s);

  it('finds a user by UPN in any case, with $select', async () => {
    const r = await get('/users/BO.EK@Contoso.SE?$select=id,displayName,assignedLicenses,licenseAssignmentStates');
    expect(r.status).toBe(200);
    expect(Object.keys(r.body)).toEqual([
      '@odata.context',
      'id',
      'displayName',
      'assignedLicenses',
      'licenseAssignmentStates',
    ]);
    expect(r.body.displayName).toBe('Bo Ek');
  });

  it('refuses an unknown $select property like Graph', async () => {
    const r = await get('/users/bo.ek@contoso.se?$select=displayName,shoeSize');
    expect(r.status).toBe(400);
    expect(r.body.error.message).toBe("Could not find a property named 'shoeSize' on type 'microsoft.graph.user'.");
  });

  it('filters with eq, startswith, in, and/or and OData escaping', async () => {
    expect(
      names((await get(`/users?$filter=${q("startswith(displayName,'Anna')")}&$select=displayName`)).body),
    ).toEqual(['Anna Berg', 'Anna Lindberg']);
    expect(names((await get(`/users?$filter=${q("displayName eq 'Liam O''Brien'")}`)).body)).toEqual(["Liam O'Brien"]);
    const inList = await get(`/users?$filter=${q("mail in ('bo.ek@contoso.se','ANNA.LINDBERG@contoso.se')")}`);
    expect(names(inList.body)).toEqual(['Anna Lindberg', 'Bo Ek']);
    const both = await get(
      `/users?$filter=${q("department eq 'Sälj' and accountEnabled eq false or givenName eq 'Bo'")}`,
    );
    expect(names(both.body)).toEqual(['Bo Ek', 'Lars Gustafsson']);
  });

  it('answers a bad filter with Graph error codes', async () => {
    expect((await get(`/users?$filter=${q("shoeSize eq '42'")}`)).body.error.code).toBe('Request_UnsupportedQuery');
    expect((await get(`/users?$filter=${q("displayName eq 'x")}`)).body.error.code).toBe('BadRequest');
  });

  it('searches only with ConsistencyLevel: eventual', async () => {
    const without = await get(`/users?$search=${q('"displayName:anna"')}`);
    expect(without.status).toBe(400);
    expect(without.body.error.code).toBe('Request_UnsupportedQuery');
    const r = await get(`/users?$search=${q('"displayName:anna"')}&$count=true`, { ConsistencyLevel: 'eventual' });
    expect(names(r.body)).toEqual(['Anna Berg', 'Anna Lindberg']);
    expect(r.body['@odata.count']).toBe(2);
  });

  it('pages with $top and an absolute @odata.nextLink carrying a $skiptoken', async () => {
    const seen: string[] = [];
    let r = await get('/users?$top=15&$select=id&$count=true');
    expect(r.body['@odata.count']).toBe(sim.state.users.length);
    expect(sim.state.users.length).toBeGreaterThan(15 * 2);
    for (;;) {
      seen.push(...r.body.value.map((u: { id: string }) => u.id));
      const next: string | undefined = r.body['@odata.nextLink'];
      if (!next) break;
      expect(next.startsWith(`${sim.url}/v1.0/users?`)).toBe(true);
      expect(next).toContain('$skiptoken=');
      r = { ...r, body: await (await fetch(next)).json() };
    }
    expect(seen).toHaveLength(sim.state.users.length);
    expect(new Set(seen).size).toBe(sim.state.users.length);
    expect((await get('/users?$top=1000')).status).toBe(400);
    expect((await get('/users?$skiptoken=garbage')).status).toBe(400);
  });

  it('serves manager, direct reports and memberOf', async () => {
    const manager = await get('/users/bo.ek@contoso.se/manager');
    expect(manager.body).toMatchObject({ '@odata.type': '#microsoft.graph.user', displayName: 'Karin Holm' });
    const none = await get('/users/magnus.wikstrom@contoso.se/manager');
    expect(none.status).toBe(404);
    expect(none.body.error.code).toBe('Request_ResourceNotFound');
    const reports = await get('/users/karin.holm@contoso.se/directReports?$select=displayName');
    expect(reports.body.value).toHaveLength(5);
    expect(names(reports.body)).toContain('Bo Ek');
    expect(reports.body.value[0]['@odata.type']).toBe('#microsoft.graph.user');
    const memberOf = await get('/users/erik.sjoberg@contoso.se/memberOf');
    expect(memberOf.body.value).toEqual([
      expect.objectContaining({
        '@odata.type': '#microsoft.graph.directoryRole',
        roleTemplateId: '62e90394-69f5-4237-9190-012177145e10',
      }),
    ]);
    const sofia = await get('/users/sofia.karlsson@contoso.se/memberOf');
    expect(sofia.body.value).toEqual([
      expect.objectContaining({ '@odata.type': '#microsoft.graph.group', displayName: 'Säljavdelningen – licenser' }),
    ]);
    expect(sofia.body.value[0]).not.toHaveProperty('members');
  });

  it('serves directory roles and their members', async () => {
    const roles = await get('/directoryRoles');
    const license = roles.body.value.find((r: { displayName: string }) => r.displayName === 'License Administrator');
    const members = await get(`/directoryRoles/${license.id}/members`);
    expect(names(members.body)).toEqual(['Maria Nilsson']);
    const byTemplate = await get(`/directoryRoles/roleTemplateId=${license.roleTemplateId}/members`);
    expect(names(byTemplate.body)).toEqual(['Maria Nilsson']);
  });

  it('serves SKUs, subscriptions, a group, the organization and license details', async () => {
    const skus = await get('/subscribedSkus');
    expect(skus.body.value.map((s: { skuPartNumber: string }) => s.skuPartNumber)).toEqual(
      expect.arrayContaining(['ENTERPRISEPACK', 'SPE_E3']),
    );
    const subs = await get('/directory/subscriptions');
    expect(subs.body.value.filter((s: { ownerType: string | null }) => s.ownerType === 'User')).toHaveLength(1);
    const org = await get('/organization');
    expect(org.body.value[0].displayName).toBe('Contoso AB');
    const groupId = sim.state.groups[0]!.id;
    const group = await get(`/groups/${groupId}?$select=id,displayName,assignedLicenses`);
    expect(group.body.assignedLicenses).toHaveLength(1);
    expect((await get(`/groups/${groupId}`)).body).not.toHaveProperty('assignedLicenses');
    expect((await get('/groups/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const details = await get('/users/ahmed.hassan@contoso.se/licenseDetails');
    expect(details.body.value.map((d: { skuPartNumber: string }) => d.skuPartNumber).sort()).toEqual([
      'ENTERPRISEPACK',
      'SPE_E5',
    ]);
    expect(details.body.value[0].servicePlans[0]).toEqual(
      expect.objectContaining({ servicePlanName: expect.any(String), provisioningStatus: 'Success' }),
    );
  });

  it('answers unknown paths, versions and methods like Graph', async () => {
    const seg = await get('/frobnicate');
    expect(seg.status).toBe(400);
    expect(seg.body.error).toMatchObject({
      code: 'BadRequest',
      message: "Resource not found for the segment 'frobnicate'.",
    });
    expect((await get('/users/bo.ek@contoso.se/frobnicate')).body.error.message).toBe(
      "Resource not found for the segment 'frobnicate'.",
    );
    expect((await get('/users/nobody@contoso.se')).status).toBe(404);
    const beta = await fetch(`${sim.url}/beta/users`);
    expect(beta.status).toBe(400);
    expect((await call(sim, 'DELETE', '/users/bo.ek@contoso.se')).status).toBe(405);
  });

  it('echoes client-request-id and sends request-id', async () => {
    const r = await get('/organization', { 'client-request-id': 'abc-123' });
    expect(r.headers.get('client-request-id')).toBe('abc-123');
    expect(r.headers.get('request-id')).toBeTruthy();
    expect(r.headers.get('content-type')).toContain('application/json');
  });
});
