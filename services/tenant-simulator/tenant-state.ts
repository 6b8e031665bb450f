import type { TenantFile, TenantGroup, TenantSku, TenantUser } from './tenant-file';
import { userIndexOf } from './user-index';

/**
 * The simulator's live tenant: a deep copy of the tenant file, mutated in place by writes
 * (assignLicense). Tests may read it to check effects; it has the same shape as `TenantFile`.
 */
export type TenantState = TenantFile;

/** A deep copy, so the caller's tenant object is never mutated by the simulator. */
export function createTenantState(tenant: TenantFile): TenantState {
  return structuredClone(tenant);
}

/** By object id or userPrincipalName, both case-insensitive (as Graph). */
export function findUser(state: TenantState, idOrUpn: string): TenantUser | undefined {
  return userIndexOf(state.users).byKey(idOrUpn);
}

export function findSku(state: TenantState, skuId: string): TenantSku | undefined {
  const key = skuId.toLowerCase();
  return state.subscribedSkus.find((s) => s.skuId.toLowerCase() === key);
}

export function findGroup(state: TenantState, id: string): TenantGroup | undefined {
  const key = id.toLowerCase();
  return state.groups.find((g) => g.id.toLowerCase() === key);
}

export function isMember(members: readonly string[], userId: string): boolean {
  const key = userId.toLowerCase();
  return members.some((m) => m.toLowerCase() === key);
}
