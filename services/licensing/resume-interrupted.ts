import type { LicenseGraph } from '../graph/license-graph';
import { runExecution, startExecution } from './execute-removal';
import type { RequestRepository } from './request-repository';
import { leaseNames, RUN_LEASE_MS, soleInstance, type WorkLeases } from './work-leases';

/**
 * Finishes removals a crash left `executing`, without touching users already done (see
 * `startExecution` with `resume`). Each request is resumed under its run lease, so when several
 * instances start together (or one is still running it) exactly one runs it; a dead instance's
 * lease expires and the next call takes the request over. Returns how many this call resumed.
 */
export async function resumeInterrupted(
  graph: LicenseGraph,
  repo: RequestRepository,
  tenantId: string,
  leases: WorkLeases = soleInstance,
  onlyRequestId?: string,
): Promise<number> {
  const stuck = (await repo.listByState(tenantId, 'executing')).filter((d) => !onlyRequestId || d.id === onlyRequestId);
  let resumed = 0;
  for (const doc of stuck) {
    const actorId = doc.executedBy ?? doc.requesterId;
    const run = await leases.withLease(leaseNames.run(doc.id), RUN_LEASE_MS, async () => {
      const started = await startExecution(graph, repo, tenantId, doc.id, actorId, { resume: true });
      if (started.kind !== 'started') return false;
      await runExecution(graph, repo, started.request, actorId);
      return true;
    });
    if (run.ran && run.value) resumed += 1;
  }
  return resumed;
}
