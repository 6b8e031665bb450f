import type { View } from '../../cards/views';
import type { ResumeOutcome } from '../../services/licensing/removals';
import type { StoredRequest } from '../../services/licensing/request-repository';
import type { Services } from '../connect-services';
import type { Core } from '../core/core';
import { exitCodeOf } from './exit-code';

/** One request `license-desk resume` looked at: how it went, and the request as it is now. */
export interface ResumedRequest {
  requestId: string;
  outcome: ResumeOutcome;
  view: View;
}

/**
 * `license-desk resume [requestId]`: finishes what an interrupted `run` (or a bot that died) left
 * `executing` (or an undo left `restoring`), as the bot does when it starts: users the crashed run had done are recorded (with
 * their audit events), the rest are removed. `requestId` limits it to one request; undefined =
 * every executing request. Resolves undefined when `requestId` names no request.
 */
export async function resumeRequests(
  services: Pick<Services, 'removals'>,
  core: Pick<Core, 'currentView'>,
  requestId: string | undefined,
): Promise<ResumedRequest[] | undefined> {
  const { removals } = services;
  let docs: StoredRequest[];
  if (requestId) {
    const doc = await removals.get(requestId);
    if (!doc) return undefined;
    docs = [doc];
  } else
    docs = [
      ...(await removals.repo.listByState(removals.tenantId, 'executing')),
      ...(await removals.repo.listByState(removals.tenantId, 'restoring')),
    ];
  const resumed: ResumedRequest[] = [];
  for (const doc of docs) {
    const interrupted = doc.state === 'executing' || doc.state === 'restoring';
    const outcome = interrupted ? await removals.resumeOne(doc) : 'not-executing';
    const view = (await core.currentView(doc.id)) ?? { kind: 'notice', locale: doc.locale, code: 'unknown-request' };
    resumed.push({ requestId: doc.id, outcome, view });
  }
  return resumed;
}

/** The exit code of a resume: the worst of its requests; one still run elsewhere counts as not done (1). */
export function resumeExitCode(resumed: readonly ResumedRequest[]): number {
  return resumed.reduce((worst, r) => Math.max(worst, r.outcome === 'held-elsewhere' ? 1 : exitCodeOf(r.view)), 0);
}

/**
 * Requests still `executing` that share a user with `userIds`: a second run for them would leave
 * the crashed run's users without their audit events, so `run` refuses and points at `resume`.
 */
export async function interruptedRunsFor(
  services: Pick<Services, 'removals'>,
  userIds: readonly string[],
): Promise<StoredRequest[]> {
  const { removals } = services;
  const wanted = new Set(userIds);
  return (await removals.repo.listByState(removals.tenantId, 'executing')).filter((doc) =>
    (doc.plan?.users ?? []).some((u) => wanted.has(u.id)),
  );
}
