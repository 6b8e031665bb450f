import type { LicenseGraph } from '../graph/license-graph';
import { runExecution, startExecution } from './execute-removal';
import type { RequestRepository, StoredRequest } from './request-repository';
import { leaseNames, RUN_LEASE_MS, soleInstance, type WorkLeases } from './work-leases';

/** How resuming one request went: run to its end here, left to the live instance running it, or no longer executing. */
export type ResumeOutcome = 'resumed' | 'held-elsewhere' | 'not-executing';

/**
 * Finishes one removal a crash left `executing`, without touching users already done (see
 * `startExecution` with `resume`), under its run lease: when several instances try at once (or
 * one is still running it), exactly one runs it; a dead instance's lease expires and the next
 * call takes the request over.
 */
export async function resumeOne(
  graph: LicenseGraph,
  repo: RequestRepository,
  doc: StoredRequest,
  leases: WorkLeases = soleInstance,
): Promise<ResumeOutcome> {
  const actorId = doc.executedBy ?? doc.requesterId;
  const run = await leases.withLease(leaseNames.run(doc.id), RUN_LEASE_MS, async () => {
    const started = await startExecution(graph, repo, doc.tenantId, doc.id, actorId, { resume: true });
    if (started.kind !== 'started') return false;
    await runExecution(graph, repo, started.request, actorId);
    return true;
  });
  if (!run.ran) return 'held-elsewhere';
  return run.value ? 'resumed' : 'not-executing';
}

/** On start (and `license-desk resume`): every removal left `executing`. Returns how many this call resumed. */
export async function resumeInterrupted(
  graph: LicenseGraph,
  repo: RequestRepository,
  tenantId: string,
  leases: WorkLeases = soleInstance,
): Promise<number> {
  let resumed = 0;
  for (const doc of await repo.listByState(tenantId, 'executing'))
    if ((await resumeOne(graph, repo, doc, leases)) === 'resumed') resumed += 1;
  return resumed;
}
