/**
 * A removal plan: what the planner decided for every user × product of a request, as a value.
 * Rendered by the channels through views; executed by `executeRemoval`.
 */
import type { ConsequenceCode } from './consequences';

/** How a user holds a product, read from `licenseAssignmentStates` (never from Graph's error text). */
export type Assignment = 'direct' | 'group-only' | 'direct-and-group' | 'not-assigned';

/**
 * The rule that applied to one user × product:
 * - remove: assigned directly; removing frees a seat.
 * - remove-stays-via-group: direct and through a group; removing the direct assignment frees no seat.
 * - not-assigned: nothing to do (skipped, not an error).
 * - group-inherited: only through a group; cannot be removed directly.
 * - self-service-purchase: bought by a user; admins cannot unassign it until they take it over.
 */
export type EntryReason =
  'remove' | 'remove-stays-via-group' | 'not-assigned' | 'group-inherited' | 'self-service-purchase';

export interface PlanEntry {
  userId: string;
  skuId: string;
  assignment: Assignment;
  reason: EntryReason;
  /** Groups that give this license (group-inherited, remove-stays-via-group). */
  groups: { id: string; displayName: string }[];
  /** The buyer of a self-service purchase. */
  buyer?: { id: string; displayName: string };
}

export function isRemovable(entry: PlanEntry): boolean {
  return entry.reason === 'remove' || entry.reason === 'remove-stays-via-group';
}

export interface PlanUser {
  id: string;
  displayName: string;
  userPrincipalName: string;
  mail?: string;
  department?: string;
  jobTitle?: string;
  accountEnabled: boolean;
}

export interface PlanProduct {
  skuId: string;
  skuPartNumber: string;
  displayName: string;
  seats: { total: number; used: number; free: number };
}

export interface PlanConsequence {
  code: ConsequenceCode;
  params?: Record<string, string | number | string[]>;
}

export interface PlanSeatChange {
  skuId: string;
  displayName: string;
  total: number;
  usedBefore: number;
  usedAfter: number;
  freed: number;
}

export type PlanWarning =
  | { code: 'self-removal' }
  | { code: 'account-disabled'; userId: string }
  /** The request named a date ("on Friday"): a confirmation removes now (no scheduling yet). */
  | { code: 'removes-now'; date: string }
  /** The message asked for `count` more removals that this plan does not hold. */
  | { code: 'more-requests'; count: number };

export interface RemovalPlan {
  /** direct: the requester is a license admin; needs-approval: a manager asking for a direct report. */
  mode: 'direct' | 'needs-approval';
  /** 'all' = the admin center's "Unassign all": every license the users hold directly. */
  scope: 'products' | 'all';
  products: PlanProduct[];
  users: PlanUser[];
  entries: PlanEntry[];
  consequences: { userId: string; items: PlanConsequence[] }[];
  seatChanges: PlanSeatChange[];
  warnings: PlanWarning[];
  /**
   * For a one-user plan, every license that user holds (the admin center's "Licenses and apps"
   * pane shows them all, with the ones asked for unchecked).
   */
  userLicenses?: { product: PlanProduct; assignment: Assignment; selfServiceBuyer?: string }[];
  /** Products named loosely and matched by their words, for the card to state. */
  guesses?: { text: string; skuId: string; displayName: string }[];
  /** At most 20 users per product per operation: a larger request is split into batches. */
  batch: { index: number; count: number };
}

/** At most this many users per product in one operation, as on the admin center's Licenses page. */
export const MAX_USERS_PER_OPERATION = 20;
