import { GraphLicenseClient } from '../../../services/graph/graph-license-client';
import { listApprovers } from '../../../services/licensing/approvers';
import type { LicenseGraph } from '../../../services/graph/license-graph';
import { createTenantFactsCache } from '../../../services/graph/tenant-facts-cache';
import {
  type Authority,
  authorityFrom,
  listAdmins,
  loadRequester,
} from '../../../services/licensing/requester-authority';
import { loadDemoTenant } from '../../../services/tenant-simulator/demo-tenant';
import { type RunningSimulator, startTenantSimulator } from '../../../services/tenant-simulator/server';
import { RoundTripRecorder } from '../../support/round-trips';

const LICENSE_ADMIN = '4d6ac14f-3453-41d0-bef9-a3e0c569773a';
const GLOBAL_ADMIN = '62e90394-69f5-4237-9190-012177145e10';

// Who is an admin, read over the real Graph client from the simulator's role assignments.
describe('requester authority from role assignments', () => {
  let sim: RunningSimulator;
  let graph: GraphLicenseClient;
  const idOf = (upn: string): string => {
    const user = sim.state.users.find((u) => u.userPrincipalName === upn);
    if (!user) throw new Error(`no ${upn} in the demo tenant`);
    return user.id;
  };
  const authority = async (upn: string): Promise<Authority> =>
    authorityFrom({ id: idOf(upn) }, await listAdmins(graph), () => graph.listDirectReports(idOf(upn)));
  const salesUnitId = (): string => sim.state.administrativeUnits?.[0]?.id ?? '';

  beforeEach(async () => {
    sim = await startTenantSimulator({ tenant: loadDemoTenant(), throttling: false });
    graph = new GraphLicenseClient({ baseUrl: sim.url, timeoutMs: 5000 });
  });
  afterEach(() => sim.close());

  it('a direct License Administrator may act tenant-wide', async () => {
    expect(await authority('maria.nilsson@contoso.se')).toEqual({
      kind: 'admin',
      roleTemplateIds: [LICENSE_ADMIN],
      scope: { kind: 'tenant' },
    });
    expect(await authority('erik.sjoberg@contoso.se')).toMatchObject({ roleTemplateIds: [GLOBAL_ADMIN] });
  });

  it('a member of a role-assignable group holding the role is an admin, and stops being one when removed', async () => {
    const admins = await listAdmins(graph);
    const linnea = admins.find((a) => a.id === idOf('linnea.dahl@contoso.se'));
    expect(linnea?.grants).toEqual([
      expect.objectContaining({
        roleTemplateId: LICENSE_ADMIN,
        scope: { kind: 'tenant' },
        viaGroup: expect.objectContaining({ displayName: 'Licensadministratörer' }),
      }),
    ]);
    expect(await authority('linnea.dahl@contoso.se')).toMatchObject({ kind: 'admin', scope: { kind: 'tenant' } });

    const group = sim.state.groups.find((g) => g.displayName === 'Licensadministratörer');
    group?.members.splice(0);
    expect(await authority('linnea.dahl@contoso.se')).toEqual({ kind: 'none' });
  });

  it('an administrative-unit License Administrator is an admin only within that unit', async () => {
    expect(await authority('petra.sandell@contoso.se')).toEqual({
      kind: 'admin',
      roleTemplateIds: [LICENSE_ADMIN],
      scope: { kind: 'administrative-units', units: [{ id: salesUnitId(), displayName: 'Sälj' }] },
    });
  });

  it('a PIM-eligible role that is not activated gives nothing; activated, it does', async () => {
    expect(await authority('nora.ahmadi@contoso.se')).toEqual({ kind: 'none' });
    // Activation: PIM creates an active assignment for the eligible principal.
    sim.state.roleAssignments?.push({
      id: 'activated-nora',
      principalId: idOf('nora.ahmadi@contoso.se'),
      roleDefinitionId: LICENSE_ADMIN,
      directoryScopeId: '/',
    });
    expect(await authority('nora.ahmadi@contoso.se')).toMatchObject({ kind: 'admin', scope: { kind: 'tenant' } });
  });

  it('a manager without a role stays a manager', async () => {
    expect(await authority('karin.holm@contoso.se')).toMatchObject({ kind: 'manager' });
  });

  it('approvers: License Administrators who reach every target, an AU admin only for users of the unit', async () => {
    const ids = (admins: { id: string }[]) => admins.map((a) => a.id).sort();
    const tenantWide = [idOf('maria.nilsson@contoso.se'), idOf('linnea.dahl@contoso.se')].sort();
    const petra = idOf('petra.sandell@contoso.se');
    const requester = idOf('sofia.karlsson@contoso.se');

    expect(ids(await listApprovers(graph, requester, undefined, [idOf('anna.berg@contoso.se')]))).toEqual(
      [...tenantWide, petra].sort(),
    );
    // Bo Ek is not in the unit "Sälj": Petra cannot approve for him.
    expect(
      ids(await listApprovers(graph, requester, undefined, [idOf('anna.berg@contoso.se'), idOf('bo.ek@contoso.se')])),
    ).toEqual(tenantWide);

    // Without the tenant-wide License Administrators: Petra alone for Sales, User Administrators for Bo.
    sim.state.directoryRoles.find((r) => r.roleTemplateId === LICENSE_ADMIN)?.members.splice(0);
    sim.state.roleAssignments = sim.state.roleAssignments?.filter((a) => a.directoryScopeId !== '/');
    expect(ids(await listApprovers(graph, requester, undefined, [idOf('anna.berg@contoso.se')]))).toEqual([petra]);
    expect(ids(await listApprovers(graph, requester, undefined, [idOf('bo.ek@contoso.se')]))).toEqual([
      idOf('johan.andersson@contoso.se'),
    ]);
  });

  it('reads each role with one request, and each group and unit once', async () => {
    const before = sim.stats().requests;
    await listAdmins(graph);
    // 3 roles + 1 group's members + 1 unit's name.
    expect(sim.stats().requests - before).toBe(5);
  });

  describe('with the tenant facts cached (as when answering a message)', () => {
    let recorder: RoundTripRecorder;
    let cached: LicenseGraph;
    beforeEach(async () => {
      recorder = new RoundTripRecorder(sim.url);
      await recorder.start();
      const client = new GraphLicenseClient({ baseUrl: recorder.url, timeoutMs: 5000, coalesceReads: false });
      cached = createTenantFactsCache(client, { ttlMs: 60_000 }).cached;
    });
    afterEach(() => recorder.stop());
    const readsOf = async (upn: string) => {
      recorder.clear();
      const who = await loadRequester(cached, idOf(upn));
      return { who, paths: recorder.requests.map((r) => decodeURIComponent(r.path)) };
    };

    it('an admin: roles and role-group members come from the cache, direct reports are not read', async () => {
      const cold = await readsOf('maria.nilsson@contoso.se');
      // Cold: the reports are asked alongside the roles (a manager would need them next).
      expect(cold.paths.some((p) => p.includes('/directReports'))).toBe(true);
      const warm = await readsOf('maria.nilsson@contoso.se');
      expect(warm.who?.authority).toMatchObject({ kind: 'admin', scope: { kind: 'tenant' } });
      expect(warm.paths).toEqual([expect.stringMatching(/^\/v1\.0\/users\/[^/?]+\?\$select=/)]);
    });

    it('a manager: the reports are still read (fresh) once the roles are cached', async () => {
      await readsOf('magnus.wikstrom@contoso.se');
      const warm = await readsOf('magnus.wikstrom@contoso.se');
      expect(warm.paths.filter((p) => p.includes('/directReports'))).toHaveLength(1);
      const reports = sim.state.users.filter((u) => u.managerId === idOf('magnus.wikstrom@contoso.se'));
      expect(warm.who?.authority).toEqual({ kind: 'manager', directReportIds: reports.map((u) => u.id) });
    });
  });
});
