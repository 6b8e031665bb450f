import type { View } from '../../../cards/views';
import { loadRequester } from '../../../services/licensing/plan-removal';
import { runUndo, startUndo } from '../../../services/licensing/undo-removal';
import { resultView } from '../present-request';
import { type ActionHandler, alreadyHandled, coalescingPublisher, notice } from './action-context';

/** Undo is for license admins (the requester, or another admin who sees the result card). */
export const undoRequest: ActionHandler = async (deps, turn, doc) => {
  const who = await loadRequester(deps.graph, turn.userId);
  if (who?.authority.kind !== 'admin') {
    return {
      view: {
        kind: 'refused',
        locale: doc.locale,
        code: 'not-allowed',
        admins: (who?.admins ?? []).map((a) => a.displayName),
      },
    };
  }
  const started = await startUndo(deps.repo, deps.tenantId, doc.id, turn.userId);
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
  return {
    view: { kind: 'progress', locale: doc.locale, requestId: doc.id, done: 0, total, operation: 'undo' },
    followUp: async (publish) => {
      const progress = coalescingPublisher(publish);
      const result = await runUndo(deps.graph, deps.repo, started.request, turn.userId, (done) => {
        progress.push({ kind: 'progress', locale: doc.locale, requestId: doc.id, done, total, operation: 'undo' });
      });
      await progress.drain();
      const final: View =
        result.kind === 'restored'
          ? resultView(result.request, deps.repo.clock.now())
          : { kind: 'notice', locale: doc.locale, code: 'internal-error' };
      return final;
    },
  };
};
