import type { LicenseGraph } from '../graph/license-graph';
import { ADMIN_ROLES_BY_PREFERENCE, type Admin, listAdmins } from './requester-authority';

/**
 * Who approves a manager's request: the tenant's License Administrators; if there are none,
 * the User Administrators; if none, the Global Administrators. Never the requester.
 */
export async function listApprovers(graph: LicenseGraph, requesterId: string): Promise<Admin[]> {
  const admins = (await listAdmins(graph)).filter((a) => a.id !== requesterId);
  for (const role of ADMIN_ROLES_BY_PREFERENCE) {
    const inRole = admins.filter((a) => a.roleTemplateId === role);
    if (inRole.length > 0) return inRole;
  }
  return [];
}
