import { buildBenchPlan, BENCH_ACTOR_ID } from '../../../bench/bench-request';
import { BENCH_SKU_ID, buildBenchTenant } from '../../../bench/bench-tenant';
import { GraphLicenseClient } from '../../../services/graph/graph-license-client';
import type { LicenseGraph } from '../../../services/graph/license-graph';
import { Removals } from '../../../services/licensing/removals';
import type { AuditEvent, RemovalRequest } from '../../../services/licensing/removal-request';
import { RequestRepository } from '../../../services/licensing/request-repository';
import type { DocumentStore } from '../../../services/store/document-store';
import { MemoryDocumentStore } from '../../../services/store/memory-document-store';
import { PassThrough } from 'node:stream';
import { runCli } from '../../../bot/cli/run-cli';
import { startEmbeddedCosmos, type EmbeddedCosmos } from '../../../services/store/embedded-cosmos';
import { openStores, type Stores } from '../../../services/store/open-stores';
import { startTenantSimulator, type RunningSimulator } from '../../../services/tenant-simulator/server';
import type { TenantFile } from '../../../services/tenant-simulator/tenant-file';
import { CrashSwitch, crashingGraph, crashingStore, seeded, SimulatedCrash } from '../../support/crash-hook';

// Issue 15, defect 1: the request and its audit events are separate writes, and a process that
// died between them left a request "20 removed" with no outcome events, a completed request whose
// audit ends at `executing`, a resumed request without its `executing` event. Here a run of 100
// users dies at a seeded random write boundary (store write or Graph $batch), 20 times, and is
// finished by what the bot does on start (resume), by `license-desk resume`, or by the requester
// clicking again.
const USERS = 100;
const KILLS = 20;
const SEED = 15;

interface RepoStores {
  requests: DocumentStore<RemovalRequest>;
  audit: DocumentStore<AuditEvent>;
}

async function doomedRun(
  sim: RunningSimulator,
  tenant: TenantFile,
  stores: RepoStores,
  crashAt: number,
  requestId: string,
) {
  const tenantId = tenant.organization.id;
  const sw = new CrashSwitch(crashAt);
  const repo = new RequestRepository(crashingStore(stores.requests, sw), crashingStore(stores.audit, sw));
  const graph = crashingGraph(new GraphLicenseClient({ baseUrl: sim.url }), sw);
  try {
    await repo.create(
      {
        id: requestId,
        tenantId,
        state: 'awaiting-confirmation',
        channel: 'cli',
        locale: 'en',
        requesterId: BENCH_ACTOR_ID,
        requesterName: 'Crash test',
        ask: { products: [{ text: 'E3' }], people: [] },
        plan: buildBenchPlan(tenant, BENCH_SKU_ID),
      },
      BENCH_ACTOR_ID,
    );
    await new Removals(graph, repo, tenantId).remove(requestId, BENCH_ACTOR_ID);
  } catch (e) {
    if (!(e instanceof SimulatedCrash)) throw e;
  }
  return sw;
}

/**
 * What a new process does: the bot's start-up resume, or `license-desk resume <id>` (the CLI on the
 * same Cosmos and simulator), or — when the request never started — the requester clicking again.
 */
async function recover(
  graph: LicenseGraph,
  repo: RequestRepository,
  tenantId: string,
  requestId: string,
  cliEnv: Record<string, string> | undefined,
): Promise<'click' | 'bot' | 'cli' | 'nothing'> {
  const doc = await repo.get(tenantId, requestId);
  if (doc?.state === 'awaiting-confirmation') {
    await new Removals(graph, repo, tenantId).remove(requestId, BENCH_ACTOR_ID);
    return 'click';
  }
  if (doc?.state !== 'executing') return 'nothing';
  if (!cliEnv) {
    await new Removals(graph, repo, tenantId).resume();
    return 'bot';
  }
  {
    let err = '';
    const stderr = new PassThrough();
    stderr.on('data', (c: Buffer) => (err += c.toString()));
    const code = await runCli(['resume', requestId, '--json'], {
      stdout: { write: () => true },
      stderr,
      stdin: new PassThrough(),
      env: cliEnv,
    });
    expect({ requestId, code, err }).toEqual({ requestId, code: 0, err: '' });
  }
  return 'cli';
}

describe('a removal of 100 users killed at a random write boundary, then resumed', () => {
  const random = seeded(SEED);
  let boundaries = 0;
  let cosmos: EmbeddedCosmos;
  let cosmosStores: Stores<RemovalRequest, AuditEvent, { id: string; tenantId: string }>;
  afterAll(async () => {
    await cosmosStores.close();
    await cosmos.close();
  });

  beforeAll(async () => {
    cosmos = await startEmbeddedCosmos();
    cosmosStores = await openStores({ endpoint: cosmos.endpoint, key: cosmos.key, databaseId: 'crash-resume' });
    // A clean run, to count its write boundaries.
    const tenant = buildBenchTenant(USERS);
    const sim = await startTenantSimulator({ tenant, throttling: false });
    try {
      const sw = await doomedRun(
        sim,
        tenant,
        { requests: new MemoryDocumentStore(), audit: new MemoryDocumentStore() },
        Infinity,
        'a1a1a1a1-0000-4000-8000-000000000000',
      );
      boundaries = sw.count;
    } finally {
      await sim.close();
    }
  });

  it(`ends with Graph exact and one audit event per transition and per user, after each of ${KILLS} kills`, async () => {
    expect(boundaries).toBeGreaterThan(USERS);
    // Two fixed kills first: before the start's first write (the request stays to be clicked
    // again), and before its second (started, but the creation event, which the first move
    // records, is lost: the resume must write it). Then seeded random ones.
    const crashPoints = [2, 3, ...Array.from({ length: KILLS - 2 }, () => 1 + Math.floor(random() * boundaries))];
    const recoveredBy: string[] = [];
    for (const [round, crashAt] of crashPoints.entries()) {
      const tenant = buildBenchTenant(USERS);
      const tenantId = tenant.organization.id;
      const sim = await startTenantSimulator({ tenant, throttling: false });
      // Every fourth round on Cosmos, finished by `license-desk resume`; the others by the bot's resume.
      const byCli = round % 4 === 3;
      const stores: RepoStores = byCli
        ? cosmosStores
        : { requests: new MemoryDocumentStore(), audit: new MemoryDocumentStore() };
      const cliEnv = byCli
        ? {
            LOG_LEVEL: 'silent',
            GRAPH_WRITE_QUOTA: 'off',
            SIMULATOR_URL: sim.url,
            COSMOS_ENDPOINT: cosmos.endpoint,
            COSMOS_KEY: cosmos.key,
            COSMOS_DATABASE: 'crash-resume',
          }
        : undefined;
      const requestId = `c0c0c0c0-0000-4000-8000-${String(round).padStart(12, '0')}`;
      const context = `round ${round}${byCli ? ' (cli)' : ''}, crash before write ${crashAt} of ${boundaries}`;
      try {
        const sw = await doomedRun(sim, tenant, stores, crashAt, requestId);
        expect({ context, died: sw.dead }).toEqual({ context, died: true });
        const repo = new RequestRepository(stores.requests, stores.audit);
        recoveredBy.push(
          await recover(new GraphLicenseClient({ baseUrl: sim.url }), repo, tenantId, requestId, cliEnv),
        );

        const doc = await repo.get(tenantId, requestId);
        const users = tenant.users.map((u) => u.id);
        if (!doc) {
          // Died before the request was stored: nothing may have changed.
          expect({ context, calls: sim.stats().assignLicenseCalls }).toEqual({ context, calls: 0 });
          continue;
        }
        const stillHolding = sim.state.users.filter((u) => u.assignedLicenses.some((l) => l.skuId === BENCH_SKU_ID));
        const written = sim.stats().assignLicenseByUser;
        const audit = await repo.auditTrail(tenantId, requestId);
        const transitions = audit.filter((e) => e.type === 'transition').map((e) => `${e.from ?? ''}→${e.to ?? ''}`);
        const outcomeEvents = audit.filter((e) => e.type === 'user-outcome');
        expect({
          context,
          state: doc.state,
          stillHolding: stillHolding.length,
          writtenOnce: users.every((id) => written[id] === 1),
          transitions,
          history: (doc.transitions ?? []).map((t) => `${t.from ?? ''}→${t.to}`),
          outcomeEvents: outcomeEvents.length,
          usersWithOneEvent: new Set(outcomeEvents.map((e) => e.userId)).size,
          removedEvents: outcomeEvents.filter((e) => e.outcome === 'removed').length,
          removedOutcomes: Object.values(doc.outcomes ?? {}).filter((o) => o.status === 'removed').length,
        }).toEqual({
          context,
          state: 'completed',
          stillHolding: 0,
          writtenOnce: true,
          transitions: ['→awaiting-confirmation', 'awaiting-confirmation→executing', 'executing→completed'],
          history: ['→awaiting-confirmation', 'awaiting-confirmation→executing', 'executing→completed'],
          outcomeEvents: USERS,
          usersWithOneEvent: USERS,
          removedEvents: USERS,
          removedOutcomes: USERS,
        });
      } finally {
        await sim.close();
      }
    }
    // Kills of every kind: before the run started, and mid-run for both resumers.
    expect(new Set(recoveredBy)).toEqual(new Set(['click', 'bot', 'cli']));
  }, 60_000);
});
