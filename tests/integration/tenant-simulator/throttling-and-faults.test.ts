import {
  INSUFFICIENT_PRIVILEGES,
  type RunningSimulator,
  startTenantSimulator,
} from '../../../services/tenant-simulator/server';
import { call, minimalTenant } from './sim-client';

const noop = { addLicenses: [], removeLicenses: [] };

describe('throttling', () => {
  let sim: RunningSimulator;
  let now: number;
  afterEach(() => sim.close());

  const start = async (throttling: Parameters<typeof startTenantSimulator>[0]['throttling']) => {
    now = 5_000_000;
    sim = await startTenantSimulator({
      tenant: minimalTenant(),
      now: () => now,
      ...(throttling !== undefined ? { throttling } : {}),
    });
  };

  it('enforces the write quota with Retry-After = time until the window frees', async () => {
    await start({ writeQuota: { writes: 3, windowMs: 10_000 } });
    for (let i = 0; i < 3; i++) {
      expect((await call(sim, 'POST', '/users/ada@fixture.test/assignLicense', noop)).status).toBe(200);
      now += 1000;
    }
    // t = +3 s: the first write leaves the window at +10 s, so wait 7 s.
    const r = await call(sim, 'POST', '/users/ada@fixture.test/assignLicense', noop);
    expect(r.status).toBe(429);
    expect(r.headers.get('retry-after')).toBe('7');
    expect(r.headers.get('x-ms-throttle-information')).toBe('WriteLimitExceeded');
    expect(r.body.error).toMatchObject({
      code: 'TooManyRequests',
      innerError: expect.objectContaining({ 'request-id': expect.any(String) }),
    });
    // Reads are not writes.
    expect((await call(sim, 'GET', '/organization')).status).toBe(200);
    now += 6999;
    expect((await call(sim, 'POST', '/users/ada@fixture.test/assignLicense', noop)).status).toBe(429);
    now += 1;
    expect((await call(sim, 'POST', '/users/ada@fixture.test/assignLicense', noop)).status).toBe(200);
    expect(sim.stats()).toMatchObject({ writes: 4, throttled: 2, assignLicenseCalls: 4 });
  });

  it('charges resource units per Graph cost (GET /users 2, subscribedSkus 3, $select -1)', async () => {
    await start({ resourceUnits: { units: 6, windowMs: 10_000 } });
    expect((await call(sim, 'GET', '/subscribedSkus')).headers.get('x-ms-resource-unit')).toBe('3');
    expect((await call(sim, 'GET', '/users')).headers.get('x-ms-resource-unit')).toBe('2');
    expect((await call(sim, 'GET', '/users?$select=id')).headers.get('x-ms-resource-unit')).toBe('1');
    const r = await call(sim, 'GET', '/users/ada@fixture.test');
    expect(r.status).toBe(429);
    expect(r.headers.get('x-ms-throttle-information')).toBe('ResourceUnitLimitExceeded');
    expect(r.headers.get('retry-after')).toBe('10');
  });

  it('uses the small-tenant budget by default and can be turned off', async () => {
    await start(undefined);
    // 3 units each: 1,166 reads fit in 3,500 units, the 1,167th is throttled (sent as batches of 20).
    const statuses: number[] = [];
    for (let i = 0; i < 59; i++) {
      const requests = Array.from({ length: 20 }, (_, j) => ({ id: String(j), method: 'GET', url: '/subscribedSkus' }));
      const r = await call(sim, 'POST', '/$batch', { requests });
      statuses.push(...r.body.responses.map((x: { status: number }) => x.status));
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(1166);
    await sim.close();
    await start(false);
    for (let i = 0; i < 50; i++) expect((await call(sim, 'GET', '/subscribedSkus')).status).toBe(200);
  });
});

describe('faults', () => {
  let sim: RunningSimulator;
  let now = 0;
  beforeEach(async () => {
    now = 0;
    sim = await startTenantSimulator({ tenant: minimalTenant(), throttling: false, now: () => now });
  });
  afterEach(() => sim.close());

  it('forces 429 after N requests per window', async () => {
    sim.setFaults({ forceThrottle: { afterRequests: 2, windowMs: 1000, retryAfterSeconds: 3 } });
    expect((await call(sim, 'GET', '/organization')).status).toBe(200);
    expect((await call(sim, 'GET', '/organization')).status).toBe(200);
    const r = await call(sim, 'GET', '/organization');
    expect(r.status).toBe(429);
    expect(r.headers.get('retry-after')).toBe('3');
    now = 1000;
    expect((await call(sim, 'GET', '/organization')).status).toBe(200);
  });

  it('answers a burst of 503s, then recovers', async () => {
    sim.setFaults({ unavailableBurst: { count: 2, retryAfterSeconds: 1 } });
    const first = await call(sim, 'GET', '/organization');
    expect(first.status).toBe(503);
    expect(first.headers.get('retry-after')).toBe('1');
    expect(first.body.error.code).toBe('serviceNotAvailable');
    expect((await call(sim, 'GET', '/organization')).status).toBe(503);
    expect((await call(sim, 'GET', '/organization')).status).toBe(200);
  });

  it('fails assignLicense for chosen users, by id or UPN', async () => {
    sim.setFaults({ failUsers: { 'gus@fixture.test': { status: 500, code: 'generalException', message: 'boom' } } });
    const r = await call(sim, 'POST', '/users/22222222-2222-4222-8222-000000000002/assignLicense', noop);
    expect(r.status).toBe(500);
    expect(r.body.error).toMatchObject({ code: 'generalException', message: 'boom' });
    sim.setFaults({ failUsers: { '22222222-2222-4222-8222-000000000001': INSUFFICIENT_PRIVILEGES } });
    expect((await call(sim, 'POST', '/users/ada@fixture.test/assignLicense', noop)).status).toBe(403);
    expect((await call(sim, 'POST', '/users/gus@fixture.test/assignLicense', noop)).status).toBe(200);
  });

  it('delays responses by the configured latency', async () => {
    sim.setFaults({ latencyMs: 60 });
    const started = Date.now();
    expect((await call(sim, 'GET', '/organization')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(50);
  });

  it('closes cleanly with a delayed response pending', async () => {
    sim.setFaults({ latencyMs: 60_000 });
    const pending = fetch(`${sim.url}/v1.0/organization`).then(
      () => 'answered',
      () => 'connection closed',
    );
    await new Promise((r) => setTimeout(r, 50));
    await sim.close();
    expect(await pending).toBe('connection closed');
    sim = await startTenantSimulator({ tenant: minimalTenant() }); // for afterEach
  });
});
