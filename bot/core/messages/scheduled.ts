import type { ScheduleRequest } from '../../language/schedule-cues';
import { fold } from '../../../services/licensing/text-match';
import type { StoredRequest } from '../../../services/licensing/request-repository';
import { loadRequester } from '../../../services/licensing/requester-authority';
import { type CoreDeps, DEFAULT_TIME_ZONE } from '../core-deps';
import { scheduledView } from '../present-scheduled';
import { unknownRequesterView } from '../refusals';
import type { MessageHandler } from './message-context';

/** What a user may see: an admin every scheduled removal of the tenant, anyone else their own. */
async function visibleScheduled(deps: CoreDeps, userId: string): Promise<StoredRequest[] | undefined> {
  const who = await loadRequester(deps.graph, userId);
  if (!who) return undefined;
  const all = await deps.removals.listScheduled();
  return who.authority.kind === 'admin' ? all : all.filter((d) => d.requesterId === userId);
}

/** "which removals are scheduled?" */
export const answerListScheduled: MessageHandler<Extract<ScheduleRequest, { kind: 'list-scheduled' }>> = async (
  deps,
  turn,
  locale,
) => {
  const docs = await visibleScheduled(deps, turn.userId);
  if (!docs) return { view: unknownRequesterView(locale) };
  return { view: scheduledView(locale, deps.timeZone ?? DEFAULT_TIME_ZONE, 'list', docs, turn.userId) };
};

/** Whether every word typed starts a word of the user's name or address ("Bo", "bo ek", "bo.ek@…"). */
function names(doc: StoredRequest, person: string): boolean {
  const typed = fold(person)
    .split(/[\s.@]+/)
    .filter(Boolean);
  return (doc.plan?.users ?? []).some((u) => {
    const words = fold(`${u.displayName} ${u.userPrincipalName}`).split(/[\s.@]+/);
    return typed.length > 0 && typed.every((t) => words.some((w) => w.startsWith(t)));
  });
}

/**
 * "cancel the removal for Bo": among the requester's own scheduled removals (only the requester
 * cancels), the one for that person is cancelled; several are listed to choose from; none is said.
 */
export const answerCancelScheduled: MessageHandler<Extract<ScheduleRequest, { kind: 'cancel-scheduled' }>> = async (
  deps,
  turn,
  locale,
  request,
) => {
  const timeZone = deps.timeZone ?? DEFAULT_TIME_ZONE;
  const own = (await deps.removals.listScheduled()).filter(
    (d) => d.requesterId === turn.userId && names(d, request.person),
  );
  const [only] = own;
  if (!only) return { view: scheduledView(locale, timeZone, 'none-found', [], turn.userId, request.person) };
  if (own.length > 1) return { view: scheduledView(locale, timeZone, 'which-one', own, turn.userId, request.person) };
  const moved = await deps.removals.cancel(only, turn.userId);
  if (moved.kind !== 'moved')
    return { view: scheduledView(locale, timeZone, 'none-found', [], turn.userId, request.person) };
  deps.logger.info({ requestId: only.id }, 'scheduled removal cancelled');
  return { view: scheduledView(locale, timeZone, 'cancelled', [moved.request], turn.userId) };
};
