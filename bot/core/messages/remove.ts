import type { Locale } from '../../../cards/views';
import type { ParsedRequest } from '../../language/parsed-request';
import { planRemoval, type PlanOutcome } from '../../../services/licensing/plan-removal';
import type { RemovalAsk } from '../../../services/licensing/removal-ask';
import type { RemovalRequest } from '../../../services/licensing/removal-request';
import { mergePlans } from '../../../services/licensing/merge-plans';
import { isRemovable, type PlanWarning } from '../../../services/licensing/removal-plan';
import type { CoreDeps } from '../core-deps';
import { canSkipPerson, clarifyView, confirmView, scheduleExtras } from '../present-plan';
import { refusedView, unknownRequesterView } from '../refusals';
import { withSelfReferences } from '../self-references';
import { storeBatches } from '../store-plans';
import type { CoreReply, MessageTurn } from '../turns';
import type { MessageHandler } from './message-context';
import { planOptions } from '../plan-options';
import { withNotes } from '../plan-notes';

type RemoveRequest = Extract<ParsedRequest, { kind: 'remove' }>;

function askOf(request: RemoveRequest, turn: Pick<MessageTurn, 'userId'>): RemovalAsk {
  return {
    products: request.products,
    people: withSelfReferences(request.people, { userId: turn.userId, displayName: '' }),
  };
}

/**
 * "Remove E3 from Anna and Bo": plan it and store it, to be confirmed (or sent for approval).
 * `notes` are said on the card (a date in the message: the removal happens on confirmation).
 */
export const answerRemove: MessageHandler<RemoveRequest> = (deps, turn, locale, request, notes = []) =>
  startRemoval(deps, turn, locale, askOf(request, turn), notes);

/**
 * "E3 from Anna and Visio from Bo": each removal is planned on its own; when every one is a
 * direct removal ready to confirm, they are shown and confirmed together as one plan whose
 * entries are exactly the asked user × product pairs (mergePlans). Otherwise the first is shown
 * as usual and its card says the others need a message of their own: nothing is guessed.
 */
export async function answerRemovals(
  deps: CoreDeps,
  turn: MessageTurn,
  locale: Locale,
  requests: readonly RemoveRequest[],
  notes: readonly PlanWarning[],
): Promise<CoreReply> {
  const asks = requests.map((r) => askOf(r, turn));
  const [firstAsk, ...otherAsks] = asks;
  if (!firstAsk) return { view: { kind: 'notice', locale, code: 'nothing-to-remove' } };
  // Planned side by side: their reads go out together (one round trip each, not one after another).
  const outcomes: PlanOutcome[] = await Promise.all(
    asks.map((ask) => planRemoval(deps.messageGraph, turn.userId, ask, planOptions(deps))),
  );
  const plans = outcomes.flatMap((o) => (o.kind === 'plans' && o.plans.length === 1 ? o.plans : []));
  const merged =
    plans.length === asks.length && plans.every((p) => p.entries.some(isRemovable)) ? mergePlans(plans) : undefined;
  const [firstOutcome] = outcomes;
  if (merged && firstOutcome?.kind === 'plans') {
    return answerOutcome(deps, turn, locale, unionAsk(asks), { ...firstOutcome, plans: [merged] }, notes);
  }
  const more: PlanWarning = { code: 'more-requests', count: otherAsks.length };
  return answerOutcome(deps, turn, locale, firstAsk, firstOutcome ?? { kind: 'unknown-requester' }, [...notes, more]);
}

/** What several asks named together (kept for the record; the plan's entries say what goes). */
function unionAsk(asks: readonly RemovalAsk[]): RemovalAsk {
  const products = asks.some((a) => a.products === 'all')
    ? 'all'
    : asks.flatMap((a) => (a.products === 'all' ? [] : a.products));
  return { products, people: asks.flatMap((a) => a.people) };
}

/**
 * Plans the removal and stores it: one request per batch of at most 20 users, or one awaiting a
 * clarification. Planned on `messageGraph` (tenant facts may be briefly cached): the click that
 * confirms re-checks authority and the executor re-reads the users, both on the fresh `graph`.
 */
export async function startRemoval(
  deps: CoreDeps,
  turn: Pick<MessageTurn, 'userId' | 'channel'>,
  locale: Locale,
  ask: RemovalAsk,
  notes: readonly PlanWarning[] = [],
  schedule?: NonNullable<RemovalRequest['schedule']>,
): Promise<CoreReply> {
  const outcome = await planRemoval(deps.messageGraph, turn.userId, ask, planOptions(deps));
  return answerOutcome(deps, turn, locale, ask, outcome, notes, schedule);
}

async function answerOutcome(
  deps: CoreDeps,
  turn: Pick<MessageTurn, 'userId' | 'channel'>,
  locale: Locale,
  ask: RemovalAsk,
  outcome: PlanOutcome,
  notes: readonly PlanWarning[],
  schedule?: NonNullable<RemovalRequest['schedule']>,
): Promise<CoreReply> {
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
          ...(notes.length > 0 ? { notes: [...notes] } : {}),
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
      const [first, ...rest] = outcome.plans.map((p) => withNotes(p, notes));
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
