import type { z } from 'zod';
import { checkRoleReferences } from './role-consistency';
import type { tenantFileSchema } from './tenant-schema';

type Tenant = z.infer<typeof tenantFileSchema>;
type User = Tenant['users'][number];

/** The first problem found, with the JSON path it concerns. */
export interface TenantProblem {
  path: string;
  message: string;
}

const lower = (s: string): string => s.toLowerCase();

/**
 * Checks what a schema cannot: unique ids, references (managerId, members, ownerId, skuIds,
 * disabledPlans) and the invariants Graph keeps between users, groups and SKUs:
 * - each group license appears on each member as a state with `assignedByGroup` = the group, and
 *   every group state on a user is backed by a group that has the user as member and assigns the SKU;
 * - `assignedLicenses` and `licenseAssignmentStates` cover the same SKUs (one entry, ≥1 state);
 * - a SKU's `consumedUnits` equals the number of users holding it.
 * Returns the first problem (naming the user where users and groups disagree), or undefined.
 */
export function checkTenantConsistency(t: Tenant): TenantProblem | undefined {
  return (
    checkUniqueness(t) ??
    checkReferences(t) ??
    checkUserLicenses(t) ??
    checkGroupLicenses(t) ??
    checkConsumedUnits(t) ??
    checkRoleReferences(t)
  );
}

function firstDuplicate(values: string[]): number {
  const seen = new Set<string>();
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as string;
    if (seen.has(v)) return i;
    seen.add(v);
  }
  return -1;
}

function checkUniqueness(t: Tenant): TenantProblem | undefined {
  const lists: [string, string[], string][] = [
    ['users', t.users.map((u) => lower(u.id)), 'id'],
    ['users', t.users.map((u) => lower(u.userPrincipalName)), 'userPrincipalName'],
    ['groups', t.groups.map((g) => lower(g.id)), 'id'],
    ['directoryRoles', t.directoryRoles.map((r) => lower(r.id)), 'id'],
    ['subscribedSkus', t.subscribedSkus.map((s) => lower(s.skuId)), 'skuId'],
    ['subscriptions', t.subscriptions.map((s) => lower(s.id)), 'id'],
  ];
  for (const [name, values, field] of lists) {
    const i = firstDuplicate(values);
    if (i >= 0) return { path: `${name}[${i}].${field}`, message: `duplicate ${field} ${values[i]}` };
  }
  return undefined;
}

function checkReferences(t: Tenant): TenantProblem | undefined {
  const userIds = new Set(t.users.map((u) => lower(u.id)));
  const skus = new Map(
    t.subscribedSkus.map((s) => [lower(s.skuId), new Set(s.servicePlans.map((p) => lower(p.servicePlanId)))]),
  );
  const licenseProblem = (path: string, skuId: string, disabledPlans: readonly string[]): TenantProblem | undefined => {
    const plans = skus.get(lower(skuId));
    if (!plans) return { path: `${path}.skuId`, message: `unknown SKU ${skuId} (not in subscribedSkus)` };
    const bad = disabledPlans.findIndex((p) => !plans.has(lower(p)));
    if (bad >= 0)
      return {
        path: `${path}.disabledPlans[${bad}]`,
        message: `service plan ${disabledPlans[bad]} is not part of SKU ${skuId}`,
      };
    return undefined;
  };
  for (const [i, u] of t.users.entries()) {
    if (u.managerId != null) {
      if (!userIds.has(lower(u.managerId)))
        return { path: `users[${i}].managerId`, message: `unknown user ${u.managerId}` };
      if (lower(u.managerId) === lower(u.id))
        return { path: `users[${i}].managerId`, message: 'a user cannot be their own manager' };
    }
    for (const [j, l] of u.assignedLicenses.entries()) {
      const p = licenseProblem(`users[${i}].assignedLicenses[${j}]`, l.skuId, l.disabledPlans);
      if (p) return p;
    }
    for (const [j, s] of u.licenseAssignmentStates.entries()) {
      const p = licenseProblem(`users[${i}].licenseAssignmentStates[${j}]`, s.skuId, s.disabledPlans);
      if (p) return p;
    }
  }
  for (const [i, g] of t.groups.entries()) {
    const m = g.members.findIndex((id) => !userIds.has(lower(id)));
    if (m >= 0) return { path: `groups[${i}].members[${m}]`, message: `unknown user ${g.members[m]}` };
    for (const [j, l] of g.assignedLicenses.entries()) {
      const p = licenseProblem(`groups[${i}].assignedLicenses[${j}]`, l.skuId, l.disabledPlans);
      if (p) return p;
    }
  }
  for (const [i, r] of t.directoryRoles.entries()) {
    const m = r.members.findIndex((id) => !userIds.has(lower(id)));
    if (m >= 0) return { path: `directoryRoles[${i}].members[${m}]`, message: `unknown user ${r.members[m]}` };
  }
  for (const [i, s] of t.subscriptions.entries()) {
    if (!skus.has(lower(s.skuId)))
      return { path: `subscriptions[${i}].skuId`, message: `unknown SKU ${s.skuId} (not in subscribedSkus)` };
    if (s.ownerType === 'User') {
      if (s.ownerId == null)
        return {
          path: `subscriptions[${i}].ownerId`,
          message: 'a self-service subscription (ownerType "User") needs an ownerId',
        };
      if (!userIds.has(lower(s.ownerId)))
        return { path: `subscriptions[${i}].ownerId`, message: `unknown user ${s.ownerId}` };
    }
  }
  return undefined;
}

function userLabel(t: Tenant, u: User): string {
  return `users[${t.users.indexOf(u)}] (${u.userPrincipalName})`;
}

/** Per user: one assignedLicenses entry per SKU, ≥1 state per held SKU, no state without an entry. */
function checkUserLicenses(t: Tenant): TenantProblem | undefined {
  for (const u of t.users) {
    const held = u.assignedLicenses.map((l) => lower(l.skuId));
    const dup = firstDuplicate(held);
    if (dup >= 0) return { path: userLabel(t, u), message: `assignedLicenses lists SKU ${held[dup]} twice` };
    const stateKeys = u.licenseAssignmentStates.map((s) => `${lower(s.skuId)}|${lower(s.assignedByGroup ?? 'direct')}`);
    const dupState = firstDuplicate(stateKeys);
    if (dupState >= 0) {
      const s = u.licenseAssignmentStates[dupState];
      return {
        path: userLabel(t, u),
        message: `licenseAssignmentStates repeats SKU ${s?.skuId} from ${s?.assignedByGroup ?? 'direct assignment'}`,
      };
    }
    const stateSkus = new Set(u.licenseAssignmentStates.map((s) => lower(s.skuId)));
    const noState = held.find((sku) => !stateSkus.has(sku));
    if (noState)
      return {
        path: userLabel(t, u),
        message: `assignedLicenses has SKU ${noState} but licenseAssignmentStates has no state for it`,
      };
    const heldSet = new Set(held);
    const noEntry = u.licenseAssignmentStates.find((s) => !heldSet.has(lower(s.skuId)));
    if (noEntry)
      return {
        path: userLabel(t, u),
        message: `licenseAssignmentStates has SKU ${noEntry.skuId} but assignedLicenses does not`,
      };
  }
  return undefined;
}

/** Group licenses and the group states on users must mirror each other. */
function checkGroupLicenses(t: Tenant): TenantProblem | undefined {
  const groups = new Map(t.groups.map((g) => [lower(g.id), g]));
  for (const u of t.users) {
    const uid = lower(u.id);
    for (const g of t.groups) {
      if (!g.members.some((m) => lower(m) === uid)) continue;
      for (const l of g.assignedLicenses) {
        const has = u.licenseAssignmentStates.some(
          (s) => lower(s.skuId) === lower(l.skuId) && lower(s.assignedByGroup ?? '') === lower(g.id),
        );
        if (!has) {
          return {
            path: userLabel(t, u),
            message: `member of group ${g.id} (${g.displayName}), which assigns SKU ${l.skuId}, but has no license state assignedByGroup ${g.id} for it`,
          };
        }
      }
    }
    for (const s of u.licenseAssignmentStates) {
      if (s.assignedByGroup == null) continue;
      const g = groups.get(lower(s.assignedByGroup));
      if (!g)
        return {
          path: userLabel(t, u),
          message: `license state for SKU ${s.skuId} is assignedByGroup ${s.assignedByGroup}, which is not in groups`,
        };
      if (!g.members.some((m) => lower(m) === uid)) {
        return {
          path: userLabel(t, u),
          message: `license state for SKU ${s.skuId} is assignedByGroup ${g.id} (${g.displayName}), but the user is not a member`,
        };
      }
      if (!g.assignedLicenses.some((l) => lower(l.skuId) === lower(s.skuId))) {
        return {
          path: userLabel(t, u),
          message: `license state for SKU ${s.skuId} is assignedByGroup ${g.id} (${g.displayName}), which does not assign that SKU`,
        };
      }
    }
  }
  return undefined;
}

function checkConsumedUnits(t: Tenant): TenantProblem | undefined {
  for (const [i, sku] of t.subscribedSkus.entries()) {
    const id = lower(sku.skuId);
    const holders = t.users.filter((u) => u.assignedLicenses.some((l) => lower(l.skuId) === id)).length;
    if (holders !== sku.consumedUnits) {
      return {
        path: `subscribedSkus[${i}].consumedUnits`,
        message: `is ${sku.consumedUnits} but ${holders} user(s) hold ${sku.skuPartNumber}`,
      };
    }
  }
  return undefined;
}
