import type { PersonCandidate } from '../../../services/directory/directory-index';
import type { Locale, Mention } from '../parsed-request';

/**
 * What understanding made of a message: requests with their people and products already looked
 * up in the indexes (with every candidate, so a caller can ask instead of guessing), or the
 * reasons it could not. A value, never a throw.
 */

/** A person as the message names them. */
export interface UnderstoodPerson {
  /** As typed ("Anna", "Ek, Bo", "asa oberg"), or the mention's display name, or "me". */
  text: string;
  /** The requester themself ("my licenses", "vilka licenser har jag"). */
  self?: true;
  mention?: Mention;
  /** Exact candidates (or typo suggestions when `unknown`), best first. */
  candidates: PersonCandidate[];
  /** Nothing matched exactly: the planner says "not found" and offers `candidates`. */
  unknown: boolean;
}

/** A product as the message names it. */
export interface UnderstoodProduct {
  text: string;
  /** The normalised name it matched ("e3" for "E3:an"), when it matched one. */
  key?: string;
  /** The tenant SKUs it may mean: one (settled), several ("E3"), none (not a product here). */
  skuIds: string[];
}

export interface UnderstoodRemoval {
  kind: 'remove';
  products: UnderstoodProduct[] | 'all';
  people: UnderstoodPerson[];
}

export type UnderstoodRequest =
  | UnderstoodRemoval
  | { kind: 'list-user-licenses'; person: UnderstoodPerson }
  | { kind: 'who-has'; product: UnderstoodProduct }
  | { kind: 'free-seats'; product?: UnderstoodProduct }
  | { kind: 'help' };

export type UnderstandingProblemCode =
  | 'empty'
  | 'too-long'
  | 'unknown-intent'
  | 'missing-product'
  | 'missing-people'
  | 'missing-person'
  /** "remove her E3" with nobody else named, or "take it" with no product elsewhere. */
  | 'unresolved-pronoun'
  /** The only product is in a context clause ("Nils got E5, remove it"). */
  | 'product-only-in-context'
  /** "don't remove…": nothing is planned. */
  | 'negated';

export interface UnderstandingProblem {
  code: UnderstandingProblemCode;
}

/** A date the message mentions ("on Friday"): removals still happen on confirmation, and the card says so. */
export interface MentionedDate {
  text: string;
}

export type Understanding =
  | {
      ok: true;
      locale: Locale;
      /** One request, or several removals (two removal clauses = two plans, confirmed together). */
      requests: UnderstoodRequest[];
      /** Products named only as context ("she got Microsoft 365 E3 now"): never removed. */
      contextProducts: UnderstoodProduct[];
      /** A future date or time in the message, if any. */
      date?: MentionedDate;
    }
  | { ok: false; locale: Locale; intent?: UnderstoodRequest['kind']; problems: UnderstandingProblem[] };
