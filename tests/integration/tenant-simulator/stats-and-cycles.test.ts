import { startTenantSimulator, type RunningSimulator } from '../../../services/tenant-simulator/server';
import { call, E3, minimalTenant } from './sim-client';

const noop = { addLicenses: [], removeLicenses: [] };

describe('simulator stats over HTTP and fault cycles', () => {
  let sim: RunningSimulator;
  let now: number;
  afterEach(() => sim.close());

  it('serves GET /_simulator/stats with per-user assignLicense counts, unmetered', async () => {
    sim = await startTenantSimulator({
      tenant: minimalTenant(),
      throttling: { writeQuota: { writes: 2, windowMs: 60_000 } },
    });
    const ada = sim.state.users.find((u) => u.userPrincipalName === 'ada@fixture.test');
    await call(sim, 'POST', '/users/ada@fixture.test/assignLicense', noop);
    await call(sim, 'POST', `/users/${ada?.id ?? ''}/assignLicense`, noop);
    // Third write is throttled: not counted as an assignLicense call.
    expect((await call(sim, 'POST', '/users/ada@fixture.test/assignLicense', noop)).status).toBe(429);
    const res = await fetch(`${sim.url}/_simulator/stats`);
    expect(res.status).toBe(200);
    const stats = (await res.json()) as Record<string, unknown>;
    expect(stats).toMatchObject({ requests: 3, writes: 2, throttled: 1, assignLicenseCalls: 2 });
    expect(stats.assignLicenseByUser).toEqual({ [ada?.id ?? '']: 2 });
    // Asking for stats is not a Graph request.
    expect(sim.stats().requests).toBe(3);
  });

  it('repeats a 503 burst every everyMs', async () => {
    now = 1_000_000;
    sim = await startTenantSimulator({
      tenant: minimalTenant(),
      now: () => now,
      throttling: false,
      faults: { unavailableBurst: { count: 2, everyMs: 1000, retryAfterSeconds: 1 } },
    });
    const statuses = async (n: number) => {
      const out: number[] = [];
      for (let i = 0; i < n; i++) out.push((await call(sim, 'GET', '/organization')).status);
      return out;
    };
    expect(await statuses(3)).toEqual([503, 503, 200]);
    now += 999;
    expect(await statuses(1)).toEqual([200]);
    now += 1;
    expect(await statuses(3)).toEqual([503, 503, 200]);
  });

  it('applies a write before answering it late (writeLatencyMs): a client that gave up sees an ambiguous write', async () => {
    sim = await startTenantSimulator({ tenant: minimalTenant(), throttling: false, faults: { writeLatencyMs: 5_000 } });
    const aborted = fetch(`${sim.url}/v1.0/users/ada@fixture.test/assignLicense`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ addLicenses: [], removeLicenses: [E3] }),
      signal: AbortSignal.timeout(200),
    });
    await expect(aborted).rejects.toThrow();
    const ada = sim.state.users.find((u) => u.userPrincipalName === 'ada@fixture.test');
    expect(ada?.assignedLicenses.map((l) => l.skuId)).not.toContain(E3);
    // Reads are answered on time.
    expect((await call(sim, 'GET', '/organization')).status).toBe(200);
  });
});
