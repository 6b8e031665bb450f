import { pickPlaygroundUser } from '../../../bot/playground/playground-config';
import { loadDemoTenant } from '../../../services/tenant-simulator/demo-tenant';

const LICENSE_ADMIN = '4d6ac14f-3453-41d0-bef9-a3e0c569773a';

describe('the playground user', () => {
  it('is a tenant-wide, direct License Administrator of the demo tenant (Maria)', () => {
    expect(pickPlaygroundUser(loadDemoTenant())?.displayName).toBe('Maria Nilsson');
  });

  it('comes from role assignments too, and never from a unit-scoped or group-only holder', () => {
    const tenant = loadDemoTenant();
    const maria = tenant.users.find((u) => u.displayName === 'Maria Nilsson');
    // Maria's role now as an explicit assignment instead of a directoryRoles member: still her.
    tenant.directoryRoles.find((r) => r.roleTemplateId === LICENSE_ADMIN)?.members.splice(0);
    tenant.roleAssignments?.push({
      id: 'm',
      principalId: maria?.id ?? '',
      roleDefinitionId: LICENSE_ADMIN,
      directoryScopeId: '/',
    });
    expect(pickPlaygroundUser(tenant)?.displayName).toBe('Maria Nilsson');
    // Without her, Linnea (through a group) and Petra (one unit) do not qualify: the User Administrator does.
    tenant.roleAssignments = tenant.roleAssignments?.filter((a) => a.id !== 'm');
    expect(pickPlaygroundUser(tenant)?.displayName).toBe('Johan Andersson');
  });
});
