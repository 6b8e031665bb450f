import type { LicenseGraph } from '../graph/license-graph';
import type { AdminGrant } from './admin-grants';
import { loadUnitMembers, scopeOfGrants, type UnitMembers, unitsOutside } from './admin-scope';
import { ADMIN_ROLES_BY_PREFERENCE, type Admin, listAdmins } from './requester-authority';

/**
 * Who approves a manager's request for `targetUserIds`: the License Administrators whose scope
 * reaches every target; if there are none, such User Administrators; if none, such Global
 * Administrators — or the members of a configured approver group. Never the requester.
 * "Reaches" is the same rule as for removing directly: a tenant-wide assignment reaches everyone,
 * an administrative-unit one only that unit's members. Without targets only tenant-wide admins count.
 */
export async function listApprovers(
  graph: LicenseGraph,
  requesterId: string,
  approverGroupId?: string,
  targetUserIds: readonly string[] = [],
): Promise<Admin[]> {
  if (approverGroupId) {
    // A configured approver group replaces the role fallback. Members must still be admins when
    // they decide (checked at decision time), so a group member without a role cannot approve.
    const members = await graph.listGroupMembers(approverGroupId);
    return members.flatMap((m) =>
      m.id && m.id !== requesterId
        ? [{ id: m.id, displayName: m.displayName ?? m.id, roleTemplateId: '', grants: [] }]
        : [],
    );
  }
  const admins = (await listAdmins(graph)).filter((a) => a.id.toLowerCase() !== requesterId.toLowerCase());
  const unitScopes = admins.flatMap((a) => a.grants.flatMap((g) => scopeOfGrants([g]) ?? []));
  const members = targetUserIds.length > 0 ? await loadUnitMembers(graph, unitScopes) : new Map();
  for (const role of ADMIN_ROLES_BY_PREFERENCE) {
    const inRole = admins.filter((a) =>
      reachesAll(
        a.grants.filter((g) => g.roleTemplateId === role),
        members,
        targetUserIds,
      ),
    );
    if (inRole.length > 0) return inRole;
  }
  return [];
}

/** True when the grants (of one role) reach every target: tenant-wide, or units that hold them all. */
export function reachesAll(
  grants: readonly AdminGrant[],
  members: UnitMembers,
  targetUserIds: readonly string[],
): boolean {
  const scope = scopeOfGrants(grants);
  if (!scope) return false;
  if (scope.kind === 'tenant') return true;
  return targetUserIds.length > 0 && targetUserIds.every((id) => unitsOutside(scope, members, id) === undefined);
}
