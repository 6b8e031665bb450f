/**
 * What a user loses when licenses are removed, as codes and params only (the texts, en + sv, and
 * their Microsoft sources live with the card strings; the table with the links is
 * docs/consequences.md). Derived from the service plans the user ACTUALLY loses (`lostServices`),
 * so a family still provided by another license, a license kept through a group, or a plan that
 * was disabled all along causes no line.
 */
import type { SubscribedSku, User } from '@microsoft/microsoft-graph-types';
import { productDisplayName } from '../catalog/product-catalog';
import { licenseAssignments } from './license-assignments';
import { lostKinds, lostServices } from './lost-services';
import type { SERVICE_FAMILIES, ServiceKind } from './classify-service-plan';

type Family = (typeof SERVICE_FAMILIES)[number];

/**
 * Stable codes, in the order `consequencesFor` emits them (documented with their Microsoft sources
 * in docs/consequences.md, one row per service-plan family).
 * - leaver-convert-to-shared-mailbox / leaver-move-onedrive: the account is disabled (a leaver) and
 *   loses its mailbox / OneDrive: Microsoft's "Remove a former employee" steps come first.
 * - exchange-mailbox-deleted-after-30-days: mailbox data kept 30 days, then deleted for good.
 * - exchange-not-searchable-ediscovery: eDiscovery can no longer search the mailbox.
 * - exchange-inactive-mailbox-possible: only for a leaver losing Exchange Online Plan 2: put the
 *   mailbox on Litigation Hold before deleting the account, so it is kept as an inactive mailbox.
 * - onedrive-kept-then-archived-after-93-days: OneDrive stays, but is archived after 93 days unlicensed.
 * - office-apps-unlicensed … purview-features-stop: one per family the user really loses.
 * - service-kept-via-other-license: params `{ kind, viaSkuIds, via }` (via = product names).
 * - license-stays-via-group: params `{ skuId, product, groupIds }`; the license stays through the group(s)
 *   and no seat is freed.
 * - no-data-impact: the user loses none of the families above.
 */
export type ConsequenceCode =
  | 'leaver-convert-to-shared-mailbox'
  | 'leaver-move-onedrive'
  | 'exchange-mailbox-deleted-after-30-days'
  | 'exchange-not-searchable-ediscovery'
  | 'exchange-inactive-mailbox-possible'
  | 'onedrive-kept-then-archived-after-93-days'
  | 'office-apps-unlicensed'
  | 'teams-unlicensed'
  | 'teams-phone-number-released'
  | 'audio-conferencing-dial-in-lost'
  | 'teams-premium-features-lost'
  | 'power-bi-cannot-publish-or-share'
  | 'copilot-lost'
  | 'visio-apps-unlicensed'
  | 'project-apps-unlicensed'
  | 'intune-devices-leave-management'
  | 'entra-id-p1-conditional-access'
  | 'entra-id-p2-privileged-identity'
  | 'defender-protection-stops'
  | 'purview-features-stop'
  | 'service-kept-via-other-license'
  | 'license-stays-via-group'
  | 'no-data-impact';

/** One consequence for one user. No user-facing text: `code` picks the string, `params` fill it. */
export interface Consequence {
  code: ConsequenceCode;
  params?: Record<string, string | number | string[]>;
}

/** The consequence of losing each family (Exchange's extra lines are added by `consequencesFor`). */
export const FAMILY_CONSEQUENCE: Readonly<Record<Family, ConsequenceCode>> = {
  exchange: 'exchange-mailbox-deleted-after-30-days',
  'sharepoint-onedrive': 'onedrive-kept-then-archived-after-93-days',
  'office-apps': 'office-apps-unlicensed',
  teams: 'teams-unlicensed',
  'teams-phone': 'teams-phone-number-released',
  'audio-conferencing': 'audio-conferencing-dial-in-lost',
  'teams-premium': 'teams-premium-features-lost',
  'power-bi': 'power-bi-cannot-publish-or-share',
  copilot: 'copilot-lost',
  visio: 'visio-apps-unlicensed',
  project: 'project-apps-unlicensed',
  intune: 'intune-devices-leave-management',
  'entra-id-p1': 'entra-id-p1-conditional-access',
  'entra-id-p2': 'entra-id-p2-privileged-identity',
  defender: 'defender-protection-stops',
  purview: 'purview-features-stop',
};

// Kinds whose "stays through X" is worth a line: the ones that hold the user's data or apps.
const DATA_KINDS: readonly ServiceKind[] = ['exchange', 'sharepoint-onedrive', 'office-apps'];
const ENTERPRISE_MAILBOX = /^EXCHANGE_S_ENTERPRISE/i;

/**
 * The consequences of removing `removedSkuIds` (direct assignments) from `user`: for a leaver
 * (`accountEnabled === false`) Microsoft's leaver advice first, then one line per family really
 * lost, in `SERVICE_FAMILIES` order, then what stays through other licenses or groups.
 * Deterministic and pure.
 */
export function consequencesFor(
  user: Pick<User, 'assignedLicenses' | 'licenseAssignmentStates' | 'accountEnabled'>,
  removedSkuIds: string[],
  tenantSkus: SubscribedSku[],
): Consequence[] {
  const removed = [...new Set(removedSkuIds.map((id) => id.toLowerCase()))];
  const lost = lostServices(user, removed, tenantSkus);
  const kinds = lostKinds(lost);
  const leaver = user.accountEnabled === false;
  const out: Consequence[] = [];

  if (leaver && kinds.includes('exchange')) out.push({ code: 'leaver-convert-to-shared-mailbox' });
  if (leaver && kinds.includes('sharepoint-onedrive')) out.push({ code: 'leaver-move-onedrive' });
  for (const kind of kinds) {
    if (kind === 'other') continue;
    out.push({ code: FAMILY_CONSEQUENCE[kind] });
    if (kind !== 'exchange') continue;
    out.push({ code: 'exchange-not-searchable-ediscovery' });
    // Litigation Hold (and so an inactive mailbox) comes with Exchange Online Plan 2, and matters
    // only when the account is about to be deleted: a leaver's.
    if (leaver && lost.lostPlans.some((p) => p.kind === 'exchange' && ENTERPRISE_MAILBOX.test(p.servicePlanName))) {
      out.push({ code: 'exchange-inactive-mailbox-possible' });
    }
  }
  const anyLoss = out.length > 0;

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

  if (!anyLoss) out.push({ code: 'no-data-impact' });
  return out;
}

function nameOf(skuId: string, tenantSkus: SubscribedSku[]): string {
  const sku = tenantSkus.find((s) => s.skuId?.toLowerCase() === skuId);
  return productDisplayName(sku ?? { skuId });
}
