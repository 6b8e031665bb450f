import type { StoredDocument } from '../store/document-store';
import type { RemovalAsk } from './removal-ask';
import type { Clarification } from './planning/clarification';
import type { PlanWarning, RemovalPlan } from './removal-plan';
import type { ReclaimFindings } from './reclaim/reclaim-findings';

/**
 * States of a removal request; the moves between them are the `TRANSITIONS` table in
 * `request-states.ts`. Every transition is an ETag-guarded write plus an audit event.
 */
export type RequestState =
  | 'clarifying'
  | 'awaiting-confirmation'
  | 'awaiting-approval'
  /** Confirmed (or approved) to run at `schedule.at`; the scheduler claims and runs it then. */
  | 'scheduled'
  | 'approved'
  | 'executing'
  | 'completed'
  | 'partially-completed'
  | 'failed'
  | 'rejected'
  | 'cancelled'
  | 'expired'
  | 'restoring'
  | 'restored';

/** What one user ended with. `restore` is what undo reassigns: exactly what was removed. */
export type UserOutcome =
  | { status: 'pending'; skuIds: string[]; restore: { skuId: string; disabledPlans: string[] }[] }
  | { status: 'removed'; skuIds: string[]; restore: { skuId: string; disabledPlans: string[] }[]; at: string }
  | { status: 'skipped'; reason: 'already-removed' | 'deselected' | 'nothing-removable'; skuIds: string[] }
  | { status: 'failed'; code: string; graphRequestId?: string; skuIds: string[] };

export type UndoOutcome =
  | { status: 'restored'; skuIds: string[]; at: string }
  | { status: 'failed'; code: string; graphRequestId?: string; skuIds: string[] };

export type Channel = 'teams' | 'slack' | 'cli';

/**
 * One move of a request, appended in the same write that makes it, so the audit trail can be
 * rebuilt from the request document alone (see request-audit.ts).
 */
export interface TransitionRecord {
  from?: RequestState;
  to: RequestState;
  actorId: string;
  at: string;
}

export interface RemovalRequest extends StoredDocument {
  kind: 'removal';
  state: RequestState;
  channel: Channel;
  locale: 'sv' | 'en';
  requesterId: string;
  requesterName: string;
  createdAt: string;
  updatedAt: string;
  /** What was asked, kept so a clarification answer can continue the same request. */
  ask: RemovalAsk;
  clarifications?: Clarification[];
  /** What the message made the card say (a date it named, a second removal): kept while a question is open. */
  notes?: PlanWarning[];
  plan?: RemovalPlan;
  /**
   * When the removal is to run ("remove Visio from Bo on Friday"), in the tenant's zone for display.
   * `selection` keeps what the confirmation left checked (the scheduler's lease is in the
   * coordination container, `leaseNames.schedule`).
   */
  schedule?: {
    at: string;
    timeZone: string;
    selection?: { userIds?: string[]; skuIds?: string[] };
    /** NOTIFY_USERS: when the affected users were told ahead, and whom the bot could not reach. */
    notifiedAt?: string;
    unreachable?: string[];
  };
  /** A reclaim ("which licenses can we free?"): what was found, so the dialog can be shown again. */
  reclaim?: ReclaimFindings;
  /** Other batches of the same request (ids in order), when it was split at 20 users. */
  batchIds?: string[];
  /** Per user id, filled when execution starts and as users complete. */
  outcomes?: Record<string, UserOutcome>;
  /**
   * Every transition so far, oldest first, written with the move itself. Requests stored before
   * this field existed lack it (or start it midway): their audit trail is not rebuilt.
   */
  transitions?: TransitionRecord[];
  executedBy?: string;
  /** The last undo: who, per-user outcomes, and the state it started from (returned to when nobody was restored). */
  undo?: { by: string; outcomes: Record<string, UndoOutcome>; from?: RequestState };
  /** Approval data (the approval flow fills it). */
  approval?: {
    /** The requester as approvers see them (name, mail, department). */
    requester: { id: string; displayName: string; address: string; department?: string };
    reason?: string;
    approverIds: string[];
    expiresAt: string;
    decidedBy?: string;
    decidedByName?: string;
    decidedAt?: string;
    comment?: string;
  };
  /**
   * Channel messages showing this request (approval cards, the requester's card), so a decision
   * updates them all in place. Opaque to the licensing core: the channels read and write them.
   */
  messages?: { channel: 'teams' | 'slack'; userId: string; conversation: Record<string, unknown>; messageId: string }[];
}

/** An audit event: one per transition and one per user outcome. Never holds names or mail, only ids and codes. */
export interface AuditEvent extends StoredDocument {
  kind: 'audit';
  at: string;
  requestId: string;
  actorId: string;
  type: 'transition' | 'user-outcome' | 'undo-outcome';
  from?: RequestState;
  to?: RequestState;
  userId?: string;
  skuIds?: string[];
  outcome?: string;
  code?: string;
}
