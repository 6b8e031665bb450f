import type { ReclaimRequest } from '../../language/reclaim-cues';
import { findReclaimCandidates } from '../../../services/licensing/reclaim/find-reclaim-candidates';
import { NO_PRICES } from '../../../services/licensing/reclaim/license-prices';
import type { CoreDeps } from '../core-deps';
import { reclaimView } from '../present-reclaim';
import { refusedView, unknownRequesterView } from '../refusals';
import { clarifyOnly, type MessageHandler } from './message-context';

/** RECLAIM_INACTIVE_DAYS when the services do not say (tests, the CLI). */
export const DEFAULT_INACTIVE_DAYS = 90;

/**
 * "Which licenses can we free?": find the candidates and, when there are any, store them as one
 * request awaiting confirmation (an admin's) or to be sent for approval (a manager's), removed
 * by the same executor as any other request. Nothing to offer stores nothing.
 */
export const answerReclaim: MessageHandler<ReclaimRequest> = async (deps: CoreDeps, turn, locale, request) => {
  const outcome = await findReclaimCandidates(
    deps.messageGraph,
    turn.userId,
    {
      products: request.products,
      ...(request.inactiveDays !== undefined ? { inactiveDays: request.inactiveDays } : {}),
      ...(request.reasons ? { reasons: request.reasons } : {}),
    },
    {
      now: deps.removals.clock.now(),
      inactiveDays: deps.reclaim?.inactiveDays ?? DEFAULT_INACTIVE_DAYS,
      prices: deps.reclaim?.prices ?? NO_PRICES,
    },
  );
  switch (outcome.kind) {
    case 'unknown-requester':
      return { view: unknownRequesterView(locale) };
    case 'refused':
      return { view: refusedView(locale, 'not-allowed', [], outcome.admins) };
    case 'clarify':
      return clarifyOnly(locale, outcome.clarifications);
    case 'findings': {
      const { findings, plan } = outcome;
      if (!plan) return { view: reclaimView('', locale, findings, undefined) };
      const doc = await deps.removals.create(
        {
          id: deps.removals.newId(),
          state: 'awaiting-confirmation',
          channel: turn.channel,
          locale,
          requesterId: turn.userId,
          requesterName: outcome.requester.displayName,
          // What was asked, in the planner's terms: the candidates' people and products.
          ask: {
            people: plan.users.map((u) => ({ kind: 'identity', userId: u.id, displayName: u.displayName })),
            products: plan.products.map((p) => ({ text: p.skuId })),
          },
          plan,
          reclaim: findings,
        },
        turn.userId,
      );
      deps.logger.info(
        { requestId: doc.id, candidates: findings.candidates.length, signIn: findings.signIn.status },
        'reclaim candidates found',
      );
      return { view: reclaimView(doc.id, locale, findings, plan) };
    }
  }
};
