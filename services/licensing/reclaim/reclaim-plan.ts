import type { SubscribedSku, User } from '@microsoft/microsoft-graph-types';
import { consequencesFor, seatChanges } from '../consequences';
import type { PlanEntry, RemovalPlan } from '../removal-plan';
import type { ReclaimFindings } from './reclaim-findings';

/**
 * The removal a reclaim confirms: every candidate as a direct removal, run by the same executor
 * as any other request (per-user assignLicense, $batch of 20, progress, undo). The executor
 * re-reads each user at the click, so a license given back or moved to a group meanwhile is
 * skipped, not forced.
 */
export function reclaimPlan(
  findings: ReclaimFindings,
  mode: RemovalPlan['mode'],
  users: User[],
  tenantSkus: SubscribedSku[],
): RemovalPlan {
  const entries: PlanEntry[] = findings.candidates.map((c) => ({
    userId: c.userId,
    skuId: c.skuId,
    assignment: 'direct',
    reason: 'remove',
    groups: [],
  }));
  const userIds = new Set(entries.map((e) => e.userId));
  const skuIds = new Set(entries.map((e) => e.skuId));
  const byId = new Map(users.map((u) => [u.id ?? '', u]));
  return {
    mode,
    scope: 'products',
    products: findings.products.filter((p) => skuIds.has(p.skuId)),
    users: findings.users.filter((u) => userIds.has(u.id)),
    entries,
    consequences: [...userIds].map((userId) => ({
      userId,
      items: consequencesFor(
        byId.get(userId) ?? {},
        entries.filter((e) => e.userId === userId).map((e) => e.skuId),
        tenantSkus,
      ),
    })),
    seatChanges: seatChanges(
      entries.map((e) => ({ user: byId.get(e.userId) ?? { id: e.userId }, skuId: e.skuId })),
      tenantSkus,
    ),
    warnings: [],
    batch: { index: 1, count: 1 },
  };
}
