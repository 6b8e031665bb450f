import { endsWithGenitive, endsWithStrongGenitive } from './genitive';
import type { IntentOutcome, MentionTable } from './intent-pattern';
import type { ParsedRequest } from './parsed-request';
import { namesPeople, parseSinglePerson } from './people-segment';
import { parseSingleProduct } from './product-segment';
import { analyseRemoval, removalFromSegments } from './remove-segments';

/** Named groups of a pattern match (see IntentPattern); undefined when a group did not take part. */
export type MatchGroups = Readonly<Partial<Record<string, string>>>;

// A bare auxiliary is what is left of "what licenses does have": no person was named.
const NOT_A_PERSON = /^(?:have|has|got|har|fått|tilldelade?)$/iu;
// "what licenses do I have", "vilka licenser har jag", "my licenses": the requester, whom only
// the core knows; it is passed on as the text "me" (see SELF_TEXT).
const FIRST_PERSON = /^(?:i|me|myself|my|jag|mig|mej|min|mina|mitt)$/iu;

/** How the parser names the requester; the conversation core replaces it with their identity. */
export const SELF_TEXT = 'me';

function listUserLicenses(groups: MatchGroups, mentions: MentionTable): IntentOutcome | undefined {
  const owner = groups.owner ?? groups.strongOwner;
  if (owner !== undefined) {
    const isOwner =
      namesPeople(owner) || (groups.owner !== undefined ? endsWithGenitive(owner) : endsWithStrongGenitive(owner));
    // "show E3 licenses" is not about a person called E3: let a later pattern try.
    if (!isOwner) return undefined;
  }
  const segment = (owner ?? groups.person ?? groups.self ?? '').trim();
  const person = FIRST_PERSON.test(segment)
    ? ({ kind: 'text', text: SELF_TEXT } as const)
    : NOT_A_PERSON.test(segment)
      ? undefined
      : parseSinglePerson(segment, mentions, { genitive: owner !== undefined });
  return person === undefined
    ? { ok: false, intent: 'list-user-licenses', problems: [{ code: 'missing-person' }] }
    : { ok: true, request: { kind: 'list-user-licenses', person } };
}

function productQuestion(kind: 'who-has' | 'free-seats', groups: MatchGroups, mentions: MentionTable): IntentOutcome {
  const product = parseSingleProduct(groups.product ?? '', mentions);
  if (product !== undefined) return { ok: true, request: { kind, product } };
  // "free licenses" asks about every product; "who has" needs one.
  return kind === 'free-seats'
    ? { ok: true, request: { kind } }
    : { ok: false, intent: kind, problems: [{ code: 'missing-product' }] };
}

/**
 * Turns a pattern match into an outcome. Returns undefined when the match turns out not to be
 * this intent after all (a possessive that is not one), so the next pattern gets its turn.
 */
export function buildRequest(
  intent: ParsedRequest['kind'],
  groups: MatchGroups,
  mentions: MentionTable,
): IntentOutcome | undefined {
  switch (intent) {
    case 'help':
      return { ok: true, request: { kind: 'help' } };
    case 'remove':
      return groups.people !== undefined && groups.products !== undefined
        ? removalFromSegments(groups.products, groups.people, mentions)
        : analyseRemoval(groups.rest ?? '', mentions);
    case 'list-user-licenses':
      return listUserLicenses(groups, mentions);
    case 'who-has':
    case 'free-seats':
      return productQuestion(intent, groups, mentions);
    case 'reclaim':
    case 'list-scheduled':
    case 'cancel-scheduled':
      // Recognised before the patterns (reclaim-cues.ts, schedule-cues.ts); no pattern names these.
      return undefined;
  }
}
