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
import { buildSdkClient } from './build-sdk-client';
import { GraphError, isGraphError } from './graph-error';
import {
  GRAPH_API_VERSION,
  resolveGraphClientOptions,
  type GraphClientOptions,
  type ResolvedGraphClientOptions,
} from './graph-client-options';
import { GraphTransport } from './graph-transport';
import { runLicenseBatches } from './license-batch';
import {
  USER_FIELDS,
  type LicenseChange,
  type LicenseChangeResult,
  type LicenseGraph,
  type UserSignInActivity,
} from './license-graph';
import {
  chunk,
  inFilter,
  MAX_IN_VALUES,
  odataQuery,
  odataString,
  startswithAnyFilter,
  USER_PREFIX_FIELDS,
  userKeySegment,
} from './odata';
import { Semaphore } from './semaphore';
import { queryUsersBatched, type UserQuery } from './user-query-batch';
import { ThrottleGate } from './throttle-gate';
import { readUserDeltaRound, type UserDeltaReader, type UserDeltaRound } from './user-delta';

export type { GraphClientOptions } from './graph-client-options';

/** Graph's page size ceiling for users. */
const USERS_PAGE_SIZE = 999;
const SELECT_USER = USER_FIELDS.join(',');
/** A GUID literal is unquoted in OData; anything else cannot be a SKU id and would be an injection. */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `$filter` for users holding a SKU (directly or through a group); undefined for a non-GUID. */
function holdsSkuFilter(skuId: string): string | undefined {
  return GUID.test(skuId) ? `assignedLicenses/any(x:x/skuId eq ${skuId})` : undefined;
}

/**
 * `LicenseGraph` over Microsoft Graph v1.0 with `@microsoft/microsoft-graph-client`.
 * One instance per process and tenant: its throttle gate and concurrency limit are shared by every
 * call made through it (that is the point). See GraphClientOptions for limits and defaults.
 * Every method resolves or rejects with a GraphError; nothing else escapes.
 */
export class GraphLicenseClient implements LicenseGraph, UserDeltaReader {
  private readonly opts: ResolvedGraphClientOptions;
  private readonly transport: GraphTransport;
  private readonly gate: ThrottleGate;

  constructor(opts: GraphClientOptions) {
    this.opts = resolveGraphClientOptions(opts);
    this.gate = new ThrottleGate(this.opts.now, this.opts.sleep);
    const sdk = buildSdkClient(this.opts, new Semaphore(this.opts.maxConcurrency), this.gate);
    this.transport = new GraphTransport(sdk, `${this.opts.baseUrl}/${GRAPH_API_VERSION}`);
    if (this.opts.coalesceReads) this.transport.coalesceReads();
  }

  async getOrganization(): Promise<Organization> {
    const [organization] = await this.transport.getAll<Organization>('/organization');
    if (!organization) throw new GraphError('graph/not-found', 404, undefined, undefined, undefined);
    return organization;
  }

  getUser(idOrUpn: string): Promise<User> {
    return this.transport.get<User>(`/${userKeySegment(idOrUpn)}?${odataQuery({ $select: SELECT_USER })}`);
  }

  /** See UserDeltaReader: one delta round over the directory index's fields. */
  readUserDelta(deltaLink: string | undefined): Promise<UserDeltaRound> {
    return readUserDeltaRound(this.transport, `${this.opts.baseUrl}/${GRAPH_API_VERSION}`, deltaLink);
  }

  listUsers(): Promise<User[]> {
    return this.transport.getAll<User>(`/users?${odataQuery({ $select: SELECT_USER, $top: USERS_PAGE_SIZE })}`);
  }

  findUsersByPrefix(prefix: string): Promise<User[]> {
    return this.queryUsers(startswithAnyFilter(USER_PREFIX_FIELDS, prefix));
  }

  /**
   * One `in` filter per property and chunk of 15 (Graph's default limit on `in` expressions), run
   * concurrently within the client's limit; results deduplicated by id, in first-seen order.
   */
  async findUsersByAddress(addresses: string[]): Promise<User[]> {
    const unique = [...new Set(addresses.filter((address) => address !== ''))];
    const requests = chunk(unique, MAX_IN_VALUES).flatMap((values) =>
      (['mail', 'userPrincipalName'] as const).map((field) => this.queryUsers(inFilter(field, values))),
    );
    const byId = new Map<string, User>();
    for (const users of await Promise.all(requests)) {
      for (const user of users) if (user.id && !byId.has(user.id)) byId.set(user.id, user);
    }
    return [...byId.values()];
  }

  /** `id in (...)` in chunks of 15, sent 20 chunks per `$batch`; ids Graph does not know are simply absent. */
  async getUsersByIds(ids: string[]): Promise<User[]> {
    const unique = [...new Set(ids.filter((id) => id !== ''))];
    const queries = chunk(unique, MAX_IN_VALUES).map((values) => ({ path: usersPath(inFilter('id', values)) }));
    const users = (await this.queryUsersMany(queries)).flat();
    const byId = new Map(users.map((u) => [u.id, u]));
    return [...byId.values()];
  }

  async listUsersSignedInBefore(before: Date): Promise<UserSignInActivity[]> {
    // Seconds precision, no fraction: the literal form Graph's docs use for this filter.
    const at = `${before.toISOString().slice(0, 19)}Z`;
    const users = await this.transport.getAll<User & { signInActivity?: SignInActivityBody | null }>(
      `/users?${odataQuery({
        $filter: `signInActivity/lastSignInDateTime le ${at}`,
        $select: 'id,signInActivity',
        $top: USERS_PAGE_SIZE,
      })}`,
    );
    return users.flatMap((u) =>
      u.id
        ? [
            {
              userId: u.id,
              lastSignInDateTime: u.signInActivity?.lastSignInDateTime ?? null,
              lastNonInteractiveSignInDateTime: u.signInActivity?.lastNonInteractiveSignInDateTime ?? null,
              lastSuccessfulSignInDateTime: u.signInActivity?.lastSuccessfulSignInDateTime ?? null,
            },
          ]
        : [],
    );
  }

  findUsersWithSku(skuId: string): Promise<User[]> {
    const filter = holdsSkuFilter(skuId);
    return filter ? this.queryUsers(filter) : Promise.resolve([]);
  }

  sampleUsers(options: { top: number; withSku?: string }): Promise<User[]> {
    const top = Math.max(1, Math.min(USERS_PAGE_SIZE, Math.floor(options.top)));
    const filter = options.withSku === undefined ? undefined : holdsSkuFilter(options.withSku);
    if (options.withSku !== undefined && !filter) return Promise.resolve([]);
    const query = { ...(filter ? { $filter: filter } : {}), $select: SELECT_USER, $top: top };
    return this.transport.getPage<User>(`/users?${odataQuery(query)}`, {});
  }

  /** One startswith query per prefix (see findUsersByPrefix), all in `$batch`: one round trip for 20 names. */
  findUsersByPrefixes(prefixes: string[]): Promise<User[][]> {
    return this.queryUsersMany(prefixes.map((p) => ({ path: usersPath(startswithAnyFilter(USER_PREFIX_FIELDS, p)) })));
  }

  /**
   * `$search` queries on users (each `"property:words"` clauses joined by OR/AND, as Graph takes
   * them), all in `$batch`, with the `ConsistencyLevel: eventual` header `$search` needs. Graph
   * caps each answer at one page here: a search is for candidates, never the whole directory.
   */
  searchUsersMany(searches: string[]): Promise<User[][]> {
    return this.queryUsersMany(
      searches.map((search) => ({
        path: `/users?${odataQuery({ $search: search, $select: SELECT_USER, $top: USERS_PAGE_SIZE })}`,
        headers: { ConsistencyLevel: 'eventual' },
      })),
    );
  }

  private queryUsersMany(queries: UserQuery[]): Promise<User[][]> {
    return queryUsersBatched(queries, this.transport, (query) =>
      query.headers ? this.transport.getPage<User>(query.path, query.headers) : this.transport.getAll<User>(query.path),
    );
  }

  listLicenseDetails(userId: string): Promise<LicenseDetails[]> {
    return this.transport.getAll<LicenseDetails>(`/${userKeySegment(userId)}/licenseDetails`);
  }

  listSubscribedSkus(): Promise<SubscribedSku[]> {
    return this.transport.getAll<SubscribedSku>('/subscribedSkus');
  }

  listSubscriptions(): Promise<CompanySubscription[]> {
    return this.transport.getAll<CompanySubscription>('/directory/subscriptions');
  }

  getGroup(groupId: string): Promise<Group> {
    return this.transport.get<Group>(`/groups/${encodeURIComponent(groupId)}`);
  }

  listDirectoryRoles(): Promise<DirectoryRole[]> {
    return this.transport.getAll<DirectoryRole>('/directoryRoles');
  }

  /** Role members that are users (service principals and groups are left out). */
  async listGroupMembers(groupId: string): Promise<User[]> {
    const members = await this.transport.getAll<User>(
      `/groups/${encodeURIComponent(groupId)}/members?${odataQuery({ $select: SELECT_USER })}`,
    );
    return members.filter(isUserObject);
  }

  async listDirectoryRoleMembers(roleId: string): Promise<User[]> {
    const members = await this.transport.getAll<User>(
      `/directoryRoles/${encodeURIComponent(roleId)}/members?${odataQuery({ $select: SELECT_USER })}`,
    );
    return members.filter(isUserObject);
  }

  /**
   * v1.0 `roleAssignments` filtered by role, with `$expand=principal` (Graph's documented example).
   * Not the beta-only `transitiveRoleAssignments`: production code stays on v1.0, and a
   * role-assignable group cannot contain groups, so its direct members are all its transitive members.
   */
  listRoleAssignments(roleDefinitionId: string): Promise<UnifiedRoleAssignment[]> {
    return this.transport.getAll<UnifiedRoleAssignment>(
      `/roleManagement/directory/roleAssignments?${odataQuery({
        $filter: `roleDefinitionId eq ${odataString(roleDefinitionId)}`,
        $expand: 'principal',
      })}`,
    );
  }

  getAdministrativeUnit(unitId: string): Promise<AdministrativeUnit> {
    return this.transport.get<AdministrativeUnit>(`/directory/administrativeUnits/${encodeURIComponent(unitId)}`);
  }

  async listAdministrativeUnitMembers(unitId: string): Promise<User[]> {
    const members = await this.transport.getAll<User>(
      `/directory/administrativeUnits/${encodeURIComponent(unitId)}/members?${odataQuery({ $select: 'id,displayName,userPrincipalName' })}`,
    );
    return members.filter(isUserObject);
  }

  getMe(): Promise<User> {
    return this.transport.get<User>(`/me?${odataQuery({ $select: SELECT_USER })}`);
  }

  /** Graph answers 404 both for "no manager" and for an unknown user; both resolve `undefined`. */
  async getManager(userId: string): Promise<User | undefined> {
    try {
      return await this.transport.get<User>(
        `/${userKeySegment(userId)}/manager?${odataQuery({ $select: SELECT_USER })}`,
      );
    } catch (e) {
      if (isGraphError(e) && e.code === 'graph/not-found') return undefined;
      throw e;
    }
  }

  async listDirectReports(userId: string): Promise<User[]> {
    const reports = await this.transport.getAll<User>(
      `/${userKeySegment(userId)}/directReports?${odataQuery({ $select: SELECT_USER })}`,
    );
    return reports.filter(isUserObject);
  }

  listMemberOf(userId: string): Promise<(Group | DirectoryRole)[]> {
    return this.transport.getAll<Group | DirectoryRole>(`/${userKeySegment(userId)}/memberOf`);
  }

  /**
   * Retried on 429/503 only (Graph did not apply it). A timeout, network error or 504 is ambiguous
   * for this non-idempotent POST, so it surfaces as `graph/timeout` / `graph/network` /
   * `graph/unavailable` and the caller re-reads the user's licenses before deciding.
   * (`assignLicenses` settles such writes itself by re-reading; see license-batch.ts.)
   */
  assignLicense(change: LicenseChange): Promise<User> {
    return this.transport.post<User>(
      `/${userKeySegment(change.userId)}/assignLicense`,
      { addLicenses: change.addLicenses, removeLicenses: change.removeLicenses },
      'assignLicense',
    );
  }

  assignLicenses(
    changes: LicenseChange[],
    onItem?: (result: LicenseChangeResult) => void,
  ): Promise<LicenseChangeResult[]> {
    const { maxAttempts, maxRetryTimeMs, maxWriteBatches, baseUrl, now, sleep, onRetry, writeQuota } = this.opts;
    return runLicenseBatches(
      changes,
      {
        transport: this.transport,
        gate: this.gate,
        limits: { maxAttempts, maxRetryTimeMs },
        baseUrl,
        maxConcurrency: maxWriteBatches,
        now,
        sleep,
        ...(onRetry ? { onRetry } : {}),
        ...(writeQuota ? { quota: writeQuota } : {}),
        readUsers: (ids) => this.getUsersByIds(ids),
      },
      onItem,
    );
  }

  private queryUsers($filter: string): Promise<User[]> {
    return this.transport.getAll<User>(usersPath($filter));
  }
}

/** The part of Graph's signInActivity License Desk reads (microsoft-graph-types lacks the successful one). */
interface SignInActivityBody {
  lastSignInDateTime?: string | null;
  lastNonInteractiveSignInDateTime?: string | null;
  lastSuccessfulSignInDateTime?: string | null;
}

/** `/users` with a filter, License Desk's user fields and the largest page. */
function usersPath($filter: string): string {
  return `/users?${odataQuery({ $filter, $select: SELECT_USER, $top: USERS_PAGE_SIZE })}`;
}

/** A directory object is a user when Graph says so, or says nothing (a `$select`ed user has no type). */
function isUserObject(object: User): boolean {
  const type = (object as { '@odata.type'?: unknown })['@odata.type'];
  return type === undefined || type === '#microsoft.graph.user';
}
