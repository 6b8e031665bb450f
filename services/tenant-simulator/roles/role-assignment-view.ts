import type { TenantState } from '../tenant-state';
import { roleLists } from './role-lists';

/** A role grant as Graph serves it (`unifiedRoleAssignment` / `unifiedRoleEligibilitySchedule`). */
export interface RoleGrant {
  id: string;
  principalId: string;
  roleDefinitionId: string;
  directoryScopeId: string;
  [extra: string]: unknown;
}

/**
 * Every ACTIVE role assignment of the tenant, as `/roleManagement/directory/roleAssignments` lists
 * them: the tenant file's `roleAssignments`, plus one tenant-wide direct assignment for each member
 * listed under `directoryRoles[].members` (older tenant files only have those; in Graph both views
 * show the same assignments). The derived ids are stable (`<roleTemplateId>_<principalId>`), and a
 * member already covered by an explicit tenant-wide assignment of the same role is not repeated.
 * PIM eligibilities are not assignments and never appear here.
 */
export function activeRoleAssignments(state: TenantState): RoleGrant[] {
  const explicit: RoleGrant[] = roleLists(state).roleAssignments.map((a) => ({ ...a }));
  const key = (principalId: string, roleDefinitionId: string): string =>
    `${principalId.toLowerCase()}|${roleDefinitionId.toLowerCase()}`;
  const tenantWide = new Set(
    explicit.filter((a) => a.directoryScopeId === '/').map((a) => key(a.principalId, a.roleDefinitionId)),
  );
  const derived = state.directoryRoles.flatMap((role) =>
    role.members
      .filter((member) => !tenantWide.has(key(member, role.roleTemplateId)))
      .map((member): RoleGrant => ({
        id: `${role.roleTemplateId}_${member}`,
        principalId: member,
        roleDefinitionId: role.roleTemplateId,
        directoryScopeId: '/',
      })),
  );
  // The directoryRoles members first: in a tenant file they are the plain, direct assignments.
  return [...derived, ...explicit];
}

/** Graph's answer shape for one grant: `resourceScope` mirrors `directoryScopeId` in v1.0. */
export function graphRoleGrant(grant: RoleGrant): Record<string, unknown> {
  return { ...grant, resourceScope: grant.directoryScopeId };
}

/** The properties `$filter` accepts on role assignments and eligibilities (Graph: `eq`, `in`). */
export const ROLE_GRANT_FILTER_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'principalId',
  'roleDefinitionId',
  'directoryScopeId',
]);
