import { GraphLicenseClient } from '../../../services/graph/graph-license-client';
import type { RetryInfo } from '../../../services/graph/retry-info';
import { loadDemoTenant } from '../../../services/tenant-simulator/demo-tenant';
import { startTenantSimulator, type RunningSimulator } from '../../../services/tenant-simulator/server';
import { ANNA, BO, E3, instantSleep, recordingSleep, removal, virtualTime } from './test-tenant';

// Timeouts, retries and the shared throttle gate, against simulator faults over real HTTP.
describe('GraphLicenseClient resilience (tenant simulator)', () => {
  let sim: RunningSimulator;

  beforeEach(async () => {
    sim = await startTenantSimulator({ tenant: loadDemoTenant(), throttling: false });
  });
  afterEach(() => sim.close());

  it('retries a forced 429 after its Retry-After and succeeds', async () => {
    const { sleep, waits } = recordingSleep();
    const retries: RetryInfo[] = [];
    const graph = new GraphLicenseClient({ baseUrl: sim.url, sleep, onRetry: (info) => retries.push(info) });
    sim.setFaults({ forceThrottle: { afterRequests: 1, windowMs: 1000, retryAfterSeconds: 1 } });
    await graph.getUser(ANNA.id);
    expect(await graph.getUser(BO.id)).toMatchObject({ id: BO.id });
    expect(retries).toEqual([{ status: 429, retryAfterMs: 1000, attempt: 1 }]);
    expect(waits).toContain(1000);
    expect(sim.stats().throttled).toBe(1);
  });

  it('makes every later request wait at the shared gate after one 429', async () => {
    const { sleep } = recordingSleep();
    // One request on the wire at a time makes the order deterministic: #3 is throttled, and #4
    // (already queued) must wait for the gate instead of running into its own 429.
    const graph = new GraphLicenseClient({ baseUrl: sim.url, sleep, maxConcurrency: 1 });
    sim.setFaults({ forceThrottle: { afterRequests: 2, windowMs: 1000, retryAfterSeconds: 1 } });
    const users = await Promise.all([
      graph.getUser(ANNA.id),
      graph.getUser(BO.id),
      graph.getUser(ANNA.upn),
      graph.getUser(BO.upn),
    ]);
    expect(users.map((u) => u.id)).toEqual([ANNA.id, BO.id, ANNA.id, BO.id]);
    expect(sim.stats().throttled).toBe(1);
  });

  it('gives up with graph/throttled once the time budget is spent, not after maxAttempts', async () => {
    const { sleep, now, waits } = virtualTime();
    const graph = new GraphLicenseClient({ baseUrl: sim.url, sleep, now, maxAttempts: 3, maxRetryTimeMs: 5000 });
    sim.setFaults({ forceThrottle: { afterRequests: 0, windowMs: 60_000, retryAfterSeconds: 1 } });
    await expect(graph.getUser(BO.id)).rejects.toMatchObject({ code: 'graph/throttled', status: 429 });
    // Five waits of 1 s fit in the 5 s budget: six attempts, although maxAttempts is 3.
    expect(sim.stats().throttled).toBe(6);
    expect(waits.filter((ms) => ms === 1000).length).toBe(5);
  });

  it('gives up at once when Retry-After exceeds the time budget', async () => {
    const graph = new GraphLicenseClient({ baseUrl: sim.url, sleep: instantSleep().sleep, maxRetryTimeMs: 5000 });
    sim.setFaults({ forceThrottle: { afterRequests: 0, windowMs: 60_000, retryAfterSeconds: 30 } });
    await expect(graph.getUser(BO.id)).rejects.toMatchObject({ code: 'graph/throttled' });
    expect(sim.stats().throttled).toBe(1);
  });

  it('retries a 503 burst, also on assignLicense (a 503 was not applied)', async () => {
    const { sleep, waits } = instantSleep();
    const graph = new GraphLicenseClient({ baseUrl: sim.url, sleep });
    sim.setFaults({ unavailableBurst: { count: 2 } });
    expect(await graph.getUser(BO.id)).toMatchObject({ id: BO.id });
    expect(waits).toHaveLength(2); // backoff without Retry-After
    for (const ms of waits) expect(ms).toBeLessThanOrEqual(30_000);
    sim.setFaults({ unavailableBurst: { count: 2, retryAfterSeconds: 0 } });
    await graph.assignLicense(removal(BO.id));
    expect(sim.stats().assignLicenseCalls).toBe(1);
  });

  it('surfaces graph/unavailable when the burst outlasts the time budget', async () => {
    const graph = new GraphLicenseClient({ baseUrl: sim.url, ...virtualTime(), maxAttempts: 2, maxRetryTimeMs: 3000 });
    sim.setFaults({ unavailableBurst: { count: 5, retryAfterSeconds: 1 } });
    await expect(graph.listSubscribedSkus()).rejects.toMatchObject({ code: 'graph/unavailable', status: 503 });
  });

  it('times out a slow read, retries it, and reports graph/timeout', async () => {
    const graph = new GraphLicenseClient({
      baseUrl: sim.url,
      sleep: instantSleep().sleep,
      timeoutMs: 100,
      maxAttempts: 2,
    });
    sim.setFaults({ latencyMs: 400 });
    const before = sim.stats().requests;
    await expect(graph.getUser(BO.id)).rejects.toMatchObject({ code: 'graph/timeout', status: 0 });
    expect(sim.stats().requests - before).toBe(2);
  });

  it('does not retry a timed-out assignLicense: the outcome is ambiguous', async () => {
    const graph = new GraphLicenseClient({ baseUrl: sim.url, sleep: instantSleep().sleep, timeoutMs: 100 });
    sim.setFaults({ latencyMs: 400 });
    await expect(graph.assignLicense(removal(BO.id))).rejects.toMatchObject({ code: 'graph/timeout' });
    expect(sim.stats().assignLicenseCalls).toBe(1);
    // The simulator applied it before the late answer: exactly why the caller must re-read state.
    const bo = sim.state.users.find((u) => u.id === BO.id);
    expect(bo?.assignedLicenses.map((l) => l.skuId)).not.toContain(E3);
  });

  it('attaches the bearer token from getToken on every request, over plain http', async () => {
    let calls = 0;
    const graph = new GraphLicenseClient({
      baseUrl: sim.url,
      getToken: () => {
        calls += 1;
        return Promise.resolve('token-123');
      },
    });
    await graph.getUser(BO.id);
    await graph.listSubscribedSkus();
    expect(calls).toBe(2);
  });

  it('maps a failing token provider to graph/unauthorized without sending anything', async () => {
    const graph = new GraphLicenseClient({
      baseUrl: sim.url,
      getToken: () => Promise.reject(new Error('AADSTS7000215: secret for tenant x')),
    });
    const before = sim.stats().requests;
    const error = await graph.getUser(BO.id).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'graph/unauthorized', status: 0 });
    expect((error as Error).message).not.toContain('AADSTS');
    expect(sim.stats().requests).toBe(before);
  });

  it('reports graph/network when nothing listens', async () => {
    const url = sim.url;
    await sim.close();
    sim = await startTenantSimulator({ tenant: loadDemoTenant(), throttling: false }); // for afterEach
    const graph = new GraphLicenseClient({ baseUrl: url, sleep: instantSleep().sleep, maxAttempts: 2 });
    await expect(graph.getOrganization()).rejects.toMatchObject({ code: 'graph/network', status: 0 });
  });
});
