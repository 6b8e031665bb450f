import type { CompanySubscription, SubscribedSku, User } from '@microsoft/microsoft-graph-types';
import { isGraphError } from '../../graph/graph-error';
import type { LicenseGraph } from '../../graph/license-graph';
import { classifyAssignment } from '../classify-assignment';
import type { AuthorityScope } from '../admin-scope';
import { memoize } from '../memoize';
import type { EntryReason, PlanEntry } from '../removal-plan';
import { applyAdminUnitScope } from './admin-unit-rule';

/**
 * The admin center's per-user rules: what happens to one user's license of one product (removed;
 * removed but still held through a group; skipped as group-inherited, not assigned, or a
 * self-service purchase), with the names people read (groups, the buyer). Given an admin's
 * `scope`, users outside their administrative units are skipped (`outside-admin-unit`).
 */
export async function planEntries(
  graph: LicenseGraph,
  users: User[],
  skus: SubscribedSku[],
  subscriptions: CompanySubscription[],
  scope?: AuthorityScope,
): Promise<PlanEntry[]> {
  const groupName = nameLookup((id) => graph.getGroup(id));
  const buyerName = nameLookup((id) => graph.getUser(id));
  // All entries at once: every group and buyer name is read in one parallel round (memoized).
  const entries = await Promise.all(
    users.flatMap((user) => skus.map((sku) => entryFor(user, sku, subscriptions, groupName, buyerName))),
  );
  return scope ? applyAdminUnitScope(graph, scope, entries) : entries;
}

async function entryFor(
  user: User,
  sku: SubscribedSku,
  subscriptions: CompanySubscription[],
  groupName: NameLookup,
  buyerName: NameLookup,
): Promise<PlanEntry> {
  const skuId = sku.skuId ?? '';
  const info = classifyAssignment(user, skuId);
  const base = {
    userId: user.id ?? '',
    skuId,
    assignment: info.assignment,
    groups: await Promise.all(info.groupIds.map(groupName)),
  };
  if (info.assignment === 'not-assigned') return { ...base, reason: 'not-assigned' };
  if (info.assignment === 'group-only') return { ...base, reason: 'group-inherited' };
  const purchase = selfServicePurchaseOf(user.id ?? '', skuId, subscriptions);
  if (purchase) {
    const buyer = await buyerName(purchase.ownerId ?? '');
    return { ...base, reason: 'self-service-purchase', buyer };
  }
  const reason: EntryReason = info.assignment === 'direct-and-group' ? 'remove-stays-via-group' : 'remove';
  return { ...base, reason };
}

/**
 * The self-service purchase a user's license comes from, if any. Graph does not say which
 * subscription a seat belongs to: the buyer's own license comes from their purchase, and when the
 * organisation has no subscription of its own for the SKU, every seat does. Otherwise (the tenant
 * also buys the SKU centrally) another user's license is taken to be the organisation's.
 */
export function selfServicePurchaseOf(
  userId: string,
  skuId: string,
  subscriptions: CompanySubscription[],
): CompanySubscription | undefined {
  const forSku = subscriptions.filter((s) => s.skuId?.toLowerCase() === skuId.toLowerCase());
  const purchases = forSku.filter((s) => s.ownerType === 'User');
  const own = purchases.find((s) => s.ownerId?.toLowerCase() === userId.toLowerCase());
  if (own) return own;
  return forSku.length > 0 && purchases.length === forSku.length ? purchases[0] : undefined;
}

/**
 * The tenant's subscriptions, for the self-service purchase rule. Reading them needs a directory
 * permission some deployments do not grant; without it every other rule still applies, so a 403
 * means "no known self-service purchases" (Graph itself still refuses such an unassignment, and the
 * result shows it), rather than no removals at all.
 */
export async function subscriptionsOrNone(graph: LicenseGraph): Promise<CompanySubscription[]> {
  try {
    return await graph.listSubscriptions();
  } catch (e) {
    if (isGraphError(e) && e.code === 'graph/forbidden') return [];
    throw e;
  }
}

/** A name for an id; a lookup that fails falls back to the id, since a name is only for display. */
function nameLookup(read: (id: string) => Promise<{ displayName?: string | null }>): NameLookup {
  return memoize(async (id) => ({
    id,
    displayName: await read(id).then(
      (o) => o.displayName ?? id,
      () => id,
    ),
  }));
}

type NameLookup = (id: string) => Promise<{ id: string; displayName: string }>;
