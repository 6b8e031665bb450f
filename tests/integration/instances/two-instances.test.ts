import { startApp, type RunningApp } from '../../../bot/app';
import { loadConfig } from '../../../bot/config';
import { createLogger } from '../../../bot/logger';
import { BENCH_ACTOR_ID, buildBenchPlan } from '../../../bench/bench-request';
import { BENCH_SKU_ID, buildBenchTenant } from '../../../bench/bench-tenant';
import { GraphLicenseClient } from '../../../services/graph/graph-license-client';
import { Removals } from '../../../services/licensing/removals';
import type { AuditEvent, RemovalRequest } from '../../../services/licensing/removal-request';
import { RequestRepository } from '../../../services/licensing/request-repository';
import { startEmbeddedCosmos, type EmbeddedCosmos } from '../../../services/store/embedded-cosmos';
import { openStores, type Stores } from '../../../services/store/open-stores';
import { startTenantSimulator, type RunningSimulator } from '../../../services/tenant-simulator/server';
import { CrashSwitch, crashingGraph, crashingStore, SimulatedCrash } from '../../support/crash-hook';

const USERS = 40;
const REQUEST_ID = 'd0d0d0d0-0000-4000-8000-000000000001';

// Several instances on one Cosmos: two bots started together on the store of an instance that
// died mid-removal, with one Graph (an external simulator) between them. Each resumes at start;
// the run lease lets exactly one of them run the request.
describe('two bot instances on one Cosmos and one simulator', () => {
  let cosmos: EmbeddedCosmos;
  let sim: RunningSimulator;
  let stores: Stores<RemovalRequest, AuditEvent, { id: string; tenantId: string }>;
  const tenant = buildBenchTenant(USERS);
  const apps: RunningApp[] = [];

  beforeAll(async () => {
    cosmos = await startEmbeddedCosmos();
    // Answers a little late, so the two instances' resumes overlap.
    sim = await startTenantSimulator({ tenant, throttling: false, faults: { latencyMs: 30 } });
    stores = await openStores({ endpoint: cosmos.endpoint, key: cosmos.key, databaseId: 'two-instances' });
    // The instance that died: it stored the request, moved it to executing, and was killed before
    // its first $batch of writes.
    const sw = new CrashSwitch(1, 'graph $batch');
    const repo = new RequestRepository(crashingStore(stores.requests, sw), crashingStore(stores.audit, sw));
    const graph = crashingGraph(new GraphLicenseClient({ baseUrl: sim.url }), sw);
    await repo.create(
      {
        id: REQUEST_ID,
        tenantId: tenant.organization.id,
        state: 'awaiting-confirmation',
        channel: 'cli',
        locale: 'en',
        requesterId: BENCH_ACTOR_ID,
        requesterName: 'Instance test',
        ask: { products: [{ text: 'E3' }], people: [] },
        plan: buildBenchPlan(tenant, BENCH_SKU_ID),
      },
      BENCH_ACTOR_ID,
    );
    await expect(new Removals(graph, repo, tenant.organization.id).remove(REQUEST_ID, BENCH_ACTOR_ID)).rejects.toThrow(
      SimulatedCrash,
    );
  }, 30_000);

  afterAll(async () => {
    await Promise.all(apps.map((a) => a.close()));
    await stores.close();
    await sim.close();
    await cosmos.close();
  });

  it('runs the interrupted request once: every user written once, one executing→completed, one event per user', async () => {
    expect((await stores.requests.read(tenant.organization.id, REQUEST_ID))?.state).toBe('executing');
    const config = loadConfig({
      PORT: '0',
      PLAYGROUND: 'off',
      SIMULATOR_URL: sim.url,
      COSMOS_ENDPOINT: cosmos.endpoint,
      COSMOS_KEY: cosmos.key,
      COSMOS_DATABASE: 'two-instances',
    });
    apps.push(
      ...(await Promise.all([startApp(config, createLogger('silent')), startApp(config, createLogger('silent'))])),
    );

    const doc = await stores.requests.read(tenant.organization.id, REQUEST_ID);
    const audit = (await stores.audit.query(tenant.organization.id, { requestId: REQUEST_ID })).filter(
      (e) => e.type !== 'transition' || e.to !== 'awaiting-confirmation',
    );
    const written = sim.stats().assignLicenseByUser;
    expect({
      state: doc?.state,
      writtenOnce: tenant.users.every((u) => written[u.id] === 1),
      transitions: audit.filter((e) => e.type === 'transition').map((e) => `${e.from ?? ''}→${e.to ?? ''}`),
      outcomeEvents: audit.filter((e) => e.type === 'user-outcome').length,
      usersWithAnEvent: new Set(audit.filter((e) => e.type === 'user-outcome').map((e) => e.userId)).size,
    }).toEqual({
      state: 'completed',
      writtenOnce: true,
      transitions: ['awaiting-confirmation→executing', 'executing→completed'],
      outcomeEvents: USERS,
      usersWithAnEvent: USERS,
    });
  }, 30_000);
});
