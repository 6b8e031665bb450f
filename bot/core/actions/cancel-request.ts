import { scheduledView } from '../present-scheduled';
import { refreshTrackedMessages } from '../present-approval';
import { type ActionHandler, alreadyHandled, notice, notMoved } from './action-context';

const CANCELLABLE = ['clarifying', 'awaiting-confirmation', 'awaiting-approval', 'scheduled'] as const;

/** Only the requester cancels, and only before anything ran (a scheduled one until it is due and claimed). */
export const cancelRequest: ActionHandler = async (deps, turn, doc) => {
  if (doc.requesterId !== turn.userId) return notice(doc.locale, 'not-your-request');
  if (!(CANCELLABLE as readonly string[]).includes(doc.state)) return alreadyHandled(doc);
  const moved = await deps.removals.cancel(doc, turn.userId);
  if (moved.kind !== 'moved') return notMoved(moved, doc.locale);
  // Approvers' cards say it was withdrawn instead of offering buttons.
  await refreshTrackedMessages(deps, moved.request);
  if (doc.state === 'scheduled' && doc.schedule)
    return { view: scheduledView(doc.locale, doc.schedule.timeZone, 'cancelled', [moved.request], turn.userId) };
  return notice(doc.locale, 'cancelled');
};
