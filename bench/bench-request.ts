// The removal request the executor benchmark runs: every user of the bench tenant loses the bench
// SKU. The plan is built directly (planning is not what is measured), in the shape the planner
// gives a license administrator's direct removal: one 'remove' entry per user.
import { productDisplayName } from '../services/licensing/catalog/product-catalog';
import type { PlanUser, RemovalPlan } from '../services/licensing/removal-plan';
import type { RequestRepository, StoredRequest } from '../services/licensing/request-repository';
import type { TenantFile } from '../services/tenant-simulator/tenant-file';

/** The requester recorded on bench requests (an id only; it never reaches Graph). */
export const BENCH_ACTOR_ID = 'b3ac0000-0000-4000-8000-0000000000ad';

/**
 * A plan removing `skuId` from every user of `tenant` who holds it directly. Pure. Unlike the
 * planner, it does not split at 20 users: the benchmark measures one request of N users.
 */
export function buildBenchPlan(tenant: TenantFile, skuId: string): RemovalPlan {
  const sku = tenant.subscribedSkus.find((s) => s.skuId === skuId);
  if (!sku) throw new Error(`tenant has no SKU ${skuId}`);
  const holders = tenant.users.filter((u) =>
    u.licenseAssignmentStates.some((s) => s.skuId === skuId && s.assignedByGroup === null),
  );
  const users: PlanUser[] = holders.map((u) => ({
    id: u.id,
    displayName: u.displayName,
    userPrincipalName: u.userPrincipalName,
    accountEnabled: u.accountEnabled,
  }));
  const displayName = productDisplayName(sku);
  const total = sku.prepaidUnits.enabled;
  return {
    mode: 'direct',
    scope: 'products',
    products: [
      {
        skuId,
        skuPartNumber: sku.skuPartNumber,
        displayName,
        seats: { total, used: sku.consumedUnits, free: total - sku.consumedUnits },
      },
    ],
    users,
    entries: users.map((u) => ({ userId: u.id, skuId, assignment: 'direct', reason: 'remove', groups: [] })),
    consequences: [],
    seatChanges: [
      {
        skuId,
        displayName,
        total,
        usedBefore: sku.consumedUnits,
        usedAfter: sku.consumedUnits - users.length,
        freed: users.length,
      },
    ],
    warnings: [],
    batch: { index: 0, count: 1 },
  };
}

/** Stores an `awaiting-confirmation` request carrying `plan`, ready for `executeRemoval`. */
export function createBenchRequest(
  repo: RequestRepository,
  tenantId: string,
  plan: RemovalPlan,
): Promise<StoredRequest> {
  return repo.create(
    {
      id: repo.newId(),
      tenantId,
      state: 'awaiting-confirmation',
      channel: 'cli',
      locale: 'en',
      requesterId: BENCH_ACTOR_ID,
      requesterName: 'Benchmark',
      ask: { products: [{ text: plan.products[0]?.skuPartNumber ?? '' }], people: [] },
      plan,
    },
    BENCH_ACTOR_ID,
  );
}
