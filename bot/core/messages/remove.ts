import type { Locale } from '../../../cards/views';
import type { ParsedRequest } from '../../language/parsed-request';
import { planRemoval } from '../../../services/licensing/plan-removal';
import type { RemovalAsk } from '../../../services/licensing/removal-ask';
import type { RemovalRequest } from '../../../services/licensing/removal-request';
import { isRemovable } from '../../../services/licensing/removal-plan';
import type { CoreDeps } from '../core-deps';
import { canSkipPerson, clarifyView, confirmView, scheduleExtras } from '../present-plan';
import { refusedView, unknownRequesterView } from '../refusals';
import { withSelfReferences } from '../self-references';
import { storeBatches } from '../store-plans';
import type { CoreReply, MessageTurn } from '../turns';
import type { MessageHandler } from './message-context';

/** "Remove E3 from Anna and Bo": plan it and store it, to be confirmed (or sent for approval). */
export const answerRemove: MessageHandler<Extract<ParsedRequest, { kind: 'remove' }>> = (deps, turn, locale, request) =>
  startRemoval(deps, turn, locale, {
    products: request.products,
    people: withSelfReferences(request.people, { userId: turn.userId, displayName: '' }),
  });

/** Plans the removal and stores it: one request per batch of at most 20 users, or one awaiting a clarification. */
export async function startRemoval(
  deps: CoreDeps,
  turn: Pick<MessageTurn, 'userId' | 'channel'>,
  locale: Locale,
  ask: RemovalAsk,
  schedule?: NonNullable<RemovalRequest['schedule']>,
): Promise<CoreReply> {
  const outcome = await planRemoval(deps.graph, turn.userId, ask);
  switch (outcome.kind) {
    case 'unknown-requester':
      return { view: unknownRequesterView(locale) };
    case 'refused':
      return { view: refusedView(locale, outcome.code, outcome.people, outcome.admins) };
    case 'clarify': {
      const doc = await deps.removals.create(
        {
          id: deps.removals.newId(),
          state: 'clarifying',
          channel: turn.channel,
          locale,
          requesterId: turn.userId,
          requesterName: outcome.requester.displayName,
          ask,
          clarifications: outcome.clarifications,
          ...(schedule ? { schedule } : {}),
        },
        turn.userId,
      );
      const first = outcome.clarifications[0];
      return {
        view: first
          ? clarifyView(doc.id, locale, first, canSkipPerson(ask))
          : { kind: 'notice', locale, code: 'internal-error' },
      };
    }
    case 'plans': {
      const [first, ...rest] = outcome.plans;
      if (!first) return { view: { kind: 'notice', locale, code: 'nothing-to-remove' } };
      // Nothing removable (nobody holds it directly): show the reasons, store nothing to confirm.
      if (!outcome.plans.some((p) => p.entries.some(isRemovable))) {
        return { view: confirmView('', turn.userId, locale, first, scheduleExtras(schedule)) };
      }
      const origin = {
        channel: turn.channel,
        locale,
        requesterId: turn.userId,
        requesterName: outcome.requester.displayName,
        ask,
        ...(schedule ? { schedule } : {}),
      };
      const stored = await storeBatches(deps, origin, [first, ...rest], turn.userId);
      return {
        view:
          stored.kind === 'moved'
            ? confirmView(stored.request.id, turn.userId, locale, first, scheduleExtras(schedule))
            : { kind: 'notice', locale, code: 'internal-error' },
      };
    }
  }
}
