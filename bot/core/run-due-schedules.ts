import type { View } from '../../cards/views';
import type { StoredRequest } from '../../services/licensing/request-repository';
import type { CoreDeps } from './core-deps';
import { notifyAffected } from './notify-affected';
import { resultView } from './present-request';
import { refusedView } from './refusals';
import { replanRequest } from './replan-request';

/**
 * The scheduler's sweep: every scheduled request that is due (missed ones too: the sweep runs at
 * start) is taken under its schedule lease (`Removals.whileDue`), planned again against the
 * tenant, and run; the requester (and, for a manager's request, the approver who approved it)
 * gets the result card. Of several instances on one store exactly one takes each request, and the
 * start itself moves it out of `scheduled` with the ETag it read, so none runs twice. Resolves how
 * many this instance ran. Each request's failure is logged and left for the next sweep, not thrown.
 */
export async function runDueSchedules(deps: CoreDeps): Promise<number> {
  const now = deps.removals.clock.now().getTime();
  const scheduled = await deps.removals.listScheduled();
  await tellAheadOfTime(deps, scheduled, now);
  const due = scheduled.filter((d) => Date.parse(d.schedule?.at ?? '') <= now);
  let ran = 0;
  for (const doc of due) {
    try {
      if (await deps.removals.whileDue(doc, (request) => runOne(deps, request))) ran += 1;
    } catch (e) {
      deps.logger.warn({ err: e, requestId: doc.id }, 'scheduled removal failed; retried at the next sweep');
    }
  }
  return ran;
}

/** One due request, under its lease: re-planned, started and run; whether it ran here. */
async function runOne(deps: CoreDeps, request: StoredRequest): Promise<boolean> {
  const actorId = request.approval?.decidedBy ?? request.requesterId;
  const replan = await replanRequest(deps, request);
  const plan = replan?.kind === 'plans' ? replan.plans[0] : undefined;
  if (!plan) {
    const cancelled = await deps.removals.cancel(request, 'system');
    if (cancelled.kind === 'moved') {
      await tell(
        deps,
        request,
        refusedView(request.locale, 'not-direct-report', replan?.kind === 'refused' ? replan.people : []),
      );
    }
    return false;
  }
  const replanned = await deps.removals.updateOrLatest(request, { plan });
  if (replanned.kind !== 'moved') return false;
  const started = await deps.removals.start(request.id, actorId, request.schedule?.selection);
  if (started.kind !== 'started') return false;
  const result = await deps.removals.run(started.request, actorId);
  if (result.kind !== 'executed') return false;
  deps.logger.info({ requestId: request.id, state: result.request.state }, 'scheduled removal ran');
  const final = resultView(result.request, deps.removals.clock.now());
  const unreachable = [
    ...(request.schedule?.unreachable ?? []),
    ...(await notifyAffected(deps, result.request, 'after')),
  ];
  if (unreachable.length > 0 && final.kind === 'result') final.unreachableUsers = [...new Set(unreachable)];
  await tell(deps, request, final);
  return true;
}

/**
 * NOTIFY_USERS: scheduled removals within the lead time are announced to the people affected, once:
 * `schedule.notifiedAt` is written with the request's ETag first, so of several instances one tells.
 */
async function tellAheadOfTime(deps: CoreDeps, scheduled: StoredRequest[], now: number): Promise<void> {
  if (!deps.notifyUsers) return;
  const lead = deps.notifyUsers.leadHours * 3_600_000;
  for (const doc of scheduled) {
    const schedule = doc.schedule;
    if (!schedule || schedule.notifiedAt || Date.parse(schedule.at) - lead > now || Date.parse(schedule.at) <= now)
      continue;
    const marked = await deps.removals.updateOrLatest(doc, {
      schedule: { ...schedule, notifiedAt: new Date(now).toISOString() },
    });
    if (marked.kind !== 'moved') continue;
    const unreachable = await notifyAffected(deps, marked.request, 'before');
    if (unreachable.length > 0) {
      await deps.removals.merge(doc.id, (d) => (d.schedule ? { schedule: { ...d.schedule, unreachable } } : {}));
    }
  }
}

/** The requester, and the approver of a manager's request, hear how it went. */
async function tell(deps: CoreDeps, doc: StoredRequest, view: View): Promise<void> {
  const to = [doc.requesterId, ...(doc.approval?.decidedBy ? [doc.approval.decidedBy] : [])];
  for (const userId of new Set(to)) {
    const sent = await deps.notifier.sendToUser(userId, { ...view }).catch(() => undefined);
    if (!sent) deps.logger.warn({ requestId: doc.id }, 'could not tell a user about a scheduled removal');
  }
}
