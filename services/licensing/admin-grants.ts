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
 * One request per role, concurrently, then every group's members and unit's name concurrently:
 * two round trips; each group and unit is read once.
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
  // Every assignment's group members and unit name at once: one more round trip, not one per assignment.
  const perAssignment = await Promise.all(
    perRole.flatMap((assignments, i) =>
      assignments.map((assignment) => grantsOf(assignment, roleTemplateIds[i] ?? '', groupMembers, unitName)),
    ),
  );
  return perAssignment.flat();
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
  const principal = (assignment.principal ?? { id: assignment.principalId ?? '' }) as Principal;
  const type = principal['@odata.type'];
  if (type !== undefined && type !== '#microsoft.graph.user' && type !== '#microsoft.graph.group') return [];
  if (!principal.id) return [];
  const group =
    type === '#microsoft.graph.group'
      ? { id: principal.id, displayName: principal.displayName ?? principal.id }
      : undefined;
  // The unit's name and the group's members in the same round trip.
  const [unitDisplayName, members] = await Promise.all([
    unitId === undefined ? undefined : unitName(unitId),
    group ? groupMembers(group.id) : undefined,
  ]);
  const scope: AdminScope =
    unitId === undefined
      ? { kind: 'tenant' }
      : { kind: 'administrative-unit', unit: { id: unitId, displayName: unitDisplayName ?? unitId } };
  if (group)
    return (members ?? []).flatMap((m) =>
      m.id ? [{ userId: m.id, displayName: m.displayName ?? m.id, roleTemplateId, scope, viaGroup: group }] : [],
    );
  return [{ userId: principal.id, displayName: principal.displayName ?? principal.id, roleTemplateId, scope }];
}
