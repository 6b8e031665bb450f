import { GraphLicenseClient } from '../../../services/graph/graph-license-client';
import { listApprovers } from '../../../services/licensing/approvers';
import { loadDemoTenant } from '../../../services/tenant-simulator/demo-tenant';
import { type RunningSimulator, startTenantSimulator } from '../../../services/tenant-simulator/server';
import { ANNA_BERG, SALES_GROUP_ID } from './test-tenant';

describe('group members and approvers', () => {
  let sim: RunningSimulator;
  let graph: GraphLicenseClient;
  beforeAll(async () => {
    sim = await startTenantSimulator({ tenant: loadDemoTenant(), throttling: false });
    graph = new GraphLicenseClient({ baseUrl: sim.url, timeoutMs: 5000 });
  });
  afterAll(async () => {
    await sim.close();
  });

  test('listGroupMembers returns the group users; an unknown group is graph/not-found', async () => {
    const members = await graph.listGroupMembers(SALES_GROUP_ID);
    const expected = sim.state.groups.find((g) => g.id === SALES_GROUP_ID)?.members ?? [];
    expect(members.map((m) => m.id).sort()).toEqual([...expected].sort());
    expect(members.map((m) => m.id)).toContain(ANNA_BERG.id);
    await expect(graph.listGroupMembers('00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
      code: 'graph/not-found',
    });
  });

  test('approvers: License Administrators by default, the group when configured, never the requester', async () => {
    const maria = sim.state.users.find((u) => u.userPrincipalName === 'maria.nilsson@contoso.se');
    const linnea = sim.state.users.find((u) => u.userPrincipalName === 'linnea.dahl@contoso.se');
    // Maria holds the role directly, Linnea through the role-assignable group; both tenant-wide.
    expect((await listApprovers(graph, 'someone')).map((a) => a.id).sort()).toEqual([maria?.id, linnea?.id].sort());
    const fromGroup = await listApprovers(graph, ANNA_BERG.id, SALES_GROUP_ID);
    expect(fromGroup.map((a) => a.id)).not.toContain(ANNA_BERG.id);
    expect(fromGroup.length).toBe((sim.state.groups.find((g) => g.id === SALES_GROUP_ID)?.members.length ?? 0) - 1);
  });

  test('with no License Administrators, User Administrators approve', async () => {
    const role = sim.state.directoryRoles.find((r) => r.roleTemplateId === '4d6ac14f-3453-41d0-bef9-a3e0c569773a');
    const saved = [...(role?.members ?? [])];
    const savedAssignments = [...(sim.state.roleAssignments ?? [])];
    role?.members.splice(0);
    sim.state.roleAssignments?.splice(0);
    try {
      const johan = sim.state.users.find((u) => u.userPrincipalName === 'johan.andersson@contoso.se');
      expect((await listApprovers(graph, 'someone')).map((a) => a.id)).toEqual([johan?.id]);
    } finally {
      role?.members.push(...saved);
      sim.state.roleAssignments?.push(...savedAssignments);
    }
  });
});
