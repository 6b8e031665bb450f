import type { RequestState } from './removal-request';

/**
 * The life of a removal request: every move `RequestRepository.transition` may make. Anything
 * else is a programming error (a use case asking for a move the rules do not have), thrown as
 * `IllegalTransitionError`, never written. To add a state: add it to `RequestState`, give it its
 * row here (and the rows that lead to it), and say what `viewOfRequest` shows for it.
 */
export const TRANSITIONS: Readonly<Record<RequestState, readonly RequestState[]>> = {
  clarifying: ['awaiting-confirmation', 'cancelled'],
  'awaiting-confirmation': ['executing', 'awaiting-approval', 'scheduled', 'cancelled'],
  'awaiting-approval': ['approved', 'rejected', 'expired', 'cancelled'],
  // Approved, then re-planned: nothing left to remove (or no longer a direct report) cancels it.
  approved: ['executing', 'scheduled', 'cancelled'],
  // Due: claimed, re-planned and run; or cancelled (by the requester, or a re-plan that refuses).
  scheduled: ['executing', 'cancelled'],
  executing: ['completed', 'partially-completed', 'failed'],
  completed: ['restoring'],
  'partially-completed': ['restoring'],
  failed: [],
  // An undo that restored nobody goes back to where it started, so it can be tried again.
  restoring: ['restored', 'completed', 'partially-completed'],
  restored: [],
  rejected: [],
  cancelled: [],
  expired: [],
};

/** The states a request is created in. */
export const INITIAL_STATES: readonly RequestState[] = ['clarifying', 'awaiting-confirmation'];

export class IllegalTransitionError extends Error {
  override readonly name = 'IllegalTransitionError';
  constructor(
    readonly from: RequestState,
    readonly to: RequestState,
  ) {
    super(`illegal request transition ${from} → ${to}`);
  }
}

export function canTransition(from: RequestState, to: RequestState): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Throws `IllegalTransitionError` unless the table has the move. */
export function assertTransition(from: RequestState, to: RequestState): void {
  if (!canTransition(from, to)) throw new IllegalTransitionError(from, to);
}

export function assertInitial(state: RequestState): void {
  if (!INITIAL_STATES.includes(state)) throw new IllegalTransitionError(state, state);
}
