/**
 * Lengths of what people type into cards, modals and commands, shared by the card builders (the
 * box's max length) and the core (which cuts longer text rather than rejecting it).
 */
export const INPUT_LIMITS = {
  /** A manager's reason for asking for approval. */
  reason: 500,
  /** An approver's comment on a decision. */
  comment: 500,
} as const;
