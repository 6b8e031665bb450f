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
  // The three roles' members at once (one round trip), then merged in order of preference.
  const members = await Promise.all(
    ADMIN_ROLES_BY_PREFERENCE.map(async (templateId) => {
      const role = roles.find((r) => r.roleTemplateId === templateId);
      return { templateId, users: role?.id ? await graph.listDirectoryRoleMembers(role.id) : [] };
    }),
  );
  const admins: Admin[] = [];
  for (const { templateId, users } of members) {
    for (const m of users) {
      if (m.id && !admins.some((a) => a.id === m.id))
        admins.push({ id: m.id, displayName: m.displayName ?? m.id, roleTemplateId: templateId });
    }
  }
  return admins;
}

/** `reports` is asked only when the requester holds no admin role (it may have been read already). */
export async function authorityFrom(
  requester: Pick<User, 'id'>,
  admins: Admin[],
  reports: () => Promise<User[]>,
): Promise<Authority> {
  const id = requester.id ?? '';
  const roleTemplateIds = admins.filter((a) => a.id === id).map((a) => a.roleTemplateId);
  if (roleTemplateIds.length > 0) return { kind: 'admin', roleTemplateIds };
  const directReportIds = (await reports()).flatMap((r) => (r.id ? [r.id] : []));
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
 * click); undefined when the id is not a directory user. The user, the admin roles and the user's
 * direct reports are read at once (the reports are only needed when the user is no admin, but
 * asking up front saves a round trip for one small read): at most two sequential round trips,
 * one when the roles are cached.
 */
export async function loadRequester(graph: LicenseGraph, requesterId: string): Promise<Requester | undefined> {
  const reports = settled(graph.listDirectReports(requesterId));
  const [user, admins] = await Promise.all([
    graph.getUser(requesterId).catch((e: unknown) => {
      if ((e as { code?: string }).code === 'graph/not-found') return undefined;
      throw e;
    }),
    listAdmins(graph),
  ]);
  if (!user) return undefined;
  return { user, admins, authority: await authorityFrom(user, admins, reports) };
}

/**
 * Starts a read whose answer may be needed later or never: its failure is kept for whoever asks
 * (thrown there), never an unhandled rejection.
 */
export function settled<T>(p: Promise<T>): () => Promise<T> {
  const outcome = p.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  return async () => {
    const r = await outcome;
    if (r.ok) return r.value;
    throw r.error;
  };
}
