import type { LicenseGraph } from '../graph/license-graph';
import { runExecution, startExecution } from './execute-removal';
import type { RequestRepository } from './request-repository';

/**
 * On start, finishes removals a crash left `executing`, without touching users already done
 * (see `startExecution` with `resume`). Returns how many were resumed.
 */
export async function resumeInterrupted(
  graph: LicenseGraph,
  repo: RequestRepository,
  tenantId: string,
): Promise<number> {
  const stuck = await repo.listByState(tenantId, 'executing');
  for (const doc of stuck) {
    const started = await startExecution(graph, repo, tenantId, doc.id, doc.executedBy ?? doc.requesterId, {
      resume: true,
    });
    if (started.kind === 'started') await runExecution(graph, repo, started.request, doc.executedBy ?? doc.requesterId);
  }
  return stuck.length;
}
