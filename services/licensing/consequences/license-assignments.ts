import type { User } from '@microsoft/microsoft-graph-types';

/** One path by which a user holds a SKU. */
export interface LicenseAssignment {
  /** Lower-case skuId. */
  skuId: string;
  /** The group it comes through, or `null` for a direct assignment. */
  viaGroup: string | null;
  /** Lower-case servicePlanIds switched off in this assignment. */
  disabledPlans: string[];
  /** Whether the assignment is in effect (Graph state Active or ActiveWithError, or no state given). */
  active: boolean;
}

// Graph's licenseAssignmentState.state: Active, ActiveWithError, Disabled, Error.
const INACTIVE_STATES: ReadonlySet<string> = new Set(['disabled', 'error']);

/**
 * Every assignment path of the user, from `licenseAssignmentStates` (one per source: direct or a
 * group). A SKU listed in `assignedLicenses` with no state at all (states not selected, or old
 * objects) counts as one direct, active assignment with that entry's disabled plans.
 */
export function licenseAssignments(
  user: Pick<User, 'assignedLicenses' | 'licenseAssignmentStates'>,
): LicenseAssignment[] {
  const out: LicenseAssignment[] = [];
  for (const state of user.licenseAssignmentStates ?? []) {
    if (!state.skuId) continue;
    out.push({
      skuId: state.skuId.toLowerCase(),
      viaGroup: state.assignedByGroup ?? null,
      disabledPlans: (state.disabledPlans ?? []).map((p) => p.toLowerCase()),
      active: !INACTIVE_STATES.has((state.state ?? '').toLowerCase()),
    });
  }
  for (const license of user.assignedLicenses ?? []) {
    const skuId = license.skuId?.toLowerCase();
    if (!skuId || out.some((a) => a.skuId === skuId)) continue;
    out.push({
      skuId,
      viaGroup: null,
      disabledPlans: (license.disabledPlans ?? []).map((p) => p.toLowerCase()),
      active: true,
    });
  }
  return out;
}
