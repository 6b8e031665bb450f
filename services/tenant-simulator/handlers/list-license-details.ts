import type { LicenseDetails } from '@microsoft/microsoft-graph-types';
import { collectionResponse } from '../odata/collection';
import type { Handler } from '../sim-types';
import { findSku } from '../tenant-state';
import { lookupUser } from './lookup';

/**
 * `GET /users/{id}/licenseDetails`: one entry per held SKU, with the SKU's service plans; a plan is
 * `Disabled` only when every assignment of the SKU (direct and group) disables it.
 */
export const listLicenseDetails: Handler = (req, params, ctx) => {
  const found = lookupUser(ctx, params.id);
  if ('response' in found) return found.response;
  const { user } = found;
  const details: LicenseDetails[] = user.assignedLicenses.map((l) => {
    const sku = findSku(ctx.state, l.skuId);
    const disabled = new Set(l.disabledPlans.map((p) => p.toLowerCase()));
    return {
      id: Buffer.from(`${user.id}:${l.skuId}`).toString('base64url'),
      skuId: l.skuId,
      skuPartNumber: sku?.skuPartNumber ?? null,
      servicePlans: (sku?.servicePlans ?? []).map((p) => ({
        servicePlanId: p.servicePlanId,
        servicePlanName: p.servicePlanName,
        provisioningStatus: disabled.has(p.servicePlanId.toLowerCase()) ? 'Disabled' : p.provisioningStatus,
        appliesTo: p.appliesTo,
      })),
    };
  });
  return collectionResponse(req, ctx, `users('${user.id}')/licenseDetails`, details);
};
