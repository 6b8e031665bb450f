import { GraphLicenseClient } from '../../../services/graph/graph-license-client';
import { type RunningSimulator, startTenantSimulator } from '../../../services/tenant-simulator/server';
import { demoTenantWith } from './test-tenant';

describe('getUsersByIds', () => {
  let sim: RunningSimulator;
  beforeEach(async () => {
    sim = await startTenantSimulator({ tenant: demoTenantWith(300), throttling: false });
  });
  afterEach(async () => {
    await sim.close();
  });

  test('reads 340 users in one $batch round trip per 300 ids, each exactly once', async () => {
    const graph = new GraphLicenseClient({ baseUrl: sim.url, timeoutMs: 5000 });
    const ids = sim.state.users.map((u) => u.id);
    const before = sim.stats();
    const users = await graph.getUsersByIds([...ids, ...ids.slice(0, 10)]);
    expect(users.map((u) => u.id).sort()).toEqual([...ids].sort());
    expect(users[0]?.licenseAssignmentStates).toBeDefined();
    // 340 ids = 23 chunks of 15 = 2 batches.
    expect(sim.stats().requests - before.requests).toBe(2);
    expect(sim.stats().batches - before.batches).toBe(2);
  });

  test('a throttled sub-request is read again on its own, so no user goes missing', async () => {
    const graph = new GraphLicenseClient({ baseUrl: sim.url, timeoutMs: 5000, maxRetryTimeMs: 10_000 });
    sim.setFaults({ forceThrottle: { afterRequests: 5, windowMs: 1000, retryAfterSeconds: 1 } });
    const ids = sim.state.users.map((u) => u.id);
    const users = await graph.getUsersByIds(ids);
    expect(new Set(users.map((u) => u.id)).size).toBe(ids.length);
    expect(sim.stats().throttled).toBeGreaterThan(0);
  });
});
