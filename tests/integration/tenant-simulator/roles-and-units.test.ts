import { loadDemoTenant } from '../../../services/tenant-simulator/demo-tenant';
import { type RunningSimulator, startTenantSimulator } from '../../../services/tenant-simulator/server';
import { fakeJwt } from '../../support/fake-jwt';
import { call } from './sim-client';

const LICENSE_ADMIN = '4d6ac14f-3453-41d0-bef9-a3e0c569773a';
const q = (s: string) => encodeURIComponent(s);

// The role-management, administrative-unit and /me endpoints, shaped as Graph v1.0 serves them.
describe('roles, administrative units and /me (demo tenant)', () => {
  let sim: RunningSimulator;
  const idOf = (upn: string): string => sim.state.users.find((u) => u.userPrincipalName === upn)?.id ?? '';
  const get = (path: string, headers: Record<string, string> = {}) => call(sim, 'GET', path, undefined, headers);
  beforeAll(async () => {
    sim = await startTenantSimulator({ tenant: loadDemoTenant(), throttling: false });
  });
  afterAll(() => sim.close());

  it('lists the active License Administrator assignments: direct, through a group, and unit-scoped', async () => {
    const r = await get(
      `/roleManagement/directory/roleAssignments?$filter=${q(`roleDefinitionId eq '${LICENSE_ADMIN}'`)}&$expand=principal`,
    );
    expect(r.status).toBe(200);
    expect(r.body['@odata.context']).toMatch(/#roleManagement\/directory\/roleAssignments\(principal\(\)\)$/);
    const rows = (
      r.body.value as { principalId: string; directoryScopeId: string; principal: Record<string, unknown> }[]
    ).map((a) => [a.principal['@odata.type'], a.principal.displayName, a.directoryScopeId]);
    const sales = sim.state.administrativeUnits?.find((u) => u.displayName === 'Sälj')?.id;
    expect(rows).toEqual(
      expect.arrayContaining([
        ['#microsoft.graph.user', 'Maria Nilsson', '/'],
        ['#microsoft.graph.group', 'Licensadministratörer', '/'],
        ['#microsoft.graph.user', 'Petra Sandell', `/administrativeUnits/${sales}`],
      ]),
    );
    expect(rows).toHaveLength(3);
    // The PIM-eligible License Administrator holds nothing yet.
    expect(rows.map((row) => row[1])).not.toContain('Nora Ahmadi');
  });

  it('filters role assignments by principalId and by scope; without $expand there is no principal', async () => {
    const maria = idOf('maria.nilsson@contoso.se');
    const mine = await get(`/roleManagement/directory/roleAssignments?$filter=${q(`principalId eq '${maria}'`)}`);
    expect(mine.body.value).toEqual([
      expect.objectContaining({
        principalId: maria,
        roleDefinitionId: LICENSE_ADMIN,
        directoryScopeId: '/',
        resourceScope: '/',
      }),
    ]);
    expect(mine.body.value[0]).not.toHaveProperty('principal');
    const scoped = await get(`/roleManagement/directory/roleAssignments?$filter=${q("directoryScopeId ne '/'")}`);
    expect(scoped.body.value.map((a: { principalId: string }) => a.principalId)).toEqual([
      idOf('petra.sandell@contoso.se'),
    ]);
  });

  it('refuses unknown $expand and $filter properties like Graph', async () => {
    const expand = await get('/roleManagement/directory/roleAssignments?$expand=appScope');
    expect(expand.status).toBe(400);
    expect(expand.body.error.message).toBe(
      "Could not find a property named 'appScope' on type 'microsoft.graph.unifiedRoleAssignment'.",
    );
    const filter = await get(`/roleManagement/directory/roleAssignments?$filter=${q("condition eq 'x'")}`);
    expect(filter.status).toBe(400);
    expect(filter.body.error.code).toBe('Request_UnsupportedQuery');
    expect(filter.body.error.message).toContain("resource 'unifiedRoleAssignment'");
  });

  it('serves PIM eligibilities separately, from roleEligibilitySchedules', async () => {
    const r = await get(
      `/roleManagement/directory/roleEligibilitySchedules?$filter=${q(`roleDefinitionId eq '${LICENSE_ADMIN}'`)}`,
    );
    expect(r.body.value).toEqual([
      expect.objectContaining({
        principalId: idOf('nora.ahmadi@contoso.se'),
        directoryScopeId: '/',
        status: 'Provisioned',
      }),
    ]);
  });

  it('keeps the old directoryRoles members view working', async () => {
    const roles = await get('/directoryRoles');
    const licenseRole = roles.body.value.find((r: { roleTemplateId: string }) => r.roleTemplateId === LICENSE_ADMIN);
    const members = await get(`/directoryRoles/${licenseRole.id}/members?$select=displayName`);
    expect(members.body.value.map((m: { displayName: string }) => m.displayName)).toEqual(['Maria Nilsson']);
  });

  it('lists administrative units, one unit, and its member users', async () => {
    const units = await get('/directory/administrativeUnits');
    expect(units.body.value).toEqual([expect.objectContaining({ displayName: 'Sälj' })]);
    expect(units.body.value[0]).not.toHaveProperty('members');
    const id = units.body.value[0].id as string;
    expect((await get(`/directory/administrativeUnits/${id}`)).body).toMatchObject({ id, displayName: 'Sälj' });
    const members = await get(`/directory/administrativeUnits/${id}/members?$select=id,displayName`);
    expect(members.body.value.map((m: { displayName: string }) => m.displayName)).toContain('Anna Berg');
    expect(members.body.value.map((m: { displayName: string }) => m.displayName)).not.toContain('Bo Ek');
    expect(members.body.value[0]['@odata.type']).toBe('#microsoft.graph.user');
    const unknown = await get('/directory/administrativeUnits/00000000-0000-4000-8000-000000000000/members');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('Request_ResourceNotFound');
  });

  it('answers /me for the user a delegated token names (oid, or upn), and refuses as Graph does otherwise', async () => {
    const bearer = (claims: Record<string, unknown>) => ({ Authorization: `Bearer ${fakeJwt(claims)}` });
    const byOid = await get(
      '/me?$select=id,displayName',
      bearer({ oid: idOf('linnea.dahl@contoso.se'), scp: 'User.Read' }),
    );
    expect(byOid.status).toBe(200);
    expect(byOid.body.displayName).toBe('Linnea Dahl');
    const byUpn = await get('/me', bearer({ upn: 'Bo.Ek@contoso.se', scp: 'User.Read' }));
    expect(byUpn.body.displayName).toBe('Bo Ek');

    const appOnly = await get('/me', bearer({ oid: idOf('bo.ek@contoso.se'), roles: ['User.Read.All'] }));
    expect([appOnly.status, appOnly.body.error.message]).toEqual([
      400,
      '/me request is only valid with delegated authentication flow.',
    ]);
    const none = await get('/me');
    expect([none.status, none.body.error.code]).toEqual([401, 'InvalidAuthenticationToken']);
    const garbage = await get('/me', { Authorization: 'Bearer not-a-jwt' });
    expect(garbage.status).toBe(401);
    const stranger = await get('/me', bearer({ oid: '00000000-0000-4000-8000-000000000000', scp: 'User.Read' }));
    expect(stranger.status).toBe(404);
  });
});
