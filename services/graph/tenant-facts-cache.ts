import { LRUCache } from 'lru-cache';
import type { LicenseGraph } from './license-graph';

export interface TenantFactsCacheOptions {
  /** How long a fact is reused, in milliseconds; 0 turns the cache off (every read goes to Graph). */
  ttlMs: number;
  /** Facts kept (one per group name, plus a few tenant-wide lists); the least recently used go first. */
  maxEntries?: number;
}

/**
 * Two views of one Graph connection:
 * - `cached` reuses the tenant's slow-changing facts for `ttlMs`: SKUs with their seat counts,
 *   subscriptions, directory roles and their members, role assignments, administrative units and
 *   their members, and groups (for their names and, for role-assignable and approver groups, their
 *   members). Everything
 *   else, users above all, is read fresh. For planning at message time, where a confirmation card
 *   up to `ttlMs` old in its seat counts or role list is acceptable, because:
 * - `fresh` reads everything from Graph. For everything decided at a click (authority, the
 *   executor's re-read of users, the result's seat counts), so a cached fact never widens what
 *   someone may do or what gets removed.
 * A write through either view (assignLicense) drops every cached fact before it resolves, so
 * the bot never plans on seat counts from before its own change.
 */
export interface TenantFactsCache {
  cached: LicenseGraph;
  fresh: LicenseGraph;
  /** Drops every cached fact (the next read of each goes to Graph). */
  invalidate(): void;
}

export function createTenantFactsCache(graph: LicenseGraph, options: TenantFactsCacheOptions): TenantFactsCache {
  // Promises are cached, so concurrent turns share one read; a rejected read is dropped at once.
  const facts = new LRUCache<string, Promise<unknown>>({ max: options.maxEntries ?? 1000, ttl: options.ttlMs || 1 });
  // Bumped on every invalidation: a read that started before a write must not refill the cache.
  let generation = 0;
  const invalidate = () => {
    generation++;
    facts.clear();
  };
  const remember = <T>(key: string, read: () => Promise<T>): Promise<T> => {
    if (options.ttlMs <= 0) return read();
    const hit = facts.get(key) as Promise<T> | undefined;
    if (hit) return hit;
    const started = generation;
    const pending = read();
    facts.set(key, pending);
    pending.catch(() => {
      if (facts.get(key) === pending) facts.delete(key);
    });
    void pending.then(
      () => {
        if (generation !== started && facts.get(key) === pending) facts.delete(key);
      },
      () => undefined,
    );
    return pending;
  };
  const afterWrite = async <T>(write: () => Promise<T>): Promise<T> => {
    try {
      return await write();
    } finally {
      invalidate();
    }
  };

  const fresh: LicenseGraph = {
    getOrganization: () => graph.getOrganization(),
    getUser: (idOrUpn) => graph.getUser(idOrUpn),
    listUsers: () => graph.listUsers(),
    findUsersByPrefix: (prefix) => graph.findUsersByPrefix(prefix),
    findUsersByAddress: (addresses) => graph.findUsersByAddress(addresses),
    findUsersByPrefixes: (prefixes) => graph.findUsersByPrefixes(prefixes),
    findUsersWithSku: (skuId) => graph.findUsersWithSku(skuId),
    sampleUsers: (options) => graph.sampleUsers(options),
    searchUsersMany: (searches) => graph.searchUsersMany(searches),
    getUsersByIds: (ids) => graph.getUsersByIds(ids),
    listUsersSignedInBefore: (before) => graph.listUsersSignedInBefore(before),
    listLicenseDetails: (userId) => graph.listLicenseDetails(userId),
    listSubscribedSkus: () => graph.listSubscribedSkus(),
    listSubscriptions: () => graph.listSubscriptions(),
    getGroup: (groupId) => graph.getGroup(groupId),
    listGroupMembers: (groupId) => graph.listGroupMembers(groupId),
    listDirectoryRoles: () => graph.listDirectoryRoles(),
    listDirectoryRoleMembers: (roleId) => graph.listDirectoryRoleMembers(roleId),
    listRoleAssignments: (roleDefinitionId) => graph.listRoleAssignments(roleDefinitionId),
    getAdministrativeUnit: (unitId) => graph.getAdministrativeUnit(unitId),
    listAdministrativeUnitMembers: (unitId) => graph.listAdministrativeUnitMembers(unitId),
    getMe: () => graph.getMe(),
    getManager: (userId) => graph.getManager(userId),
    listDirectReports: (userId) => graph.listDirectReports(userId),
    listMemberOf: (userId) => graph.listMemberOf(userId),
    assignLicense: (change) => afterWrite(() => graph.assignLicense(change)),
    assignLicenses: (changes, onItem) => afterWrite(() => graph.assignLicenses(changes, onItem)),
  };
  const cached: LicenseGraph = {
    ...fresh,
    listSubscribedSkus: () => remember('subscribedSkus', () => graph.listSubscribedSkus()),
    listSubscriptions: () => remember('subscriptions', () => graph.listSubscriptions()),
    getGroup: (groupId) => remember(`group:${groupId.toLowerCase()}`, () => graph.getGroup(groupId)),
    // Members of role-assignable groups (admin grants) and of the approver group: who holds a role.
    listGroupMembers: (groupId) =>
      remember(`groupMembers:${groupId.toLowerCase()}`, () => graph.listGroupMembers(groupId)),
    listDirectoryRoles: () => remember('directoryRoles', () => graph.listDirectoryRoles()),
    listDirectoryRoleMembers: (roleId) =>
      remember(`directoryRoleMembers:${roleId.toLowerCase()}`, () => graph.listDirectoryRoleMembers(roleId)),
    // Role assignments and administrative units are tenant facts too: the click re-reads them fresh.
    listRoleAssignments: (roleDefinitionId) =>
      remember(`roleAssignments:${roleDefinitionId.toLowerCase()}`, () => graph.listRoleAssignments(roleDefinitionId)),
    getAdministrativeUnit: (unitId) =>
      remember(`administrativeUnit:${unitId.toLowerCase()}`, () => graph.getAdministrativeUnit(unitId)),
    listAdministrativeUnitMembers: (unitId) =>
      remember(`administrativeUnitMembers:${unitId.toLowerCase()}`, () => graph.listAdministrativeUnitMembers(unitId)),
  };
  return { cached, fresh, invalidate };
}
