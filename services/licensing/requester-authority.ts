import type { User } from '@microsoft/microsoft-graph-types';
import type { LicenseGraph } from '../graph/license-graph';

/** Role template ids are the same in every tenant (Microsoft Entra built-in roles). */
export const ADMIN_ROLE_TEMPLATES = {
  globalAdministrator: '62e90394-69f5-4237-9190-012177145e10',
  userAdministrator: 'fe930be7-5e62-47db-91af-98c3a49a38b1',
  licenseAdministrator: '4d6ac14f-3453-41d0-bef9-a3e0c569773a',
} as const;

/** Order matters: approvers are taken from the first role that has members. */
export const ADMIN_ROLES_BY_PREFERENCE = [
  ADMIN_ROLE_TEMPLATES.licenseAdministrator,
  ADMIN_ROLE_TEMPLATES.userAdministrator,
  ADMIN_ROLE_TEMPLATES.globalAdministrator,
] as const;

export interface Admin {
  id: string;
  displayName: string;
  roleTemplateId: string;
}

/**
 * What the requester may do, decided from the directory at the time of asking:
 * - admin: holds License, User or Global Administrator → may remove directly.
 * - manager: has direct reports but no admin role → may request removals for those reports.
 * - none: neither.
 */
export type Authority =
  { kind: 'admin'; roleTemplateIds: string[] } | { kind: 'manager'; directReportIds: string[] } | { kind: 'none' };

/** Everyone holding one of the three admin roles, License Administrators first. */
export async function listAdmins(graph: LicenseGraph): Promise<Admin[]> {
  const roles = await graph.listDirectoryRoles();
  const admins: Admin[] = [];
  for (const templateId of ADMIN_ROLES_BY_PREFERENCE) {
    const role = roles.find((r) => r.roleTemplateId === templateId);
    if (!role?.id) continue;
    for (const m of await graph.listDirectoryRoleMembers(role.id)) {
      if (m.id && !admins.some((a) => a.id === m.id))
        admins.push({ id: m.id, displayName: m.displayName ?? m.id, roleTemplateId: templateId });
    }
  }
  return admins;
}

export async function authorityOf(
  graph: LicenseGraph,
  requester: Pick<User, 'id'>,
  admins: Admin[],
): Promise<Authority> {
  const id = requester.id ?? '';
  const roleTemplateIds = admins.filter((a) => a.id === id).map((a) => a.roleTemplateId);
  if (roleTemplateIds.length > 0) return { kind: 'admin', roleTemplateIds };
  const reports = await graph.listDirectReports(id);
  const directReportIds = reports.flatMap((r) => (r.id ? [r.id] : []));
  return directReportIds.length > 0 ? { kind: 'manager', directReportIds } : { kind: 'none' };
}

/** A directory user with what they may do now, and the admins who could help them. */
export interface Requester {
  user: User;
  admins: Admin[];
  authority: Authority;
}

/**
 * Loads a user and what they may do, from the directory as it is now (asked again at every
 * click); undefined when the id is not a directory user.
 */
export async function loadRequester(graph: LicenseGraph, requesterId: string): Promise<Requester | undefined> {
  let user: User;
  try {
    user = await graph.getUser(requesterId);
  } catch (e) {
    if ((e as { code?: string }).code === 'graph/not-found') return undefined;
    throw e;
  }
  const admins = await listAdmins(graph);
  return { user, admins, authority: await authorityOf(graph, user, admins) };
}
