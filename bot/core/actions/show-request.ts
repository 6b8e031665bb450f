import { approvalView } from '../present-approval';
import { viewOfRequest } from '../present-request';
import { expireIfDue } from './expire-approval';
import { type ActionHandler, notice } from './action-context';

/**
 * Next batch / refresh / done: show a stored request as it is now. Its requester sees the request,
 * its approvers the approval card; anyone else a plain notice (authority never comes from the card).
 */
export const showRequest: ActionHandler = async (deps, turn, doc) => {
  const current = await expireIfDue(deps, doc);
  if (current.approval?.approverIds.includes(turn.userId)) return { view: approvalView(current) };
  if (current.requesterId !== turn.userId) return notice(current.locale, 'not-your-request');
  return { view: viewOfRequest(current, deps.removals.clock.now()) };
};
