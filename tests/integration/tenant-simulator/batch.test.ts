import { type RunningSimulator, startTenantSimulator } from '../../../services/tenant-simulator/server';
import { call, E3, minimalTenant, seeded } from './sim-client';

describe('POST /$batch', () => {
  let sim: RunningSimulator;
  afterEach(() => sim.close());

  const reads = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ id: String(i + 1), method: 'GET', url: '/organization' }));

  it('runs each item through the same routes and answers every id once', async () => {
    sim = await startTenantSimulator({ tenant: minimalTenant(), throttling: false, random: seeded(1) });
    const r = await call(sim, 'POST', '/$batch', {
      requests: [
        {
          id: 'ada',
          method: 'POST',
          url: '/users/ada@fixture.test/assignLicense',
          headers: { 'Content-Type': 'application/json' },
          body: { addLicenses: [], removeLicenses: [E3] },
        },
        {
          id: 'gus',
          method: 'POST',
          url: 'users/gus@fixture.test/assignLicense',
          body: { addLicenses: [], removeLicenses: [E3] },
        },
        { id: 'who', method: 'GET', url: '/users/nobody@fixture.test' },
        { id: 'skus', method: 'GET', url: "/users?$filter=startswith(displayName,'D')&$select=displayName" },
      ],
    });
    expect(r.status).toBe(200);
    const byId = Object.fromEntries(r.body.responses.map((x: { id: string }) => [x.id, x]));
    expect(Object.keys(byId).sort()).toEqual(['ada', 'gus', 'skus', 'who']);
    expect(byId.ada.status).toBe(200);
    expect(byId.gus).toMatchObject({ status: 400, body: { error: { code: 'Request_BadRequest' } } });
    expect(byId.who.status).toBe(404);
    expect(byId.skus.body.value).toEqual([{ displayName: 'Dee Both' }]);
    expect(byId.ada.headers['Content-Type']).toBe('application/json');
    expect(sim.stats().batches).toBe(1);
    expect(sim.stats().assignLicenseCalls).toBe(2);
  });

  it('answers with the state at the time of the request, also when a write lands during its latency', async () => {
    sim = await startTenantSimulator({ tenant: minimalTenant(), throttling: false, faults: { latencyMs: 150 } });
    const licensesOf = (body: { assignedLicenses?: { skuId: string }[] } | undefined) =>
      (body?.assignedLicenses ?? []).map((l) => l.skuId);
    const read = call(sim, 'POST', '/$batch', {
      requests: [{ id: 'ada', method: 'GET', url: '/users/ada@fixture.test?$select=assignedLicenses' }],
    });
    // Sent after the read was answered inside the simulator, but while that answer is still on its way.
    await new Promise((r) => setTimeout(r, 50));
    const write = await call(sim, 'POST', '/users/ada@fixture.test/assignLicense', {
      addLicenses: [],
      removeLicenses: [E3],
    });
    expect(write.status).toBe(200);
    const [before] = (await read).body.responses;
    expect(licensesOf(before.body)).toContain(E3);
    const after = await call(sim, 'GET', '/users/ada@fixture.test?$select=assignedLicenses');
    expect(licensesOf(after.body)).not.toContain(E3);
  });

  it('refuses more than 20 requests', async () => {
    sim = await startTenantSimulator({ tenant: minimalTenant(), throttling: false });
    const r = await call(sim, 'POST', '/$batch', { requests: reads(21) });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('BadRequest');
    expect((await call(sim, 'POST', '/$batch', { requests: reads(20) })).status).toBe(200);
    expect((await call(sim, 'POST', '/$batch', { nope: [] })).status).toBe(400);
  });

  it('shuffles responses, deterministically for a seeded random', async () => {
    const order = async (seed: number) => {
      sim = await startTenantSimulator({ tenant: minimalTenant(), throttling: false, random: seeded(seed) });
      const r = await call(sim, 'POST', '/$batch', { requests: reads(20) });
      await sim.close();
      return r.body.responses.map((x: { id: string }) => x.id) as string[];
    };
    const a = await order(7);
    expect(await order(7)).toEqual(a);
    expect(a).not.toEqual(reads(20).map((x) => x.id));
    expect([...a].sort()).toEqual(
      reads(20)
        .map((x) => x.id)
        .sort(),
    );
    sim = await startTenantSimulator({ tenant: minimalTenant() }); // for afterEach
  });

  it('throttles items on their own: a 200 batch can hold 429s with Retry-After', async () => {
    let now = 1_000_000;
    sim = await startTenantSimulator({
      tenant: minimalTenant(),
      now: () => now,
      throttling: { writeQuota: { writes: 2, windowMs: 5000 } },
    });
    const items = ['ada', 'gus', 'dee'].map((u) => ({
      id: u,
      method: 'POST',
      url: `/users/${u}@fixture.test/assignLicense`,
      body: { addLicenses: [], removeLicenses: [] },
    }));
    const r = await call(sim, 'POST', '/$batch', { requests: items });
    expect(r.status).toBe(200);
    const throttled = r.body.responses.filter((x: { status: number }) => x.status === 429);
    expect(throttled).toHaveLength(1);
    expect(throttled[0].headers['Retry-After']).toBe('5');
    expect(throttled[0].body.error.code).toBe('TooManyRequests');
    expect(sim.stats().throttled).toBe(1);
    now += 5000;
    const retry = await call(sim, 'POST', '/$batch', { requests: [items[0]] });
    expect(retry.body.responses[0].status).toBe(200);
  });
});
