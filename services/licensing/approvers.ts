import type { LicenseGraph } from '../graph/license-graph';
import { ADMIN_ROLES_BY_PREFERENCE, type Admin, listAdmins } from './requester-authority';

/**
 * Who approves a manager's request: the tenant's License Administrators; if there are none,
 * the User Administrators; if none, the Global Administrators — or the members of a configured
 * approver group. Never the requester.
 */
export async function listApprovers(
  graph: LicenseGraph,
  requesterId: string,
  approverGroupId?: string,
): Promise<Admin[]> {
  if (approverGroupId) {
    // A configured approver group replaces the role fallback. Members must still be admins when
    // they decide (checked at decision time), so a group member without a role cannot approve.
    const members = await graph.listGroupMembers(approverGroupId);
    return members.flatMap((m) =>
      m.id && m.id !== requesterId ? [{ id: m.id, displayName: m.displayName ?? m.id, roleTemplateId: '' }] : [],
    );
  }
  const admins = (await listAdmins(graph)).filter((a) => a.id !== requesterId);
  for (const role of ADMIN_ROLES_BY_PREFERENCE) {
    const inRole = admins.filter((a) => a.roleTemplateId === role);
    if (inRole.length > 0) return inRole;
  }
  return [];
}
