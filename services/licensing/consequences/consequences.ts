/**
 * What happens to a user's data when licenses are removed, as codes and params only (the texts,
 * en + sv, live with the card strings). Derived from the service plans the user ACTUALLY loses
 * (`lostServices`), so a plan still provided by another license, a license kept through a group,
 * or a plan that was disabled all along causes no consequence.
 *
 * Facts and sources:
 * - Microsoft Learn, "Unassign Microsoft 365 licenses from users" (sv: "Ta bort tilldelning av
 *   Microsoft 365 licenser från användare"; copy in /work/shared/seed/), section "What happens to a
 *   user's data when you remove their license?":
 *   · Exchange Online data is kept 30 days after the license is removed, then deleted and not
 *     recoverable (content under retention labels/holds is kept for discovery) → mailbox-deleted;
 *   · the mailbox can no longer be searched with eDiscovery tools such as Content search or
 *     eDiscovery (Premium) → not-searchable-ediscovery;
 *   · with an Enterprise subscription such as Office 365 E3, Exchange Online can preserve a deleted
 *     user's mailbox as an inactive mailbox; a hold must be placed first → inactive-mailbox-possible,
 *     raised when the lost mailbox plan is Exchange Online Plan 2 (EXCHANGE_S_ENTERPRISE*), which the
 *     E3/E5 (and A3/A5, G3/G5) families carry;
 *   · OneDrive files are not deleted unless the user is deleted;
 *   · installed Office apps show unlicensed-product and activation errors → office-apps-unlicensed.
 * - Microsoft's unlicensed-OneDrive policy (announced 2024, enforced from 27 January 2025 in the
 *   commercial cloud; message center and "Unlicensed OneDrive accounts" on Learn): a OneDrive left
 *   unlicensed for more than 93 days is archived automatically and becomes inaccessible; access comes
 *   back by relicensing, or by reactivation billed through Microsoft 365 Archive ($0.60/GB once, and
 *   $0.05/GB/month storage for accounts unlicensed past 90 days) → onedrive-kept-then-archived.
 */
import type { SubscribedSku, User } from '@microsoft/microsoft-graph-types';
import { productDisplayName } from '../catalog/product-catalog';
import { licenseAssignments } from './license-assignments';
import { lostKinds, lostServices } from './lost-services';
import type { ServiceKind } from './classify-service-plan';

/**
 * Stable codes, in the order `consequencesFor` emits them.
 * - exchange-mailbox-deleted-after-30-days: mailbox data kept 30 days, then deleted for good.
 * - exchange-not-searchable-ediscovery: eDiscovery can no longer search the mailbox.
 * - exchange-inactive-mailbox-possible: the removed license is Exchange Plan 2 (Enterprise); put a hold
 *   on the mailbox first to keep it as an inactive mailbox.
 * - onedrive-kept-then-archived-after-93-days: OneDrive stays, but is archived after 93 days unlicensed;
 *   reactivation is billed.
 * - office-apps-unlicensed: installed Office apps show unlicensed product / activation errors.
 * - service-kept-via-other-license: params `{ kind, viaSkuIds, via }` (via = product names).
 * - license-stays-via-group: params `{ skuId, product, groupIds }`; the license stays through the group(s)
 *   and no seat is freed.
 * - no-data-impact: none of the five data codes above applies.
 */
export type ConsequenceCode =
  | 'exchange-mailbox-deleted-after-30-days'
  | 'exchange-not-searchable-ediscovery'
  | 'exchange-inactive-mailbox-possible'
  | 'onedrive-kept-then-archived-after-93-days'
  | 'office-apps-unlicensed'
  | 'service-kept-via-other-license'
  | 'license-stays-via-group'
  | 'no-data-impact';

/** One consequence for one user. No user-facing text: `code` picks the string, `params` fill it. */
export interface Consequence {
  code: ConsequenceCode;
  params?: Record<string, string | number | string[]>;
}

// Kinds with a data consequence; losing Teams alone (chats stay in the tenant) is not one of them.
const DATA_KINDS: readonly ServiceKind[] = ['exchange', 'sharepoint-onedrive', 'office-apps'];
const ENTERPRISE_MAILBOX = /^EXCHANGE_S_ENTERPRISE/i;

/**
 * The consequences of removing `removedSkuIds` (direct assignments) from `user`, ordered as
 * `ConsequenceCode` lists them; within a code, in kind order (exchange, OneDrive, Office apps) or
 * removed-SKU order. Deterministic and pure.
 */
export function consequencesFor(
  user: Pick<User, 'assignedLicenses' | 'licenseAssignmentStates'>,
  removedSkuIds: string[],
  tenantSkus: SubscribedSku[],
): Consequence[] {
  const removed = [...new Set(removedSkuIds.map((id) => id.toLowerCase()))];
  const lost = lostServices(user, removed, tenantSkus);
  const kinds = lostKinds(lost);
  const out: Consequence[] = [];

  if (kinds.includes('exchange')) {
    out.push({ code: 'exchange-mailbox-deleted-after-30-days' }, { code: 'exchange-not-searchable-ediscovery' });
    if (lost.lostPlans.some((p) => p.kind === 'exchange' && ENTERPRISE_MAILBOX.test(p.servicePlanName))) {
      out.push({ code: 'exchange-inactive-mailbox-possible' });
    }
  }
  if (kinds.includes('sharepoint-onedrive')) out.push({ code: 'onedrive-kept-then-archived-after-93-days' });
  if (kinds.includes('office-apps')) out.push({ code: 'office-apps-unlicensed' });
  const dataImpact = out.length > 0;

  for (const kept of lost.keptVia) {
    // A removed SKU that stays through a group is reported once, as license-stays-via-group.
    const viaSkuIds = kept.viaSkuIds.filter((id) => !removed.includes(id));
    if (!DATA_KINDS.includes(kept.kind) || viaSkuIds.length === 0) continue;
    out.push({
      code: 'service-kept-via-other-license',
      params: { kind: kept.kind, viaSkuIds, via: viaSkuIds.map((skuId) => nameOf(skuId, tenantSkus)) },
    });
  }

  const assignments = licenseAssignments(user);
  for (const skuId of removed) {
    const groupIds = assignments.flatMap((a) => (a.skuId === skuId && a.viaGroup !== null ? [a.viaGroup] : []));
    if (groupIds.length > 0) {
      out.push({ code: 'license-stays-via-group', params: { skuId, product: nameOf(skuId, tenantSkus), groupIds } });
    }
  }

  if (!dataImpact) out.push({ code: 'no-data-impact' });
  return out;
}

function nameOf(skuId: string, tenantSkus: SubscribedSku[]): string {
  const sku = tenantSkus.find((s) => s.skuId?.toLowerCase() === skuId);
  return productDisplayName(sku ?? { skuId });
}
