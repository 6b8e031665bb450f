import { candidateKey, INPUTS } from '../../../cards/views';
import { keepCandidates, replanReclaim } from '../../../services/licensing/reclaim/reclaim-plan';
import type { StoredRequest } from '../../../services/licensing/request-repository';
import type { CoreDeps } from '../core-deps';
import { refusedView } from '../refusals';
import type { ActionTurn, CoreReply } from '../turns';
import { notice, notMoved } from './action-context';

export type Narrowed = { kind: 'ok'; doc: StoredRequest } | { kind: 'reply'; reply: CoreReply };

/**
 * A reclaim request cut down to the candidates left checked on the card, before it runs or goes
 * for approval. A candidate is kept unless its checkbox says 'false' (an absent box counts as on,
 * as every toggle does); inputs naming no stored candidate are ignored. What remains is planned
 * again (consequences are per user: dropping one of a user's licenses changes them) and written
 * with the request's ETag, so a second click loses cleanly. Other requests pass through untouched.
 */
export async function narrowReclaim(deps: CoreDeps, turn: ActionTurn, doc: StoredRequest): Promise<Narrowed> {
  const { plan, reclaim } = doc;
  if (!plan || !reclaim) return { kind: 'ok', doc };
  const kept = reclaim.candidates.filter(
    (c) => turn.inputs[INPUTS.candidateToggle(candidateKey(c.userId, c.skuId))] !== 'false',
  );
  if (kept.length === 0) return { kind: 'reply', reply: notice(doc.locale, 'nothing-selected') };
  if (kept.length === reclaim.candidates.length) return { kind: 'ok', doc };
  const narrowed = keepCandidates(plan, reclaim, kept);
  const replanned = await replanReclaim(deps.graph, doc.requesterId, narrowed.plan);
  if (replanned.kind !== 'plan') {
    return {
      kind: 'reply',
      reply: {
        view: refusedView(doc.locale, 'not-direct-report', replanned.kind === 'refused' ? replanned.people : []),
      },
    };
  }
  const moved = await deps.removals.updateOrLatest(doc, { plan: replanned.plan, reclaim: narrowed.findings });
  return moved.kind === 'moved'
    ? { kind: 'ok', doc: moved.request }
    : { kind: 'reply', reply: notMoved(moved, doc.locale) };
}
