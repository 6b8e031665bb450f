// One measured run each: the naive baseline (one assignLicense per user, one after another) and
// the executor (executeRemoval: re-read users, then $batch with bounded concurrency, outcomes
// stored as they arrive). Each run gets a fresh simulator and a fresh client, so neither inherits
// the other's quota, connections or throttle gate.
import { performance } from 'node:perf_hooks';
import { GraphLicenseClient } from '../services/graph/graph-license-client';
import { Removals } from '../services/licensing/removals';
import type { AuditEvent, RemovalRequest } from '../services/licensing/removal-request';
import { RequestRepository } from '../services/licensing/request-repository';
import { MemoryDocumentStore } from '../services/store/memory-document-store';
import {
  startTenantSimulator,
  type RunningSimulator,
  type SimulatorStats,
  type ThrottlingOptions,
} from '../services/tenant-simulator/server';
import { BENCH_ACTOR_ID, buildBenchPlan, createBenchRequest } from './bench-request';
import { BENCH_SKU_ID, BENCH_TENANT_ID, buildBenchTenant } from './bench-tenant';
import { checkRemovalIntegrity, type IntegrityReport } from './removal-integrity';

/** What one run is measured against. */
export interface RunSettings {
  userCount: number;
  /** Fixed latency the simulator adds to every HTTP response. */
  latencyMs: number;
  /** The simulator's quotas; `{}` is Graph's own limits. */
  throttling: ThrottlingOptions;
}

/** What one run measured. Times in ms, from the first Graph call to the last answer. */
export interface RunResult {
  userCount: number;
  elapsedMs: number;
  /** Executor only: from the first pending write (after the re-read and the `executing` write) to the end. */
  writePhaseMs?: number;
  /** Client retries (429/503 answers it waited out), from the client's `onRetry`. */
  retries: number;
  stats: SimulatorStats;
  integrity: IntegrityReport;
}

async function withSimulator<T>(settings: RunSettings, run: (sim: RunningSimulator) => Promise<T>): Promise<T> {
  const sim = await startTenantSimulator({
    tenant: buildBenchTenant(settings.userCount),
    throttling: settings.throttling,
    faults: { latencyMs: settings.latencyMs },
  });
  try {
    return await run(sim);
  } finally {
    await sim.close();
  }
}

/** The naive way: `assignLicense` for each user in turn, waiting for each answer. */
export function runBaseline(settings: RunSettings): Promise<RunResult> {
  return withSimulator(settings, async (sim) => {
    let retries = 0;
    const graph = new GraphLicenseClient({ baseUrl: sim.url, onRetry: () => (retries += 1) });
    const userIds = sim.state.users.map((u) => u.id);
    let failures = 0;
    const start = performance.now();
    for (const userId of userIds) {
      try {
        await graph.assignLicense({ userId, addLicenses: [], removeLicenses: [BENCH_SKU_ID] });
      } catch {
        failures += 1;
      }
    }
    const elapsedMs = performance.now() - start;
    const stats = sim.stats();
    const integrity = checkRemovalIntegrity({
      userIds,
      skuId: BENCH_SKU_ID,
      state: sim.state,
      admittedCalls: stats.assignLicenseCalls,
    });
    if (failures > 0) integrity.problems.push(`${failures} assignLicense call(s) failed`);
    return { userCount: userIds.length, elapsedMs, retries, stats, integrity };
  });
}

/** License Desk's way: one `awaiting-confirmation` request of N users run by `executeRemoval`. */
export function runExecutor(settings: RunSettings): Promise<RunResult> {
  return withSimulator(settings, async (sim) => {
    let retries = 0;
    const graph = new GraphLicenseClient({ baseUrl: sim.url, onRetry: () => (retries += 1) });
    const repo = new RequestRepository(
      new MemoryDocumentStore<RemovalRequest>(),
      new MemoryDocumentStore<AuditEvent>(),
    );
    const plan = buildBenchPlan(sim.state, BENCH_SKU_ID);
    const request = await createBenchRequest(repo, BENCH_TENANT_ID, plan);
    let writeStart: number | undefined;
    const start = performance.now();
    const result = await new Removals(graph, repo, BENCH_TENANT_ID).remove(request.id, BENCH_ACTOR_ID, {
      onProgress: () => (writeStart ??= performance.now()),
    });
    const end = performance.now();
    const stats = sim.stats();
    const userIds = plan.users.map((u) => u.id);
    const integrity = checkRemovalIntegrity({
      userIds,
      skuId: BENCH_SKU_ID,
      state: sim.state,
      admittedCalls: stats.assignLicenseCalls,
      ...(result.kind === 'not-found'
        ? {}
        : { request: result.request, audit: await repo.auditTrail(BENCH_TENANT_ID, request.id) }),
    });
    if (result.kind !== 'executed') integrity.problems.push(`executeRemoval answered '${result.kind}'`);
    return {
      userCount: userIds.length,
      elapsedMs: end - start,
      ...(writeStart === undefined ? {} : { writePhaseMs: end - writeStart }),
      retries,
      stats,
      integrity,
    };
  });
}

/**
 * The run with the median time among `runs` (the slower middle one for an even count), carrying
 * the integrity of all of them: a problem in any round shows. Throws on an empty list (a bug).
 */
export function medianRun(runs: readonly RunResult[]): RunResult {
  const sorted = [...runs].sort((a, b) => a.elapsedMs - b.elapsedMs);
  const median = sorted[Math.floor(sorted.length / 2)];
  if (!median) throw new RangeError('medianRun needs at least one run');
  const integrity: IntegrityReport = {
    lost: runs.reduce((sum, r) => sum + r.integrity.lost, 0),
    doneTwice: runs.reduce((sum, r) => sum + r.integrity.doneTwice, 0),
    problems: runs.flatMap((r) => r.integrity.problems),
  };
  return { ...median, integrity };
}
