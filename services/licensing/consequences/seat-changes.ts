import type { SubscribedSku, User } from '@microsoft/microsoft-graph-types';
import { productDisplayName } from '../catalog/product-catalog';
import { seatsOf } from '../catalog/seats-of';
import { licenseAssignments } from './license-assignments';

/** One user losing one SKU's direct assignment. */
export interface SeatRemoval {
  user: Pick<User, 'id' | 'assignedLicenses' | 'licenseAssignmentStates'>;
  skuId: string;
}

/**
 * Seats of one SKU before and after a set of removals. `freed` counts distinct users who really stop
 * consuming a seat: they hold the SKU directly (in effect) and through no group. A user who keeps it
 * through a group (in any state: it may become active once the direct one goes) or never held it
 * frees nothing. `usedAfter = max(0, usedBefore - freed)`.
 */
export interface SeatChange {
  skuId: string;
  displayName: string;
  total: number;
  usedBefore: number;
  usedAfter: number;
  freed: number;
}

/** One entry per distinct skuId of `removals`, in first-seen order. SKUs absent from the tenant count 0 seats. */
export function seatChanges(removals: SeatRemoval[], tenantSkus: SubscribedSku[]): SeatChange[] {
  const bySku = new Map<string, SeatRemoval['user'][]>();
  for (const removal of removals) {
    const skuId = removal.skuId.toLowerCase();
    const users = bySku.get(skuId) ?? [];
    // The same user twice (by id, or the same object) frees one seat.
    if (!users.some((u) => u === removal.user || (u.id && u.id === removal.user.id))) users.push(removal.user);
    bySku.set(skuId, users);
  }
  return [...bySku].map(([skuId, users]) => {
    const sku = tenantSkus.find((s) => s.skuId?.toLowerCase() === skuId);
    const seats = sku ? seatsOf(sku) : { total: 0, used: 0, free: 0 };
    const freed = users.filter((user) => freesSeat(user, skuId)).length;
    return {
      skuId,
      displayName: productDisplayName(sku ?? { skuId }),
      total: seats.total,
      usedBefore: seats.used,
      usedAfter: Math.max(0, seats.used - freed),
      freed,
    };
  });
}

function freesSeat(user: SeatRemoval['user'], skuId: string): boolean {
  const paths = licenseAssignments(user).filter((a) => a.skuId === skuId);
  return paths.some((a) => a.viaGroup === null && a.active) && paths.every((a) => a.viaGroup === null);
}
