import { VERBS, type Verb } from '../../cards/views';
import type { ActionHandler } from './actions/action-context';
import { notice } from './actions/action-context';
import { cancelRequest } from './actions/cancel-request';
import { chooseClarification, skipPerson } from './actions/choose-clarification';
import { confirmRemoval } from './actions/confirm-removal';
import { showRequest } from './actions/show-request';
import { undoRequest } from './actions/undo-request';
import { approveRemoval, rejectRemoval } from './actions/decide-approval';
import { sendForApproval } from './actions/send-for-approval';
import type { CoreDeps } from './core-deps';
import type { ActionTurn, CoreReply } from './turns';
import { withFaultNotice } from './with-fault-notice';

/**
 * Verb → use case, one file per use case in actions/. A `Map`, not an object: the verb comes from
 * a card or Slack payload, and `constructor` or `toString` must not find Object.prototype's.
 * Verbs with no entry are answered "unknown action" rather than guessed at.
 */
const HANDLERS: ReadonlyMap<string, ActionHandler> = new Map<Verb, ActionHandler>([
  [VERBS.confirm, confirmRemoval],
  [VERBS.cancel, cancelRequest],
  [VERBS.undo, undoRequest],
  [VERBS.choosePerson, chooseClarification],
  [VERBS.chooseProduct, chooseClarification],
  [VERBS.skipPerson, skipPerson],
  [VERBS.nextBatch, showRequest],
  [VERBS.done, showRequest],
  [VERBS.refresh, showRequest],
  [VERBS.sendForApproval, sendForApproval],
  [VERBS.approve, approveRemoval],
  [VERBS.reject, rejectRemoval],
]);

const REQUEST_ID = /^[0-9a-f-]{36}$/i;

/** A card button or Slack action: load the stored request, then let the verb's handler decide. */
export function handleAction(deps: CoreDeps, turn: ActionTurn): Promise<CoreReply> {
  const locale = turn.locale ?? deps.defaultLocale;
  return withFaultNotice(deps, locale, async () => {
    const handler = HANDLERS.get(turn.verb);
    if (!handler) return notice(locale, 'unknown-action');
    if (!REQUEST_ID.test(turn.requestId)) return notice(locale, 'unknown-request');
    const doc = await deps.removals.get(turn.requestId);
    if (!doc) return notice(locale, 'unknown-request');
    return handler(deps, turn, doc);
  });
}

/** Whether a request id is of the form the core stores (payloads are not trusted to be). */
export function isRequestId(value: string): boolean {
  return REQUEST_ID.test(value);
}
