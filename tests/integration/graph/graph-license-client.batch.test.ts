import type { LicenseChangeResult } from '../../../services/graph/license-graph';
import { GraphLicenseClient } from '../../../services/graph/graph-license-client';
import type { RetryInfo } from '../../../services/graph/retry-info';
import {
  INSUFFICIENT_PRIVILEGES,
  startTenantSimulator,
  type RunningSimulator,
} from '../../../services/tenant-simulator/server';
import type { TenantFile } from '../../../services/tenant-simulator/tenant-file';
import {
  ANNA,
  ANNA_BERG,
  BO,
  demoTenantWith,
  E3,
  instantSleep,
  POWER_BI_PRO,
  recordingSleep,
  removal,
  virtualTime,
} from './test-tenant';

// assignLicenses over $batch: per-item results, partial retries, and no user changed twice.
describe('GraphLicenseClient.assignLicenses (tenant simulator)', () => {
  let sim: RunningSimulator | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
  });

  const testUserIds = (tenant: TenantFile) =>
    tenant.users.filter((u) => u.userPrincipalName.startsWith('test.user.')).map((u) => u.id);
  const holdsE3Directly = (s: RunningSimulator, userId: string) =>
    s.state.users
      .find((u) => u.id === userId)
      ?.licenseAssignmentStates.some((l) => l.skuId === E3 && l.assignedByGroup === null) ?? false;
  const outcome = (r: LicenseChangeResult | undefined) => (r === undefined ? 'missing' : r.ok ? 'ok' : r.error.code);

  it('runs 45 changes in 3 batches with a result per item, in input order', async () => {
    const tenant = demoTenantWith(40);
    const ids = testUserIds(tenant);
    const [forbidden, missing] = [ids[5]!, ids[33]!];
    sim = await startTenantSimulator({
      tenant,
      throttling: false,
      faults: {
        failUsers: {
          [forbidden]: INSUFFICIENT_PRIVILEGES,
          [missing]: {
            status: 404,
            code: 'Request_ResourceNotFound',
            message: `Resource '${missing}' does not exist.`,
          },
        },
      },
    });
    const graph = new GraphLicenseClient({ baseUrl: sim.url });
    const changes = [
      ...ids.map((id) => removal(id)),
      removal(ANNA.id),
      removal(ANNA_BERG.id),
      removal(BO.id, POWER_BI_PRO),
      removal(BO.id, '11111111-1111-1111-1111-111111111111'),
      removal('00000000-0000-0000-0000-000000000000'),
    ];
    expect(changes).toHaveLength(45);
    const settled: LicenseChangeResult[] = [];
    const results = await graph.assignLicenses(changes, (r) => settled.push(r));

    expect(results.map((r) => r.userId)).toEqual(changes.map((c) => c.userId));
    expect(settled).toHaveLength(45);
    expect(new Set(settled)).toEqual(new Set(results));
    const expected = changes.map(() => 'ok');
    expected[5] = 'graph/forbidden';
    expected[33] = 'graph/not-found';
    expected.splice(
      41,
      4,
      'graph/group-inherited',
      'graph/license-not-assigned',
      'graph/unknown-sku',
      'graph/not-found',
    );
    expect(results.map(outcome)).toEqual(expected);
    const failedItem = results[5];
    expect(failedItem?.ok === false && failedItem.error.requestId).toBeTruthy();

    expect(sim.stats().batches).toBe(3);
    expect(sim.stats().assignLicenseCalls).toBe(45);
    for (const [i, id] of ids.entries()) expect(holdsE3Directly(sim, id)).toBe(i === 5 || i === 33);
    expect(holdsE3Directly(sim, ANNA.id)).toBe(false);
  });

  it('retries only the throttled items under a write quota, never changing a user twice', async () => {
    const tenant = demoTenantWith(45);
    const ids = testUserIds(tenant);
    sim = await startTenantSimulator({ tenant, throttling: { writeQuota: { writes: 20, windowMs: 1000 } } });
    const retries: RetryInfo[] = [];
    const { sleep } = recordingSleep();
    const graph = new GraphLicenseClient({ baseUrl: sim.url, sleep, onRetry: (info) => retries.push(info) });

    const results = await graph.assignLicenses(ids.map((id) => removal(id)));

    // A user changed twice would end with graph/license-not-assigned; all succeed exactly once.
    expect(results.map(outcome)).toEqual(ids.map(() => 'ok'));
    expect(sim.stats().assignLicenseCalls).toBe(45);
    expect(sim.stats().throttled).toBeGreaterThan(0);
    expect(retries.length).toBe(sim.stats().throttled);
    for (const info of retries) expect(info).toMatchObject({ status: 429, retryAfterMs: 1000 });
    for (const id of ids) expect(holdsE3Directly(sim, id)).toBe(false);
  });

  it('retries 503 items in a later batch', async () => {
    const tenant = demoTenantWith(20);
    sim = await startTenantSimulator({
      tenant,
      throttling: false,
      faults: { unavailableBurst: { count: 5, retryAfterSeconds: 0 } },
    });
    const graph = new GraphLicenseClient({ baseUrl: sim.url, sleep: instantSleep().sleep });
    const results = await graph.assignLicenses(testUserIds(tenant).map((id) => removal(id)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(sim.stats().batches).toBe(2);
    expect(sim.stats().assignLicenseCalls).toBe(20);
  });

  it('ends items that stay throttled with graph/throttled, the rest succeed', async () => {
    const tenant = demoTenantWith(5);
    sim = await startTenantSimulator({
      tenant,
      throttling: false,
      faults: { forceThrottle: { afterRequests: 3, windowMs: 60_000, retryAfterSeconds: 1 } },
    });
    const time = virtualTime();
    const graph = new GraphLicenseClient({ baseUrl: sim.url, ...time, maxAttempts: 2, maxRetryTimeMs: 3000 });
    const results = await graph.assignLicenses(testUserIds(tenant).map((id) => removal(id)));
    expect(results.map(outcome).sort()).toEqual(['graph/throttled', 'graph/throttled', 'ok', 'ok', 'ok']);
    // Retried for the whole 3 s budget (1 s apart), not cut off at maxAttempts: 1 + 3 batches.
    expect(sim.stats().batches).toBe(4);
  });

  // Issue 15, defect 4: 4 × 429 + 1 × 503 within ~10 s ended as graph/throttled with 50 s of budget left.
  it('keeps retrying a storm of 429 and 503 past maxAttempts until it passes, within the time budget', async () => {
    const tenant = demoTenantWith(1);
    sim = await startTenantSimulator({
      tenant,
      throttling: false,
      faults: {
        unavailableBurst: { count: 1, retryAfterSeconds: 2 },
        forceThrottle: { afterRequests: 0, windowMs: 600_000, retryAfterSeconds: 2 },
      },
    });
    let retries = 0;
    const storm = sim;
    const graph = new GraphLicenseClient({
      baseUrl: storm.url,
      ...virtualTime(),
      maxAttempts: 5,
      maxRetryTimeMs: 60_000,
      // The storm ends after the fifth retry: one 503 and four 429s, 10 s of Retry-After.
      onRetry: () => {
        retries += 1;
        if (retries === 5) storm.setFaults({});
      },
    });
    const results = await graph.assignLicenses(testUserIds(tenant).map((id) => removal(id)));
    expect(results.map(outcome)).toEqual(['ok']);
    expect(sim.stats().assignLicenseCalls).toBe(1);
  });

  it('gives every item of a timed-out batch graph/timeout (ambiguous, not retried)', async () => {
    const tenant = demoTenantWith(3);
    sim = await startTenantSimulator({ tenant, throttling: false, faults: { latencyMs: 400 } });
    // Reads are late too, so the re-read cannot settle them: they stay graph/timeout.
    const graph = new GraphLicenseClient({ baseUrl: sim.url, timeoutMs: 100, maxAttempts: 2 });
    const results = await graph.assignLicenses(testUserIds(tenant).map((id) => removal(id)));
    expect(results.map(outcome)).toEqual(['graph/timeout', 'graph/timeout', 'graph/timeout']);
    expect(sim.stats().batches).toBe(1);
  });

  // Issue 15, defect 5: writes answered after the timeout were all reported graph/timeout although applied.
  it('settles writes whose answer came too late by re-reading: applied ones succeed, none is sent twice', async () => {
    const tenant = demoTenantWith(25);
    sim = await startTenantSimulator({ tenant, throttling: false, faults: { writeLatencyMs: 600 } });
    const graph = new GraphLicenseClient({ baseUrl: sim.url, timeoutMs: 300 });
    const ids = testUserIds(tenant);
    const results = await graph.assignLicenses(ids.map((id) => removal(id)));
    expect(results.map(outcome)).toEqual(ids.map(() => 'ok'));
    expect(sim.stats().assignLicenseCalls).toBe(25);
    expect(Object.values(sim.stats().assignLicenseByUser).every((n) => n === 1)).toBe(true);
  });

  it('sends an ambiguous write again when the re-read shows it was not applied', async () => {
    const tenant = demoTenantWith(2);
    sim = await startTenantSimulator({ tenant, throttling: false });
    const [first, second] = testUserIds(tenant);
    // A 500 on the first item's first attempt only: Graph may or may not have applied it.
    const realSim = sim;
    const graph = new GraphLicenseClient({
      baseUrl: realSim.url,
      ...virtualTime(),
      onRetry: () => realSim.setFaults({}),
    });
    realSim.setFaults({ failUsers: { [first ?? '']: { status: 500, code: 'generalException', message: 'x' } } });
    const results = await graph.assignLicenses([removal(first ?? ''), removal(second ?? '')]);
    expect(results.map(outcome)).toEqual(['ok', 'ok']);
    expect(realSim.stats().assignLicenseByUser).toEqual({ [first ?? '']: 2, [second ?? '']: 1 });
  });

  it('resolves an empty list without a request', async () => {
    sim = await startTenantSimulator({ tenant: demoTenantWith(0), throttling: false });
    const graph = new GraphLicenseClient({ baseUrl: sim.url });
    expect(await graph.assignLicenses([])).toEqual([]);
    expect(sim.stats().requests).toBe(0);
  });
});
