import type {
  AdministrativeUnit,
  CompanySubscription,
  DirectoryRole,
  Group,
  LicenseDetails,
  Organization,
  SubscribedSku,
  UnifiedRoleAssignment,
  User,
} from '@microsoft/microsoft-graph-types';
import type { GraphError } from './graph-error';

/** The user fields License Desk reads everywhere; the client `$select`s exactly these. */
export const USER_FIELDS = [
  'id',
  'displayName',
  'givenName',
  'surname',
  'userPrincipalName',
  'mail',
  'jobTitle',
  'department',
  'preferredLanguage',
  'usageLocation',
  'accountEnabled',
  'assignedLicenses',
  'licenseAssignmentStates',
] as const;

/** Graph's signInActivity of one user (UTC ISO date-times; null when there was none). */
export interface UserSignInActivity {
  userId: string;
  lastSignInDateTime: string | null;
  lastNonInteractiveSignInDateTime: string | null;
  lastSuccessfulSignInDateTime: string | null;
}

/** One item of a license change: what `POST /users/{id}/assignLicense` takes. */
export interface LicenseChange {
  userId: string;
  addLicenses: { skuId: string; disabledPlans: string[] }[];
  removeLicenses: string[];
}

/** Per-item result of a batched license change: the updated user, or the error it ended with. */
export type LicenseChangeResult =
  { userId: string; ok: true; user: User } | { userId: string; ok: false; error: GraphError };

/**
 * The Microsoft Graph calls License Desk needs. Implemented over HTTP by `GraphLicenseClient`
 * (graph.microsoft.com in production, the tenant simulator locally and in tests).
 *
 * Contract: every method either resolves or rejects with a `GraphError`; every call has a timeout;
 * 429/503/504 are retried with `Retry-After` honoured, within a bounded number of attempts and time.
 * Reads are idempotent. `assignLicense` is not idempotent from Graph's side (removing twice is a 400
 * `graph/license-not-assigned`), so callers classify state first and treat that code as "already done".
 */
export interface LicenseGraph {
  getOrganization(): Promise<Organization>;
  /** By object id or userPrincipalName. Rejects `graph/not-found`. */
  getUser(idOrUpn: string): Promise<User>;
  /** All users (paged through), with USER_FIELDS. */
  listUsers(): Promise<User[]>;
  /** Users whose displayName, givenName, mail or UPN start with `prefix` (OData-escaped). */
  findUsersByPrefix(prefix: string): Promise<User[]>;
  /** Users holding the SKU, directly or through a group (`assignedLicenses/any(…)`), paged through. */
  findUsersWithSku(skuId: string): Promise<User[]>;
  /** One page of at most `top` users (holding `withSku`, when given): a sample, never the directory. */
  sampleUsers(options: { top: number; withSku?: string }): Promise<User[]>;
  /** `findUsersByPrefix` for many prefixes in few round trips (`$batch`); answers in the order given. */
  findUsersByPrefixes(prefixes: string[]): Promise<User[][]>;
  /**
   * `$search` (e.g. `"displayName:ann" OR "displayName:lin"`) for each query, in few round trips
   * (`$batch`); at most one page (999 users) per query. Answers in the order given.
   */
  searchUsersMany(searches: string[]): Promise<User[][]>;
  /** Users whose mail or userPrincipalName equals one of `addresses` (chunked `in` filters). */
  findUsersByAddress(addresses: string[]): Promise<User[]>;
  /** Users by object id, read with few requests (`id in (...)` filters, chunked); missing ids are simply absent. */
  getUsersByIds(ids: string[]): Promise<User[]>;
  /**
   * Users whose last interactive sign-in is at or before `before`
   * (`$filter=signInActivity/lastSignInDateTime le …`), with all three sign-in times. Users who
   * never signed in are not returned (Graph's filter skips null). Needs AuditLog.Read.All and
   * Entra ID P1: otherwise rejects `graph/forbidden` (graphCode `Authorization_RequestDenied` or
   * `Authentication_RequestFromNonPremiumTenantOrB2CTenant`).
   */
  listUsersSignedInBefore(before: Date): Promise<UserSignInActivity[]>;
  listLicenseDetails(userId: string): Promise<LicenseDetails[]>;
  listSubscribedSkus(): Promise<SubscribedSku[]>;
  listSubscriptions(): Promise<CompanySubscription[]>;
  getGroup(groupId: string): Promise<Group>;
  /** Member users of a group (other member types are left out). Rejects `graph/not-found` for an unknown group. */
  listGroupMembers(groupId: string): Promise<User[]>;
  listDirectoryRoles(): Promise<DirectoryRole[]>;
  /** Member user ids of a directory role (activated role object id). */
  listDirectoryRoleMembers(roleId: string): Promise<User[]>;
  /**
   * The ACTIVE assignments of one role (`roleDefinitionId` = a built-in role's template id), each
   * with its `principal` expanded (a user or a role-assignable group, told apart by `@odata.type`)
   * and its `directoryScopeId` (`/` or `/administrativeUnits/{id}`). PIM eligibilities that are not
   * activated are not assignments and are not returned (Graph keeps them in roleEligibilitySchedules).
   */
  listRoleAssignments(roleDefinitionId: string): Promise<UnifiedRoleAssignment[]>;
  /** Rejects `graph/not-found` for an unknown unit. */
  getAdministrativeUnit(unitId: string): Promise<AdministrativeUnit>;
  /** Member users of an administrative unit (groups and devices left out: their members are not in its scope). */
  listAdministrativeUnitMembers(unitId: string): Promise<User[]>;
  /** The signed-in user of a delegated token. Graph answers 400 for an app-only token. */
  getMe(): Promise<User>;
  /** Resolves `undefined` when the user has no manager. */
  getManager(userId: string): Promise<User | undefined>;
  listDirectReports(userId: string): Promise<User[]>;
  /** Groups and roles the user is a direct member of. */
  listMemberOf(userId: string): Promise<(Group | DirectoryRole)[]>;
  /** One user, one call. Resolves the updated user. */
  assignLicense(change: LicenseChange): Promise<User>;
  /**
   * Many users through `$batch` (20 per request, bounded concurrency); throttled items are
   * retried alone. Never rejects for a single item: each item carries its own outcome.
   * `onItem` is called as each item settles (for progress).
   */
  assignLicenses(
    changes: LicenseChange[],
    onItem?: (result: LicenseChangeResult) => void,
  ): Promise<LicenseChangeResult[]>;
}
