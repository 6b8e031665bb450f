import type { LicenseGraph } from '../../graph/license-graph';
import { type AuthorityScope, loadUnitMembers, unitsOutside } from '../admin-scope';
import type { PlanEntry } from '../removal-plan';

/**
 * The administrative-unit rule, per user: an admin whose role is scoped to administrative units
 * may change licenses only of those units' members (Microsoft Entra scopes the role that way; Graph
 * would refuse the change). Every entry of a user outside the units becomes `outside-admin-unit`,
 * naming the units, whatever it was before: the requester may not act on that user at all.
 * A tenant-wide scope changes nothing and reads nothing.
 */
export async function applyAdminUnitScope(
  graph: LicenseGraph,
  scope: AuthorityScope,
  entries: PlanEntry[],
): Promise<PlanEntry[]> {
  if (scope.kind === 'tenant') return entries;
  const members = await loadUnitMembers(graph, [scope]);
  return entries.map((entry) => {
    const units = unitsOutside(scope, members, entry.userId);
    return units ? { ...entry, reason: 'outside-admin-unit', adminUnits: units.map((u) => ({ ...u })) } : entry;
  });
}
