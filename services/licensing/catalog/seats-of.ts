import type { SubscribedSku } from '@microsoft/microsoft-graph-types';

/** Seat counts of one tenant SKU. All are whole numbers ≥ 0. */
export interface Seats {
  /** `prepaidUnits.enabled`: seats paid for and usable (warning/suspended units are not counted). */
  total: number;
  /** `consumedUnits`: seats assigned. */
  used: number;
  /** `total - used`, never negative (a tenant can be over-assigned while units are in warning). */
  free: number;
}

/** Seat counts of a tenant SKU from `subscribedSkus`; missing numbers count as 0. */
export function seatsOf(sku: Pick<SubscribedSku, 'prepaidUnits' | 'consumedUnits'>): Seats {
  const total = sku.prepaidUnits?.enabled ?? 0;
  const used = sku.consumedUnits ?? 0;
  return { total, used, free: Math.max(0, total - used) };
}
