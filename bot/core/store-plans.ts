import type { RemovalAsk } from '../../services/licensing/removal-ask';
import type { RemovalPlan } from '../../services/licensing/removal-plan';
import type { RemovalRequest } from '../../services/licensing/removal-request';
import type { StoredRequest } from '../../services/licensing/request-repository';
import type { MoveResult } from '../../services/licensing/transition-or-latest';
import type { CoreDeps } from './core-deps';

/** Who asked, where and what: the same on every batch of one request. */
export type RequestOrigin = Pick<RemovalRequest, 'channel' | 'locale' | 'requesterId' | 'requesterName'> & {
  ask: RemovalAsk;
  /** When a date was given: every batch is scheduled for it. */
  schedule?: NonNullable<RemovalRequest['schedule']>;
};

/** The origin of a stored request, with its ask replaced (a clarification was answered). */
export function originOf(doc: StoredRequest, ask: RemovalAsk): RequestOrigin {
  return {
    channel: doc.channel,
    locale: doc.locale,
    requesterId: doc.requesterId,
    requesterName: doc.requesterName,
    ask,
    ...(doc.schedule ? { schedule: doc.schedule } : {}),
  };
}

/**
 * The one place a plan's batches are stored: one request awaiting confirmation per batch of at
 * most 20 users, each knowing the ids of all (`batchIds`, in order). A new message creates them
 * all; a clarified request (`continuing`) becomes the first batch and the others are created.
 * Resolves the first batch, or how the clarified request's move was lost.
 */
export async function storeBatches(
  deps: CoreDeps,
  origin: RequestOrigin,
  plans: [RemovalPlan, ...RemovalPlan[]],
  actorId: string,
  continuing?: StoredRequest,
): Promise<MoveResult> {
  const [firstPlan, ...rest] = plans;
  const { removals } = deps;
  const ids = [continuing?.id ?? removals.newId(), ...rest.map(() => removals.newId())];
  const batch = ids.length > 1 ? { batchIds: ids } : {};
  const fields = (plan: RemovalPlan) => ({ ...origin, state: 'awaiting-confirmation' as const, plan, ...batch });
  let first: StoredRequest;
  if (continuing) {
    const moved = await removals.transitionOrLatest(continuing, 'awaiting-confirmation', actorId, {
      ask: origin.ask,
      plan: firstPlan,
      clarifications: [],
      ...batch,
    });
    if (moved.kind !== 'moved') return moved;
    first = moved.request;
  } else {
    first = await removals.create({ id: ids[0] ?? removals.newId(), ...fields(firstPlan) }, actorId);
  }
  for (const [i, plan] of rest.entries()) {
    await removals.create({ id: ids[i + 1] ?? removals.newId(), ...fields(plan) }, actorId);
  }
  return { kind: 'moved', request: first };
}
