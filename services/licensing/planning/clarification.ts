import type { PlanProduct, PlanUser } from '../removal-plan';

/** A question the planner must have answered before it can plan: which person, which product. */
export type Clarification =
  | { code: 'ambiguous-person'; text: string; candidates: PlanUser[] }
  | { code: 'person-not-found'; text: string; suggestions: PlanUser[] }
  | { code: 'ambiguous-product'; text: string; candidates: PlanProduct[] }
  | { code: 'product-not-found'; text: string; suggestions: PlanProduct[] };
