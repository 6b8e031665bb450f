import type { LicenseGraph } from '../graph/license-graph';
import type { AdminGrant, AdminUnitRef } from './admin-grants';

/**
 * Whose licenses an admin may manage: everyone (a tenant-wide assignment of any admin role wins),
 * or only the members of these administrative units (every unit-scoped assignment they hold).
 */
export type AuthorityScope = { kind: 'tenant' } | { kind: 'administrative-units'; units: AdminUnitRef[] };

/** The scope given by a user's grants; undefined when there are none (not an admin). */
export function scopeOfGrants(grants: readonly AdminGrant[]): AuthorityScope | undefined {
  if (grants.length === 0) return undefined;
  if (grants.some((g) => g.scope.kind === 'tenant')) return { kind: 'tenant' };
  const units: AdminUnitRef[] = [];
  for (const { scope } of grants)
    if (scope.kind === 'administrative-unit' && !units.some((u) => u.id === scope.unit.id)) units.push(scope.unit);
  return { kind: 'administrative-units', units };
}

/** Member user ids per unit id (lower-case), for deciding who is inside an admin's units. */
export type UnitMembers = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * Reads the members of each unit of `scope` (Graph `/directory/administrativeUnits/{id}/members`),
 * once per unit; nothing to read for a tenant-wide scope. Graph errors propagate: without the
 * membership, nobody can be shown to be in scope, and guessing would be unsafe.
 */
export async function loadUnitMembers(graph: LicenseGraph, scopes: readonly AuthorityScope[]): Promise<UnitMembers> {
  const ids = [...new Set(scopes.flatMap((s) => (s.kind === 'tenant' ? [] : s.units.map((u) => u.id.toLowerCase()))))];
  const members = await Promise.all(ids.map((id) => graph.listAdministrativeUnitMembers(id)));
  return new Map(
    ids.map((id, i) => [id, new Set((members[i] ?? []).flatMap((u) => (u.id ? [u.id.toLowerCase()] : [])))]),
  );
}

/**
 * Of `userIds`, those the scope does not reach now (read from Graph; nothing is read for a
 * tenant-wide scope). For the re-check at a click: a unit's membership may have changed since the plan.
 */
export async function usersOutsideScope(
  graph: LicenseGraph,
  scope: AuthorityScope,
  userIds: readonly string[],
): Promise<string[]> {
  if (scope.kind === 'tenant') return [];
  const members = await loadUnitMembers(graph, [scope]);
  return [...new Set(userIds)].filter((id) => unitsOutside(scope, members, id) !== undefined);
}

/**
 * The units a user lies outside of, when `scope` does not reach them (every unit of the scope,
 * to name in the skip reason); undefined when the user is in scope.
 */
export function unitsOutside(scope: AuthorityScope, members: UnitMembers, userId: string): AdminUnitRef[] | undefined {
  if (scope.kind === 'tenant') return undefined;
  const key = userId.toLowerCase();
  const inside = scope.units.some((u) => members.get(u.id.toLowerCase())?.has(key) === true);
  return inside ? undefined : scope.units;
}
