import type { PlanProduct, PlanUser } from '../removal-plan';

/** A question the planner must have answered before it can plan: which person, which product. */
export type Clarification =
  | { code: 'ambiguous-person'; text: string; candidates: PlanUser[]; context?: PersonQuestionContext }
  | { code: 'person-not-found'; text: string; suggestions: PlanUser[]; context?: PersonQuestionContext }
  | {
      code: 'ambiguous-product';
      text: string;
      candidates: PlanProduct[];
      /** per candidate skuId, the named users who hold it (display names): "which E3?" says who has which */
      holders?: Record<string, string[]>;
    }
  | { code: 'product-not-found'; text: string; suggestions: PlanProduct[] };

/** What a person question knows about the rest of the request, so it is never a dead end. */
export interface PersonQuestionContext {
  /** The people of the request already found (display names). */
  resolved: string[];
  /** The tenant's default domain, for the address hint. */
  domain?: string;
}
