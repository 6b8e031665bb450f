import { loadRequester } from '../../../services/licensing/requester-authority';
import { type ActionHandler, alreadyHandled, notAllowed, notice, progressReply } from './action-context';

/** Undo is for license admins (the requester, or another admin who sees the result card). */
export const undoRequest: ActionHandler = async (deps, turn, doc) => {
  const who = await loadRequester(deps.graph, turn.userId);
  if (who?.authority.kind !== 'admin') return notAllowed(doc.locale, who?.admins);
  const started = await deps.removals.startUndo(doc.id, turn.userId);
  switch (started.kind) {
    case 'not-found':
      return notice(doc.locale, 'unknown-request');
    case 'already-handled':
    case 'nothing-to-undo':
      return alreadyHandled(started.request);
    case 'expired':
      return notice(doc.locale, 'undo-expired');
    case 'started':
      break;
  }
  const total = Object.values(started.request.outcomes ?? {}).filter((o) => o.status === 'removed').length;
  return progressReply(deps, doc, { operation: 'undo', done: 0, total }, async (onProgress) => {
    const result = await deps.removals.runUndo(started.request, turn.userId, onProgress);
    return result.kind === 'restored' ? result.request : undefined;
  });
};
