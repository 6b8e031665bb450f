import { z } from 'zod';
import { graphError } from './graph-error';
import type { SimResponse } from './sim-types';
import type { TenantLicenseState, TenantUser } from './tenant-file';
import { findSku, type TenantState } from './tenant-state';

const bodySchema = z.object({
  addLicenses: z.array(z.object({ skuId: z.string(), disabledPlans: z.array(z.string()).nullish() })),
  removeLicenses: z.array(z.string()),
});

/** The body of `POST /users/{id}/assignLicense`. */
export interface AssignLicenseBody {
  addLicenses: { skuId: string; disabledPlans: string[] }[];
  removeLicenses: string[];
}

/** Both arrays are required (either may be empty), as in Graph. */
export function parseAssignLicenseBody(body: unknown): AssignLicenseBody | undefined {
  const parsed = bodySchema.safeParse(body);
  if (!parsed.success) return undefined;
  return {
    addLicenses: parsed.data.addLicenses.map((l) => ({ skuId: l.skuId, disabledPlans: l.disabledPlans ?? [] })),
    removeLicenses: parsed.data.removeLicenses,
  };
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
const invalid = (message: string): SimResponse => graphError(400, 'Request_BadRequest', message);

/** Plans disabled in every remaining assignment: a plan stays on while any assignment enables it. */
function commonDisabledPlans(states: readonly TenantLicenseState[]): string[] {
  const [first, ...rest] = states;
  if (!first) return [];
  return first.disabledPlans.filter((p) => rest.every((s) => s.disabledPlans.some((q) => same(p, q))));
}

function refreshAssignedEntry(state: TenantState, user: TenantUser, skuId: string): void {
  const states = user.licenseAssignmentStates.filter((s) => same(s.skuId, skuId));
  const index = user.assignedLicenses.findIndex((l) => same(l.skuId, skuId));
  const sku = findSku(state, skuId);
  if (states.length === 0) {
    if (index >= 0) {
      user.assignedLicenses.splice(index, 1);
      if (sku) sku.consumedUnits--;
    }
    return;
  }
  const disabledPlans = commonDisabledPlans(states);
  const entry = user.assignedLicenses[index];
  if (entry) {
    entry.disabledPlans = disabledPlans;
  } else {
    user.assignedLicenses.push({ skuId, disabledPlans });
    if (sku) sku.consumedUnits++;
  }
}

/** Every rule Graph checks, before anything changes; returns the first violation. */
function validate(state: TenantState, user: TenantUser, body: AssignLicenseBody): SimResponse | undefined {
  for (const skuId of [...body.addLicenses.map((l) => l.skuId), ...body.removeLicenses]) {
    if (!findSku(state, skuId)) return invalid(`License ${skuId} does not correspond to a valid company License.`);
  }
  for (const skuId of body.removeLicenses) {
    if (body.addLicenses.some((l) => same(l.skuId, skuId))) {
      return invalid(`License ${skuId} cannot be both added and removed in the same request.`);
    }
    const states = user.licenseAssignmentStates.filter((s) => same(s.skuId, skuId));
    if (states.length === 0) return invalid('User does not have a corresponding license.');
    if (!states.some((s) => s.assignedByGroup == null)) {
      return invalid(
        'User license is inherited from a group membership and it cannot be removed directly from the user.',
      );
    }
  }
  for (const add of body.addLicenses) {
    const sku = findSku(state, add.skuId);
    if (!sku) continue;
    const badPlan = add.disabledPlans.find((p) => !sku.servicePlans.some((sp) => same(sp.servicePlanId, p)));
    if (badPlan) return invalid(`Service plan ${badPlan} is not part of License ${sku.skuId}.`);
    const alreadyHeld = user.assignedLicenses.some((l) => same(l.skuId, add.skuId));
    if (!alreadyHeld && sku.consumedUnits + 1 > sku.prepaidUnits.enabled) {
      return invalid(`Subscription with SKU ${sku.skuId} does not have any available licenses.`);
    }
  }
  return undefined;
}

/**
 * Applies an assignLicense call to `user` atomically: validates everything first, then removes
 * the direct assignment of each removed SKU (an inherited one stays, and so does the seat) and
 * adds or updates a direct assignment for each added SKU (updating disabledPlans when already held).
 * Keeps `assignedLicenses`, `licenseAssignmentStates` and `consumedUnits` consistent.
 * Returns the Graph error for the first violated rule, or undefined on success.
 */
export function applyAssignLicense(
  state: TenantState,
  user: TenantUser,
  body: AssignLicenseBody,
  nowIso: string,
): SimResponse | undefined {
  const error = validate(state, user, body);
  if (error) return error;
  for (const skuId of body.removeLicenses) {
    const canonical = findSku(state, skuId)?.skuId ?? skuId;
    user.licenseAssignmentStates = user.licenseAssignmentStates.filter(
      (s) => !(same(s.skuId, canonical) && s.assignedByGroup == null),
    );
    refreshAssignedEntry(state, user, canonical);
  }
  for (const add of body.addLicenses) {
    const canonical = findSku(state, add.skuId)?.skuId ?? add.skuId;
    const direct = user.licenseAssignmentStates.find((s) => same(s.skuId, canonical) && s.assignedByGroup == null);
    if (direct) {
      direct.disabledPlans = [...add.disabledPlans];
      direct.lastUpdatedDateTime = nowIso;
    } else {
      user.licenseAssignmentStates.push({
        skuId: canonical,
        assignedByGroup: null,
        state: 'Active',
        error: 'None',
        disabledPlans: [...add.disabledPlans],
        lastUpdatedDateTime: nowIso,
      });
    }
    refreshAssignedEntry(state, user, canonical);
  }
  return undefined;
}
