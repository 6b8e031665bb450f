import type { Mention, ParsedRequest, ParseProblem } from './parsed-request';

/**
 * One phrasing of one intent: an anchored, case-insensitive regex over the cleaned message whose
 * named groups capture segments. Group names and what the builder does with them:
 * - `rest` (remove): everything after the verb, split into products and people by remove-segments.
 * - `products` + `people` (remove): already separated ("strip Bo of all licenses").
 * - `person` (list-user-licenses): the person as typed.
 * - `owner` / `strongOwner` (list-user-licenses): a possessive phrase; `strongOwner` only counts
 *   when it ends in an apostrophe form or names a mention/mail, so "show E3 licenses" is not read
 *   as a person called "E3".
 * - `product` (who-has, free-seats): one product, not split.
 * A group that did not take part in the match is undefined; one that matched nothing is ''.
 */
export interface IntentPattern {
  intent: ParsedRequest['kind'];
  pattern: RegExp;
}

/** What a pattern's builder made of a match: a request, or the intent with what is missing. */
export type IntentOutcome =
  { ok: true; request: ParsedRequest } | { ok: false; intent: ParsedRequest['kind']; problems: ParseProblem[] };

/** Builds an anchored, case-insensitive, unicode, dot-all regex; every pattern goes through here. */
export function anchored(source: string): RegExp {
  // `s`: a pasted column of names spans lines.
  return new RegExp(`^(?:${source})$`, 'isu');
}

/** The mentions the channel resolved, for turning tokens into identities. */
export type MentionTable = readonly Mention[];
