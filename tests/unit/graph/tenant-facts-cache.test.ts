import type { User } from '@microsoft/microsoft-graph-types';
import type { LicenseGraph } from '../../../services/graph/license-graph';
import { createTenantFactsCache } from '../../../services/graph/tenant-facts-cache';

/** A LicenseGraph that counts calls per method and answers from plain values. */
function countingGraph() {
  const calls: Record<string, number> = {};
  let seats = 10;
  let fail = false;
  const count = (name: string) => {
    calls[name] = (calls[name] ?? 0) + 1;
  };
  const graph = {
    listSubscribedSkus: () => {
      count('listSubscribedSkus');
      if (fail) return Promise.reject(new Error('graph down'));
      return Promise.resolve([{ skuId: 'sku-1', prepaidUnits: { enabled: seats } }]);
    },
    listSubscriptions: () => (count('listSubscriptions'), Promise.resolve([])),
    getGroup: (id: string) => (count(`getGroup:${id}`), Promise.resolve({ id, displayName: `Group ${id}` })),
    listDirectoryRoles: () => (count('listDirectoryRoles'), Promise.resolve([])),
    listDirectoryRoleMembers: (id: string) => (count(`roleMembers:${id}`), Promise.resolve([])),
    getUser: (id: string) => (count('getUser'), Promise.resolve({ id } as User)),
    assignLicense: () => {
      count('assignLicense');
      seats++;
      return Promise.resolve({} as User);
    },
    assignLicenses: () => (count('assignLicenses'), Promise.resolve([])),
  } as unknown as LicenseGraph;
  return {
    graph,
    calls,
    setFail: (v: boolean) => {
      fail = v;
    },
  };
}

describe('tenant facts cache', () => {
  test('the cached view reads SKUs, subscriptions, roles and each group once within the TTL', async () => {
    const { graph, calls } = countingGraph();
    const { cached } = createTenantFactsCache(graph, { ttlMs: 60_000 });
    await Promise.all([cached.listSubscribedSkus(), cached.listSubscribedSkus()]);
    await cached.listSubscribedSkus();
    await cached.listSubscriptions();
    await cached.listSubscriptions();
    await cached.listDirectoryRoles();
    await cached.listDirectoryRoles();
    await cached.listDirectoryRoleMembers('r1');
    await cached.listDirectoryRoleMembers('R1');
    await cached.getGroup('g1');
    await cached.getGroup('g1');
    await cached.getGroup('g2');
    expect(calls).toEqual({
      listSubscribedSkus: 1,
      listSubscriptions: 1,
      listDirectoryRoles: 1,
      'roleMembers:r1': 1,
      'getGroup:g1': 1,
      'getGroup:g2': 1,
    });
  });

  test('users are never cached, and the fresh view caches nothing', async () => {
    const { graph, calls } = countingGraph();
    const { cached, fresh } = createTenantFactsCache(graph, { ttlMs: 60_000 });
    await cached.getUser('u1');
    await cached.getUser('u1');
    await fresh.listSubscribedSkus();
    await fresh.listSubscribedSkus();
    await fresh.listDirectoryRoles();
    await fresh.listDirectoryRoles();
    expect(calls).toEqual({ getUser: 2, listSubscribedSkus: 2, listDirectoryRoles: 2 });
  });

  test('a license change through either view drops the cached facts, so seat counts are re-read', async () => {
    const { graph, calls } = countingGraph();
    const { cached, fresh } = createTenantFactsCache(graph, { ttlMs: 60_000 });
    const before = await cached.listSubscribedSkus();
    await fresh.assignLicense({ userId: 'u1', addLicenses: [], removeLicenses: ['sku-1'] });
    const after = await cached.listSubscribedSkus();
    expect(before[0]?.prepaidUnits?.enabled).toBe(10);
    expect(after[0]?.prepaidUnits?.enabled).toBe(11);
    await cached.assignLicenses([]);
    await cached.listSubscribedSkus();
    expect(calls.listSubscribedSkus).toBe(3);
  });

  test('a failed read is not remembered', async () => {
    const { graph, calls, setFail } = countingGraph();
    const { cached } = createTenantFactsCache(graph, { ttlMs: 60_000 });
    setFail(true);
    await expect(cached.listSubscribedSkus()).rejects.toThrow('graph down');
    setFail(false);
    await expect(cached.listSubscribedSkus()).resolves.toHaveLength(1);
    expect(calls.listSubscribedSkus).toBe(2);
  });

  test('a read that started before a write does not refill the cache with what it saw', async () => {
    const { graph, calls } = countingGraph();
    const { cached, invalidate } = createTenantFactsCache(graph, { ttlMs: 60_000 });
    const inFlight = cached.listSubscribedSkus();
    invalidate();
    await inFlight;
    await cached.listSubscribedSkus();
    expect(calls.listSubscribedSkus).toBe(2);
  });

  test('ttlMs 0 turns the cache off', async () => {
    const { graph, calls } = countingGraph();
    const { cached } = createTenantFactsCache(graph, { ttlMs: 0 });
    await cached.listSubscribedSkus();
    await cached.listSubscribedSkus();
    expect(calls.listSubscribedSkus).toBe(2);
  });
});
