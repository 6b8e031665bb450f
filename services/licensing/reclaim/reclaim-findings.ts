import type { PlanProduct, PlanUser } from '../removal-plan';
import type { ProductRef } from '../removal-ask';
import type { SignInUnavailable } from './inactive-users';
import type { SeatPrice } from './license-prices';

/**
 * Why a license can be freed:
 * - disabled-account: the account is disabled (a leaver) and still holds the license directly;
 * - inactive: no sign-in of any kind (interactive, non-interactive, successful) for N days;
 * - overlap: another license of the same user provides every service plan of this one.
 */
export type ReclaimReason = 'disabled-account' | 'inactive' | 'overlap';

export const RECLAIM_REASONS: readonly ReclaimReason[] = ['disabled-account', 'inactive', 'overlap'];

/** What was asked: optionally some products, another number of days, or only some reasons. */
export interface ReclaimAsk {
  products?: ProductRef[];
  /** Overrides the configured RECLAIM_INACTIVE_DAYS ("who hasn't used E5 in 30 days"). */
  inactiveDays?: number;
  reasons?: ReclaimReason[];
}

/** One license of one user that can be removed, and why. skuIds are lower case. */
export interface ReclaimCandidate {
  reason: ReclaimReason;
  userId: string;
  skuId: string;
  /** inactive: the latest sign-in of any kind (ISO), and whole days since. */
  lastActivity?: string;
  daysInactive?: number;
  /** overlap: the user's other licenses that keep every service plan. */
  coveredBy?: string[];
}

/**
 * A license that matches a reason but cannot be removed here:
 * - group-inherited: it comes (also) through a group; the group is what to change;
 * - self-service-purchase: bought by a user; an admin must take the purchase over first.
 */
export interface ReclaimNotOffered {
  because: ReclaimReason;
  kind: 'group-inherited' | 'self-service-purchase';
  userId: string;
  skuId: string;
  groups?: { id: string; displayName: string }[];
  buyer?: { id: string; displayName: string };
}

/** Per product: seats that would be freed and, when the prices file has it, money per month. */
export interface ReclaimSaving {
  skuId: string;
  seats: number;
  price?: SeatPrice;
  /** seats × price.amount, per month, in price.currency. */
  monthly?: number;
}

export interface ReclaimFindings {
  /** 'tenant' for an admin; 'direct-reports' for a manager (whose removals go for approval). */
  scope: 'tenant' | 'direct-reports';
  inactiveDays: number;
  /** Whether the inactive reason could be checked; if not, why (said plainly on the card). */
  signIn: { status: 'available' } | { status: 'unavailable'; code: SignInUnavailable };
  /** Every user and product named by a candidate or a not-offered item. */
  users: PlanUser[];
  products: PlanProduct[];
  candidates: ReclaimCandidate[];
  notOffered: ReclaimNotOffered[];
  savings: ReclaimSaving[];
  /** Whether a prices file was given at all (without one, money is never shown). */
  pricesConfigured: boolean;
  /** Candidates found beyond the ones offered (a dialog offers at most 25); 0 when all are. */
  more: number;
}
