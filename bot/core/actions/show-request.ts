import { viewOfRequest } from '../present-request';
import { type ActionHandler, notice } from './action-context';

/**
 * Next batch / refresh / done: show a stored request as it is now. Only its requester sees the
 * interactive version; anyone else gets a plain notice (authority never comes from the card).
 */
export const showRequest: ActionHandler = (deps, turn, doc) => {
  if (doc.requesterId !== turn.userId) return Promise.resolve(notice(doc.locale, 'not-your-request'));
  return Promise.resolve({ view: viewOfRequest(doc, deps.repo.clock.now()) });
};
