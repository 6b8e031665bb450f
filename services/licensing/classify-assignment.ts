import type { User } from '@microsoft/microsoft-graph-types';
import type { Assignment } from './removal-plan';

export interface AssignmentInfo {
  assignment: Assignment;
  /** Ids of the groups the license comes through. */
  groupIds: string[];
  /** The disabled plans of the direct assignment, kept so undo restores exactly that. */
  directDisabledPlans: string[];
}

/**
 * Classifies how `user` holds `skuId` from `licenseAssignmentStates`. A state with no
 * `assignedByGroup` is a direct assignment; others come from the named group. Graph keeps
 * one state per source, so a user can hold a SKU both ways at once.
 */
export function classifyAssignment(
  user: Pick<User, 'licenseAssignmentStates' | 'assignedLicenses'>,
  skuId: string,
): AssignmentInfo {
  const states = (user.licenseAssignmentStates ?? []).filter((s) => s.skuId?.toLowerCase() === skuId.toLowerCase());
  const direct = states.find((s) => !s.assignedByGroup);
  const groupIds = states.flatMap((s) => (s.assignedByGroup ? [s.assignedByGroup] : []));
  // Some tenants return assignedLicenses without states for the same SKU (e.g. old objects):
  // an assigned license with no group state is treated as direct.
  const listedOnly =
    !direct &&
    groupIds.length === 0 &&
    (user.assignedLicenses ?? []).some((l) => l.skuId?.toLowerCase() === skuId.toLowerCase());
  const directDisabledPlans =
    direct?.disabledPlans ??
    (user.assignedLicenses ?? []).find((l) => l.skuId?.toLowerCase() === skuId.toLowerCase())?.disabledPlans ??
    [];
  const hasDirect = Boolean(direct) || listedOnly;
  const assignment: Assignment =
    hasDirect && groupIds.length > 0
      ? 'direct-and-group'
      : hasDirect
        ? 'direct'
        : groupIds.length > 0
          ? 'group-only'
          : 'not-assigned';
  return { assignment, groupIds, directDisabledPlans: hasDirect ? [...directDisabledPlans] : [] };
}

/** Every SKU the user holds, directly or through a group (for "remove all licenses": group-only ones become skips with a reason). */
export function heldSkuIds(user: Pick<User, 'licenseAssignmentStates' | 'assignedLicenses'>): string[] {
  const ids = new Set<string>();
  for (const l of user.assignedLicenses ?? []) if (l.skuId) ids.add(l.skuId);
  for (const s of user.licenseAssignmentStates ?? []) if (s.skuId) ids.add(s.skuId);
  return [...ids].filter((id) => {
    const a = classifyAssignment(user, id).assignment;
    return a !== 'not-assigned';
  });
}
