// Storm benchmark: 500 users removed by two writers at once (two requests of 250, two Graph clients,
// as two bot instances or CLI runs would) under a write quota with forced 429 and 503 cycles.
// Prints the time against the quota floor and how many users were lost or written twice, for two
// writers sharing the write quota through the store (GRAPH_WRITE_QUOTA) and for two pacing alone.
// Run: npm run bench:storm [-- --quota=100/2000] [-- --latency-ms=20]
// Exits 1 when a user is lost or written twice.
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { GraphLicenseClient } from '../services/graph/graph-license-client';
import type { ExecuteResult } from '../services/licensing/execute-removal';
import { Removals } from '../services/licensing/removals';
import type { AuditEvent, RemovalRequest } from '../services/licensing/removal-request';
import { RequestRepository } from '../services/licensing/request-repository';
import type { CoordinationDocument } from '../services/store/coordination-document';
import { MemoryDocumentStore } from '../services/store/memory-document-store';
import { StoreWriteQuota } from '../services/store/store-write-quota';
import { startTenantSimulator, type FaultOptions } from '../services/tenant-simulator/server';
import { keyValues, ms } from './bench-report';
import { BENCH_ACTOR_ID, buildBenchPlan, createBenchRequest } from './bench-request';
import { BENCH_SKU_ID, BENCH_TENANT_ID, buildBenchTenant } from './bench-tenant';
import { parseQuota, runFloorMs, type WriteQuota } from './quota-floor';
import { checkRemovalIntegrity, type IntegrityReport } from './removal-integrity';

const USERS = 500;
const WRITERS = 2;
/** Forced cycles on top of the quota: 429 past 80 operations a second, a 503 burst every 3 s. */
const STORM: FaultOptions = {
  forceThrottle: { afterRequests: 80, windowMs: 1000, retryAfterSeconds: 1 },
  unavailableBurst: { count: 10, everyMs: 3000, retryAfterSeconds: 1 },
};

interface StormResult {
  elapsedMs: number;
  throttled: number;
  integrity: IntegrityReport;
  states: string[];
}

async function storm(quota: WriteQuota, latencyMs: number, shared: boolean): Promise<StormResult> {
  const tenant = buildBenchTenant(USERS);
  const sim = await startTenantSimulator({
    tenant,
    throttling: { writeQuota: quota },
    faults: { ...STORM, latencyMs },
  });
  try {
    // One store for both writers, as two instances on one Cosmos account.
    const requests = new MemoryDocumentStore<RemovalRequest>();
    const audit = new MemoryDocumentStore<AuditEvent>();
    const coordination = new MemoryDocumentStore<CoordinationDocument>();
    const plan = buildBenchPlan(tenant, BENCH_SKU_ID);
    const per = Math.ceil(plan.users.length / WRITERS);
    const writers = await Promise.all(
      Array.from({ length: WRITERS }, async (_, w) => {
        const users = plan.users.slice(w * per, (w + 1) * per);
        const ids = new Set(users.map((u) => u.id));
        const part = { ...plan, users, entries: plan.entries.filter((e) => ids.has(e.userId)) };
        const repo = new RequestRepository(requests, audit);
        const graph = new GraphLicenseClient({
          baseUrl: sim.url,
          ...(shared
            ? { writeQuota: new StoreWriteQuota({ store: coordination, tenantId: BENCH_TENANT_ID, quota }) }
            : {}),
        });
        return { repo, graph, request: await createBenchRequest(repo, BENCH_TENANT_ID, part) };
      }),
    );
    const start = performance.now();
    const results: ExecuteResult[] = await Promise.all(
      writers.map((w) => new Removals(w.graph, w.repo, BENCH_TENANT_ID).remove(w.request.id, BENCH_ACTOR_ID)),
    );
    const elapsedMs = performance.now() - start;
    const done = results.flatMap((r) => (r.kind === 'executed' ? [r.request] : []));
    const stats = sim.stats();
    const integrity = checkRemovalIntegrity({
      userIds: plan.users.map((u) => u.id),
      skuId: BENCH_SKU_ID,
      state: sim.state,
      admittedCalls: stats.assignLicenseCalls,
      request: {
        state: done.length === WRITERS && done.every((d) => d.state === 'completed') ? 'completed' : 'failed',
        outcomes: Object.assign({}, ...done.map((d) => d.outcomes ?? {})) as NonNullable<RemovalRequest['outcomes']>,
      },
      audit: (await Promise.all(writers.map((w) => w.repo.auditTrail(BENCH_TENANT_ID, w.request.id)))).flat(),
    });
    return {
      elapsedMs,
      throttled: stats.throttled,
      integrity,
      states: results.map((r) => (r.kind === 'executed' ? r.request.state : r.kind)),
    };
  } finally {
    await sim.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      quota: { type: 'string', default: '100/2000' },
      'latency-ms': { type: 'string', default: '20' },
    },
  });
  const quota = parseQuota(values.quota);
  if (!quota) throw new Error('--quota must be WRITES/WINDOW_MS, e.g. 100/2000');
  const latencyMs = Number(values['latency-ms']);
  if (!Number.isFinite(latencyMs) || latencyMs < 0) throw new Error('--latency-ms must be a number ≥ 0');
  const floor = runFloorMs(USERS, quota, latencyMs);
  console.log(`storm bench: ${USERS} users removed by ${WRITERS} writers at once (two requests, two Graph clients)`);
  console.log(`  write quota ${quota.writes} / ${ms(quota.windowMs)} (sliding), latency ${latencyMs} ms,`);
  console.log(
    `  forced 429 past ${STORM.forceThrottle?.afterRequests} operations / s, 503 burst of ${STORM.unavailableBurst?.count} every ${ms(STORM.unavailableBurst?.everyMs ?? 0)}`,
  );
  console.log(`  floor: ${ms(floor)} (the quota alone, for ${USERS} writes, plus one answer)`);
  let broken = false;
  for (const shared of [true, false]) {
    const r = await storm(quota, latencyMs, shared);
    const lost = r.integrity.lost;
    broken ||= lost > 0 || r.integrity.doneTwice > 0;
    console.log('');
    console.log(
      shared
        ? 'writers sharing the write quota through the store (GRAPH_WRITE_QUOTA):'
        : 'writers pacing alone (GRAPH_WRITE_QUOTA=off):',
    );
    for (const line of keyValues([
      ['elapsed', `${ms(r.elapsedMs)}, ratio to floor ${(r.elapsedMs / floor).toFixed(2)}`],
      ['429s received', String(r.throttled)],
      ['requests', r.states.join(', ')],
      ['lost', String(lost)],
      ['written twice', String(r.integrity.doneTwice)],
      ['integrity', r.integrity.problems.length === 0 ? 'intact' : r.integrity.problems.join('; ')],
    ]))
      console.log(`  ${line}`);
  }
  if (broken) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
