import type { PlanWarning, RemovalPlan } from '../../services/licensing/removal-plan';

/**
 * The plan with what the message itself made us say added to its warnings ("removes now: you
 * wrote on Friday", "the other removal needs its own message"). Kept on a request that first asks
 * a question (`RemovalRequest.notes`), so the confirmation after the answer still says them.
 */
export function withNotes(plan: RemovalPlan, notes: readonly PlanWarning[] = []): RemovalPlan {
  return notes.length === 0 ? plan : { ...plan, warnings: [...plan.warnings, ...notes] };
}
