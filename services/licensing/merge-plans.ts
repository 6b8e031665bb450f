import type { PlanConsequence, PlanEntry, PlanSeatChange, PlanWarning, RemovalPlan } from './removal-plan';
import { MAX_USERS_PER_OPERATION } from './removal-plan';

/*
 * Two removal requests in one message ("E3 from Anna and Visio from Bo") become one plan that is
 * shown and confirmed together. A plan's entries already say which user loses which product,
 * and the executor removes exactly the removable entries, so a merged plan removes Anna's E3 and
 * Bo's Visio, never Anna's Visio. Merging is refused (undefined) for plans that need approval
 * (an approval plans again from the plan's users × products, which would widen a merged plan to
 * Anna's Visio too), for plans in batches, and when one operation's 20 users would be exceeded.
 */

const key = (e: Pick<PlanEntry, 'userId' | 'skuId'>) => `${e.userId.toLowerCase()}|${e.skuId.toLowerCase()}`;

function byId<T>(items: readonly T[], id: (t: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(id(item))) seen.set(id(item), item);
  return [...seen.values()];
}

function mergeSeatChanges(changes: readonly PlanSeatChange[]): PlanSeatChange[] {
  const out = new Map<string, PlanSeatChange>();
  for (const c of changes) {
    const id = c.skuId.toLowerCase();
    const prior = out.get(id);
    if (!prior) out.set(id, { ...c });
    else {
      const freed = prior.freed + c.freed;
      out.set(id, { ...prior, freed, usedAfter: Math.max(0, prior.usedBefore - freed) });
    }
  }
  return [...out.values()];
}

function mergeConsequences(plans: readonly RemovalPlan[]): RemovalPlan['consequences'] {
  const out = new Map<string, PlanConsequence[]>();
  for (const plan of plans)
    for (const c of plan.consequences) {
      const items = out.get(c.userId) ?? [];
      for (const item of c.items) if (!items.some((i) => JSON.stringify(i) === JSON.stringify(item))) items.push(item);
      out.set(c.userId, items);
    }
  return [...out].map(([userId, items]) => ({ userId, items }));
}

/** One plan for several single-batch plans of the same requester, or undefined when they cannot be one. */
export function mergePlans(plans: readonly RemovalPlan[]): RemovalPlan | undefined {
  const [first, ...rest] = plans;
  if (!first) return undefined;
  if (rest.length === 0) return first;
  if (plans.some((p) => p.mode !== 'direct' || p.batch.count !== 1)) return undefined;
  const users = byId(
    plans.flatMap((p) => p.users),
    (u) => u.id.toLowerCase(),
  );
  if (users.length > MAX_USERS_PER_OPERATION) return undefined;
  const entries = byId(
    plans.flatMap((p) => p.entries),
    key,
  );
  const warnings = byId<PlanWarning>(
    plans.flatMap((p) => p.warnings),
    (w) => JSON.stringify(w),
  );
  const single = users.length === 1 ? plans.find((p) => p.userLicenses)?.userLicenses : undefined;
  return {
    mode: 'direct',
    scope: plans.every((p) => p.scope === 'all') ? 'all' : 'products',
    products: byId(
      plans.flatMap((p) => p.products),
      (p) => p.skuId.toLowerCase(),
    ),
    users,
    entries,
    consequences: mergeConsequences(plans),
    seatChanges: mergeSeatChanges(plans.flatMap((p) => p.seatChanges)),
    warnings,
    ...(single ? { userLicenses: single } : {}),
    batch: { index: 1, count: 1 },
  };
}
