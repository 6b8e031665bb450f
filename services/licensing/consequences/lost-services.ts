import type { SubscribedSku, User } from '@microsoft/microsoft-graph-types';
import { findCatalogProduct } from '../catalog/product-catalog';
import { classifyServicePlan, SERVICE_FAMILIES, type ServiceKind } from './classify-service-plan';
import { licenseAssignments, type LicenseAssignment } from './license-assignments';

/** A service plan a user stops receiving. */
export interface LostPlan {
  /** Lower-case GUID. */
  servicePlanId: string;
  servicePlanName: string;
  kind: ServiceKind;
}

/**
 * What removing some SKUs takes from one user.
 * - lostPlans: plans the removed licenses provisioned (not in their disabledPlans) that no remaining
 *   license provides by the same servicePlanId, de-duplicated, in SKU plan order.
 * - keptVia: for each kind other than 'other' that the removed licenses provisioned, the remaining
 *   SKUs that still provide some plan of that kind ("Exchange stays via Microsoft 365 E5"), even when
 *   through a different plan (EXCHANGE_S_ENTERPRISE removed, EXCHANGE_S_STANDARD kept: the mailbox
 *   stays). A kind counts as lost only if it has lost plans and is not in keptVia (see `lostKinds`).
 */
export interface LostServices {
  lostPlans: LostPlan[];
  keptVia: { kind: ServiceKind; viaSkuIds: string[] }[];
}

// Families in card order; 'other' is never reported.
const KIND_ORDER: readonly ServiceKind[] = SERVICE_FAMILIES;

/**
 * removedSkuIds: what is being removed from this user. Removal takes away only the DIRECT assignment
 * (Graph's assignLicense cannot remove a group's); every other assignment that is in effect keeps
 * providing its SKU's plans minus its own disabledPlans — including a group assignment of a removed
 * SKU, so a SKU held direct+group loses nothing (unless the group disables plans the direct one had).
 * Plans come from the tenant's `subscribedSkus` (user-level plans only), else from the catalog.
 */
export function lostServices(
  user: Pick<User, 'assignedLicenses' | 'licenseAssignmentStates'>,
  removedSkuIds: string[],
  tenantSkus: SubscribedSku[],
): LostServices {
  const removed = new Set(removedSkuIds.map((id) => id.toLowerCase()));
  const active = licenseAssignments(user).filter((a) => a.active);
  const goes = (a: LicenseAssignment) => a.viaGroup === null && removed.has(a.skuId);
  const losing = active.filter(goes);
  const staying = active.filter((a) => !goes(a));

  const keptPlans = staying.map((a) => ({ skuId: a.skuId, plans: enabledPlans(a, tenantSkus) }));
  const keptIds = new Set(keptPlans.flatMap((k) => k.plans.map((p) => p.servicePlanId)));

  const lostPlans: LostPlan[] = [];
  const losingKinds = new Set<ServiceKind>();
  for (const assignment of losing) {
    for (const plan of enabledPlans(assignment, tenantSkus)) {
      losingKinds.add(plan.kind);
      if (keptIds.has(plan.servicePlanId) || lostPlans.some((p) => p.servicePlanId === plan.servicePlanId)) continue;
      lostPlans.push(plan);
    }
  }

  const keptVia = KIND_ORDER.filter((kind) => losingKinds.has(kind)).flatMap((kind) => {
    const viaSkuIds = unique(keptPlans.filter((k) => k.plans.some((p) => p.kind === kind)).map((k) => k.skuId));
    return viaSkuIds.length > 0 ? [{ kind, viaSkuIds }] : [];
  });
  return { lostPlans, keptVia };
}

/** The kinds (not 'other') the user really loses: some plan of the kind is lost and none is kept. */
export function lostKinds(lost: LostServices): ServiceKind[] {
  const kept = new Set(lost.keptVia.map((k) => k.kind));
  return KIND_ORDER.filter((kind) => !kept.has(kind) && lost.lostPlans.some((p) => p.kind === kind));
}

/** The plans an assignment provisions: its SKU's user-level plans minus the assignment's disabledPlans. */
function enabledPlans(assignment: LicenseAssignment, tenantSkus: SubscribedSku[]): LostPlan[] {
  const disabled = new Set(assignment.disabledPlans);
  return skuPlans(assignment.skuId, tenantSkus).filter((p) => !disabled.has(p.servicePlanId));
}

function skuPlans(skuId: string, tenantSkus: SubscribedSku[]): LostPlan[] {
  const tenantSku = tenantSkus.find((s) => s.skuId?.toLowerCase() === skuId);
  if (tenantSku?.servicePlans && tenantSku.servicePlans.length > 0) {
    return tenantSku.servicePlans.flatMap((p) =>
      p.servicePlanId && p.appliesTo?.toLowerCase() !== 'company'
        ? [plan(p.servicePlanId, p.servicePlanName ?? '')]
        : [],
    );
  }
  return (findCatalogProduct(skuId)?.servicePlans ?? []).map((p) => plan(p.id, p.name));
}

function plan(id: string, name: string): LostPlan {
  return { servicePlanId: id.toLowerCase(), servicePlanName: name, kind: classifyServicePlan(name) };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
