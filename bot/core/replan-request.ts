import { planRemoval } from '../../services/licensing/plan-removal';
import { replanReclaim } from '../../services/licensing/reclaim/reclaim-plan';
import type { RemovalPlan } from '../../services/licensing/removal-plan';
import type { StoredRequest } from '../../services/licensing/request-repository';
import type { CoreDeps } from './core-deps';
import { planOptions } from './plan-options';

export type Replan = { kind: 'plans'; plans: RemovalPlan[] } | { kind: 'refused'; people: string[] } | undefined;

/**
 * A stored plan again, against the tenant now (an approved request, a scheduled one that is due):
 * people or licenses may have changed, and the requester's authority is checked again. A reclaim
 * is not users × products (each user loses only their own candidates), so it is re-planned as a
 * reclaim. Undefined: nothing could be planned (e.g. a person is gone).
 */
export async function replanRequest(deps: CoreDeps, doc: StoredRequest): Promise<Replan> {
  if (!doc.plan) return undefined;
  if (doc.reclaim) {
    const r = await replanReclaim(deps.graph, doc.requesterId, doc.plan);
    return r.kind === 'plan'
      ? { kind: 'plans', plans: [r.plan] }
      : { kind: 'refused', people: r.kind === 'refused' ? r.people : [] };
  }
  const r = await planRemoval(
    deps.graph,
    doc.requesterId,
    {
      people: doc.plan.users.map((u) => ({ kind: 'identity', userId: u.id, displayName: u.displayName })),
      products: doc.plan.products.map((p) => ({ text: p.skuId })),
    },
    planOptions(deps),
  );
  return r.kind === 'plans' ? r : r.kind === 'refused' ? { kind: 'refused', people: r.people } : undefined;
}
