import type { ScheduleRequest } from './schedule-cues';
import type { ReclaimRequest } from './reclaim-cues';
/** What the language layer understood from a chat message: a value, never a throw. */

export type Locale = 'sv' | 'en';

/**
 * Someone named in a request. `text` is what the user typed (a name, first name, UPN or mail);
 * `identity` is a mention the channel layer already resolved to an Entra object id
 * (Teams `<at>` entities, Slack `<@U…>` ids mapped by email).
 */
export type PersonRef = { kind: 'text'; text: string } | { kind: 'identity'; userId: string; displayName: string };

/** A product as typed ("E3", "Power BI Pro", "SPE_E3"); matched against the tenant later. */
export interface ProductRef {
  text: string;
}

export type ParsedRequest =
  | { kind: 'remove'; products: ProductRef[] | 'all'; people: PersonRef[] }
  /** "which licenses can we free?" (reclaim-cues.ts) */
  | ReclaimRequest
  /** "which removals are scheduled?", "cancel the removal for Bo" (schedule-cues.ts) */
  | ScheduleRequest
  | { kind: 'list-user-licenses'; person: PersonRef }
  | { kind: 'who-has'; product: ProductRef }
  /** No product: every product of the tenant ("free licenses", "lediga licenser"). */
  | { kind: 'free-seats'; product?: ProductRef }
  | { kind: 'help' };

export type ParseProblemCode =
  'empty' | 'unknown-intent' | 'missing-product' | 'missing-people' | 'missing-person' | 'too-long';

export interface ParseProblem {
  code: ParseProblemCode;
}

export type ParseResult =
  | { ok: true; locale: Locale; request: ParsedRequest }
  | { ok: false; locale: Locale; intent?: ParsedRequest['kind']; problems: ParseProblem[] };

/**
 * A mention the channel resolved. `placeholder` is the exact text of the mention as it appears
 * in the message (Teams: `<at>Anna Lindberg</at>`; Slack: `<@U123>`), so the parser can
 * replace it with the identity.
 */
export interface Mention {
  placeholder: string;
  userId: string;
  displayName: string;
}

export interface ParseOptions {
  /** Locale from the channel; when absent it is detected from the text. */
  locale?: Locale;
  mentions?: Mention[];
}
