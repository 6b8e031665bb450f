import type { User } from '@microsoft/microsoft-graph-types';
import type { LicenseGraph } from '../graph/license-graph';
import { type AdminGrant, listAdminGrants } from './admin-grants';
import { type AuthorityScope, scopeOfGrants } from './admin-scope';

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

/** A user holding at least one admin role, actively, at some scope. */
export interface Admin {
  id: string;
  displayName: string;
  /** Their most preferred role (License, then User, then Global Administrator). */
  roleTemplateId: string;
  /** Every active grant they hold of the three roles: which role, where, and whether through a group. */
  grants: AdminGrant[];
}

/**
 * What the requester may do, decided from the directory at the time of asking:
 * - admin: holds License, User or Global Administrator ACTIVELY (directly or through a
 *   role-assignable group) → may remove directly, within `scope` (the tenant, or administrative units);
 * - manager: has direct reports but no admin role → may request removals for those reports;
 * - none: neither. A PIM-eligible role that is not activated is not held.
 */
export type Authority =
  | { kind: 'admin'; roleTemplateIds: string[]; scope: AuthorityScope }
  | { kind: 'manager'; directReportIds: string[] }
  | { kind: 'none' };

/** Everyone holding one of the three admin roles, License Administrators first, one entry per user. */
export async function listAdmins(graph: LicenseGraph): Promise<Admin[]> {
  const grants = await listAdminGrants(graph, ADMIN_ROLES_BY_PREFERENCE);
  const byUser = new Map<string, Admin>();
  // Grants come in role-preference order, so a user's first grant names their preferred role.
  for (const grant of grants) {
    const key = grant.userId.toLowerCase();
    const admin = byUser.get(key);
    if (admin) admin.grants.push(grant);
    else
      byUser.set(key, {
        id: grant.userId,
        displayName: grant.displayName,
        roleTemplateId: grant.roleTemplateId,
        grants: [grant],
      });
  }
  return [...byUser.values()];
}

/** The admin entry of a user, if they hold an admin role (ids compare case-insensitively, as in Graph). */
export function adminEntryOf(admins: readonly Admin[], userId: string): Admin | undefined {
  const key = userId.toLowerCase();
  return admins.find((a) => a.id.toLowerCase() === key);
}

/** `reports` is asked only when the requester holds no admin role (it may have been read already). */
export async function authorityFrom(
  requester: Pick<User, 'id'>,
  admins: Admin[],
  reports: () => Promise<User[]>,
): Promise<Authority> {
  const id = requester.id ?? '';
  const admin = adminEntryOf(admins, id);
  const scope = admin ? scopeOfGrants(admin.grants) : undefined;
  if (admin && scope)
    return { kind: 'admin', roleTemplateIds: [...new Set(admin.grants.map((g) => g.roleTemplateId))], scope };
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
 * click); undefined when the id is not a directory user. The user and the admin roles are read
 * at once; at message time the user may come from the directory index (`knownUser`), which saves
 * a Graph read per chat turn (the index is kept fresh by delta queries, and the click reads the
 * user again). The user's direct reports are needed only when the user is no admin: when the roles
 * are at hand (cached at message time) they are read only then; when the roles must come from
 * Graph, the reports are asked alongside them, which saves a round trip for one small read. At
 * most two sequential round trips, one when the roles are cached.
 */
export async function loadRequester(
  graph: LicenseGraph,
  requesterId: string,
  /** The requester as the directory index knows them (message time only; never at a click). */
  knownUser?: (id: string) => User | undefined,
): Promise<Requester | undefined> {
  const adminsRead = listAdmins(graph);
  const known = knownUser?.(requesterId);
  const userRead = known
    ? Promise.resolve(known)
    : graph.getUser(requesterId).catch((e: unknown) => {
        if ((e as { code?: string }).code === 'graph/not-found') return undefined;
        throw e;
      });
  const atHand = await settlesFromMemory(adminsRead);
  const reports = atHand ? () => graph.listDirectReports(requesterId) : settled(graph.listDirectReports(requesterId));
  const [user, admins] = await Promise.all([userRead, adminsRead]);
  if (!user) return undefined;
  return { user, admins, authority: await authorityFrom(user, admins, reports) };
}

/**
 * How many microtask turns a read answered from memory may take (the cached admin list takes
 * about fifteen: a few awaits per role and group). A Graph read never settles within them: it
 * needs I/O, which waits for the event loop's next turn.
 */
const MEMORY_ANSWER_HOPS = 64;

/**
 * Whether `p` settles within microtasks, i.e. was answered from memory. Waiting on microtasks
 * rather than a macrotask keeps a read started afterwards in the same turn of the event loop, so
 * it still joins the `$batch` being gathered (read-coalescer.ts flushes on `setImmediate`). Never
 * rejects: a failure is left for whoever awaits `p`. Guessing wrong only costs a read, never a
 * wrong answer: an unsettled read is treated as a Graph read.
 */
async function settlesFromMemory(p: Promise<unknown>): Promise<boolean> {
  let settled = false;
  p.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (let hop = 0; hop < MEMORY_ANSWER_HOPS && !settled; hop++) await Promise.resolve();
  return settled;
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
