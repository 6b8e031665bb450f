import type { Group, UnifiedRoleAssignment, User } from '@microsoft/microsoft-graph-types';
import type { LicenseGraph } from '../graph/license-graph';
import { memoize } from './memoize';

/** An administrative unit, named for people. */
export interface AdminUnitRef {
  id: string;
  displayName: string;
}

/** Where a role assignment applies: the whole tenant, or one administrative unit's members. */
export type AdminScope = { kind: 'tenant' } | { kind: 'administrative-unit'; unit: AdminUnitRef };

/** One user's ACTIVE hold of one admin role at one scope, directly or through a role-assignable group. */
export interface AdminGrant {
  userId: string;
  displayName: string;
  roleTemplateId: string;
  scope: AdminScope;
  /** The role-assignable group the role comes through; absent for a direct assignment. */
  viaGroup?: { id: string; displayName: string };
}

const AU_SCOPE = /^\/administrativeUnits\/([^/]+)$/i;

type Principal = (User | Group) & { '@odata.type'?: string };

/**
 * Every ACTIVE grant of the given roles, read from Graph's role assignments (v1.0
 * `roleManagement/directory/roleAssignments?$filter=roleDefinitionId eq …&$expand=principal`):
 * - user principals count directly; role-assignable groups count for each member user (such groups
 *   cannot contain groups, so the members are all there is); service principals are not people;
 * - `directoryScopeId` `/` is the tenant, `/administrativeUnits/{id}` one unit (named by a lookup,
 *   the id when the lookup fails); other scopes (an application) give no authority over users.
 * PIM eligibilities are absent from role assignments until activated, so they never count here.
 * One request per role, concurrently; each group and unit is read once.
 */
export async function listAdminGrants(graph: LicenseGraph, roleTemplateIds: readonly string[]): Promise<AdminGrant[]> {
  const perRole = await Promise.all(roleTemplateIds.map((role) => graph.listRoleAssignments(role)));
  const groupMembers = memoize((id: string) => graph.listGroupMembers(id));
  const unitName = memoize((id: string) =>
    graph.getAdministrativeUnit(id).then(
      (u) => u.displayName ?? id,
      () => id,
    ),
  );
  const grants: AdminGrant[] = [];
  for (const [i, assignments] of perRole.entries()) {
    const roleTemplateId = roleTemplateIds[i] ?? '';
    for (const assignment of assignments)
      grants.push(...(await grantsOf(assignment, roleTemplateId, groupMembers, unitName)));
  }
  return grants;
}

async function grantsOf(
  assignment: UnifiedRoleAssignment,
  roleTemplateId: string,
  groupMembers: (id: string) => Promise<User[]>,
  unitName: (id: string) => Promise<string>,
): Promise<AdminGrant[]> {
  const scopeId = assignment.directoryScopeId ?? '';
  const unitId = AU_SCOPE.exec(scopeId)?.[1];
  if (scopeId !== '/' && unitId === undefined) return [];
  const scope: AdminScope =
    unitId === undefined
      ? { kind: 'tenant' }
      : { kind: 'administrative-unit', unit: { id: unitId, displayName: await unitName(unitId) } };
  const principal = (assignment.principal ?? { id: assignment.principalId ?? '' }) as Principal;
  const type = principal['@odata.type'];
  if (type === '#microsoft.graph.group') {
    const group = { id: principal.id ?? '', displayName: principal.displayName ?? principal.id ?? '' };
    const members = await groupMembers(group.id);
    return members.flatMap((m) =>
      m.id ? [{ userId: m.id, displayName: m.displayName ?? m.id, roleTemplateId, scope, viaGroup: group }] : [],
    );
  }
  if (type !== undefined && type !== '#microsoft.graph.user') return [];
  if (!principal.id) return [];
  return [{ userId: principal.id, displayName: principal.displayName ?? principal.id, roleTemplateId, scope }];
}
