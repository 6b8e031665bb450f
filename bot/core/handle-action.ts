import { VERBS, type Verb } from '../../cards/views';
import type { ActionHandler } from './actions/action-context';
import { notice } from './actions/action-context';
import { cancelRequest } from './actions/cancel-request';
import { chooseClarification } from './actions/choose-clarification';
import { confirmRemoval } from './actions/confirm-removal';
import { showRequest } from './actions/show-request';
import { undoRequest } from './actions/undo-request';
import { approveRemoval, rejectRemoval } from './actions/decide-approval';
import { sendForApproval } from './actions/send-for-approval';
import type { CoreDeps } from './core-deps';
import type { ActionTurn, CoreReply } from './turns';
import { withFaultNotice } from './with-fault-notice';

/** Verb → use case. Verbs with no entry are answered "unknown" rather than guessed at. */
const HANDLERS: Readonly<Partial<Record<Verb, ActionHandler>>> = {
  [VERBS.confirm]: confirmRemoval,
  [VERBS.cancel]: cancelRequest,
  [VERBS.undo]: undoRequest,
  [VERBS.choosePerson]: chooseClarification,
  [VERBS.chooseProduct]: chooseClarification,
  [VERBS.nextBatch]: showRequest,
  [VERBS.done]: showRequest,
  [VERBS.refresh]: showRequest,
  [VERBS.sendForApproval]: sendForApproval,
  [VERBS.approve]: approveRemoval,
  [VERBS.reject]: rejectRemoval,
};

/** A card button or Slack action: load the stored request, then let the verb's handler decide. */
export function handleAction(deps: CoreDeps, turn: ActionTurn): Promise<CoreReply> {
  const locale = turn.locale ?? deps.defaultLocale;
  return withFaultNotice(deps, locale, async () => {
    const handler = HANDLERS[turn.verb as Verb];
    if (!handler || !/^[0-9a-f-]{36}$/i.test(turn.requestId)) return notice(locale, 'unknown-request');
    const doc = await deps.repo.get(deps.tenantId, turn.requestId);
    if (!doc) return notice(locale, 'unknown-request');
    return handler(deps, turn, doc);
  });
}
