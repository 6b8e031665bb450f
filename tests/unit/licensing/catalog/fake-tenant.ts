/**
 * Builders for a small fake tenant made of REAL catalog SKUs (skuIds and service plans from
 * product-catalog.json), shared by the catalog and consequences tests.
 */
import type { AssignedLicense, LicenseAssignmentState, SubscribedSku, User } from '@microsoft/microsoft-graph-types';
import { findCatalogProductByPartNumber } from '../../../../services/licensing/catalog/product-catalog';

export const ENTERPRISEPACK_ID = '6fd2c87f-b296-42f0-b197-1e91e994b900';

/** A tenant SKU for a catalog part number, with seats. */
export function aSku(partNumber: string, seats: { enabled?: number; consumed?: number } = {}): SubscribedSku {
  const product = findCatalogProductByPartNumber(partNumber);
  if (!product) throw new Error(`not in catalog: ${partNumber}`);
  return {
    id: `tenant_${product.skuId}`,
    skuId: product.skuId,
    skuPartNumber: product.skuPartNumber,
    appliesTo: 'User',
    capabilityStatus: 'Enabled',
    consumedUnits: seats.consumed ?? 0,
    prepaidUnits: { enabled: seats.enabled ?? 25, suspended: 0, warning: 0 },
    servicePlans: product.servicePlans.map((p) => ({
      servicePlanId: p.id,
      servicePlanName: p.name,
      provisioningStatus: 'Success',
      appliesTo: 'User',
    })),
  };
}

/** A tenant SKU that the bundled catalog does not know (newer than the CSV). */
export function anUnknownSku(
  partNumber: string,
  skuId: string,
  servicePlans: SubscribedSku['servicePlans'] = [],
): SubscribedSku {
  return {
    skuId,
    skuPartNumber: partNumber,
    appliesTo: 'User',
    consumedUnits: 1,
    prepaidUnits: { enabled: 5 },
    servicePlans,
  };
}

/** The servicePlanId of a named plan in a tenant SKU. */
export function planId(sku: SubscribedSku, planName: string): string {
  const plan = sku.servicePlans?.find((p) => p.servicePlanName === planName);
  if (!plan?.servicePlanId) throw new Error(`${sku.skuPartNumber ?? '?'} has no ${planName}`);
  return plan.servicePlanId;
}

export interface HeldLicense {
  sku: SubscribedSku;
  /** Plan names switched off in this assignment. */
  disabled?: string[];
  /** Set for a group-inherited assignment. */
  viaGroup?: string;
  /** licenseAssignmentState.state; default Active. */
  state?: string;
}

/** A user holding licenses; both assignedLicenses and licenseAssignmentStates are filled like Graph does. */
export function aUser(
  id: string,
  held: HeldLicense[],
): Pick<User, 'id' | 'assignedLicenses' | 'licenseAssignmentStates'> {
  const states: LicenseAssignmentState[] = held.map((h) => ({
    skuId: h.sku.skuId ?? null,
    assignedByGroup: h.viaGroup ?? null,
    disabledPlans: (h.disabled ?? []).map((name) => planId(h.sku, name)),
    state: h.state ?? 'Active',
    error: h.state === 'Error' ? 'CountViolation' : 'None',
  }));
  const assigned: AssignedLicense[] = [];
  for (const state of states) {
    if (!assigned.some((a) => a.skuId === state.skuId))
      assigned.push({ skuId: state.skuId ?? null, disabledPlans: state.disabledPlans ?? [] });
  }
  return { id, assignedLicenses: assigned, licenseAssignmentStates: states };
}
