import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTenantFile, type TenantFile } from '../../../services/tenant-simulator/tenant-file';

const minimal = (): TenantFile =>
  JSON.parse(readFileSync(join(__dirname, '../../fixtures/tenants/minimal.json'), 'utf8')) as TenantFile;
const LICENSE_ADMIN = '4d6ac14f-3453-41d0-bef9-a3e0c569773a';
const UNIT = '7d1f6c2e-0000-4000-8000-0000000000a1';

function message(tenant: TenantFile): string {
  try {
    parseTenantFile(tenant, 'fixture.json');
    return 'valid';
  } catch (e) {
    return (e as Error).message;
  }
}

/** The minimal tenant with one administrative unit holding its first user, and one assignment. */
function withAssignment(assignment: Partial<NonNullable<TenantFile['roleAssignments']>[number]>): TenantFile {
  const t = minimal();
  const user = t.users[0]?.id ?? '';
  t.administrativeUnits = [{ id: UNIT, displayName: 'Unit', members: [user] }];
  t.roleAssignments = [
    { id: 'ra-1', principalId: user, roleDefinitionId: LICENSE_ADMIN, directoryScopeId: '/', ...assignment },
  ];
  return t;
}

describe('tenant file: role assignments and administrative units', () => {
  it('accepts a tenant without the role lists (older files) and with valid ones', () => {
    expect(message(minimal())).toBe('valid');
    expect(message(withAssignment({ directoryScopeId: `/administrativeUnits/${UNIT}` }))).toBe('valid');
  });

  it('names an assignment to an unknown principal, unit or malformed scope', () => {
    expect(message(withAssignment({ principalId: '00000000-0000-4000-8000-000000000000' }))).toBe(
      'tenant file fixture.json: roleAssignments[0].principalId: unknown user or group 00000000-0000-4000-8000-000000000000',
    );
    expect(
      message(withAssignment({ directoryScopeId: '/administrativeUnits/00000000-0000-4000-8000-00000000000b' })),
    ).toBe(
      'tenant file fixture.json: roleAssignments[0].directoryScopeId: unknown administrative unit 00000000-0000-4000-8000-00000000000b',
    );
    expect(message(withAssignment({ directoryScopeId: '/apps/x' }))).toBe(
      "tenant file fixture.json: roleAssignments[0].directoryScopeId: expected '/' or '/administrativeUnits/{id}'",
    );
  });

  it('refuses a role for a group that is not role-assignable, as Graph does', () => {
    const t = withAssignment({});
    const group = t.groups[0];
    if (!group) throw new Error('fixture without a group');
    t.roleAssignments = [{ id: 'ra-1', principalId: group.id, roleDefinitionId: LICENSE_ADMIN, directoryScopeId: '/' }];
    expect(message(t)).toMatch(/roleAssignments\[0\]\.principalId: group .* is not role-assignable/);
    group.isAssignableToRole = true;
    expect(message(t)).toBe('valid');
  });

  it('names an administrative unit member that is not a user and duplicate ids', () => {
    const t = withAssignment({});
    t.administrativeUnits?.[0]?.members.push('00000000-0000-4000-8000-000000000000');
    expect(message(t)).toBe(
      'tenant file fixture.json: administrativeUnits[0].members[1]: unknown user 00000000-0000-4000-8000-000000000000',
    );
    const dup = withAssignment({});
    dup.roleAssignments?.push({ ...(dup.roleAssignments[0] as NonNullable<TenantFile['roleAssignments']>[number]) });
    expect(message(dup)).toBe('tenant file fixture.json: roleAssignments[1].id: duplicate id ra-1');
  });
});
