import { isConflict } from '../../../services/licensing/request-repository';
import { refreshTrackedMessages } from '../present-approval';
import { type ActionHandler, alreadyHandled, notice } from './action-context';

const CANCELLABLE = ['clarifying', 'awaiting-confirmation', 'awaiting-approval'] as const;

/** Only the requester cancels, and only before anything ran. */
export const cancelRequest: ActionHandler = async (deps, turn, doc) => {
  if (doc.requesterId !== turn.userId) return notice(doc.locale, 'not-your-request');
  if (!(CANCELLABLE as readonly string[]).includes(doc.state)) return alreadyHandled(doc);
  try {
    const cancelled = await deps.repo.transition(doc, 'cancelled', turn.userId);
    // Approvers' cards say it was withdrawn instead of offering buttons.
    await refreshTrackedMessages(deps, cancelled);
  } catch (e) {
    if (!isConflict(e)) throw e;
    const latest = await deps.repo.get(deps.tenantId, doc.id);
    return latest ? alreadyHandled(latest) : notice(doc.locale, 'unknown-request');
  }
  return notice(doc.locale, 'cancelled');
};
