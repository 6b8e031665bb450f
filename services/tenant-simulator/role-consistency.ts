import type { z } from 'zod';
import { roleLists } from './roles/role-lists';
import type { tenantFileSchema } from './tenant-schema';

type Tenant = z.infer<typeof tenantFileSchema>;

const lower = (s: string): string => s.toLowerCase();

/**
 * The references Graph keeps for roles and administrative units: unique ids; an assignment's or
 * eligibility's principal is a user or a group, and a group only when it is role-assignable
 * (Graph refuses to assign a role to any other group); a scope `/administrativeUnits/{id}` names a
 * unit in the file; unit members are users of the file. Returns the first problem, or undefined.
 */
export function checkRoleReferences(tenant: Tenant): { path: string; message: string } | undefined {
  const t = { ...tenant, ...roleLists(tenant) };
  const userIds = new Set(t.users.map((u) => lower(u.id)));
  const groups = new Map(t.groups.map((g) => [lower(g.id), g]));
  const unitIds = new Set(t.administrativeUnits.map((a) => lower(a.id)));

  const duplicate = (name: string, ids: string[]): { path: string; message: string } | undefined => {
    const seen = new Set<string>();
    for (const [i, id] of ids.entries()) {
      if (seen.has(lower(id))) return { path: `${name}[${i}].id`, message: `duplicate id ${id}` };
      seen.add(lower(id));
    }
    return undefined;
  };
  const grantProblem = (
    path: string,
    grant: { principalId: string; directoryScopeId: string },
  ): { path: string; message: string } | undefined => {
    const principal = lower(grant.principalId);
    const group = groups.get(principal);
    if (!userIds.has(principal) && !group)
      return { path: `${path}.principalId`, message: `unknown user or group ${grant.principalId}` };
    if (group && group.isAssignableToRole !== true)
      return {
        path: `${path}.principalId`,
        message: `group ${grant.principalId} is not role-assignable (isAssignableToRole is not true)`,
      };
    const unit = /^\/administrativeUnits\/(.+)$/i.exec(grant.directoryScopeId)?.[1];
    if (unit !== undefined && !unitIds.has(lower(unit)))
      return { path: `${path}.directoryScopeId`, message: `unknown administrative unit ${unit}` };
    return undefined;
  };

  const problem =
    duplicate(
      'roleAssignments',
      t.roleAssignments.map((a) => a.id),
    ) ??
    duplicate(
      'roleEligibilitySchedules',
      t.roleEligibilitySchedules.map((e) => e.id),
    ) ??
    duplicate(
      'administrativeUnits',
      t.administrativeUnits.map((a) => a.id),
    );
  if (problem) return problem;
  for (const [i, a] of t.roleAssignments.entries()) {
    const p = grantProblem(`roleAssignments[${i}]`, a);
    if (p) return p;
  }
  for (const [i, e] of t.roleEligibilitySchedules.entries()) {
    const p = grantProblem(`roleEligibilitySchedules[${i}]`, e);
    if (p) return p;
  }
  for (const [i, unit] of t.administrativeUnits.entries()) {
    const m = unit.members.findIndex((id) => !userIds.has(lower(id)));
    if (m >= 0) return { path: `administrativeUnits[${i}].members[${m}]`, message: `unknown user ${unit.members[m]}` };
  }
  return undefined;
}
