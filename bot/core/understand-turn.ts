import type { ParseHelpView } from '../../cards/views';
import type { PlanWarning } from '../../services/licensing/removal-plan';
import { parseCueRequest, parseRequest } from '../language/parse-request';
import type { Locale, ParsedRequest } from '../language/parsed-request';
import type { Vocabulary } from '../language/understand/indexes';
import { toParsedRequest } from '../language/understand/to-parsed-request';
import { understand } from '../language/understand/understand';
import type { MessageTurn } from './turns';

/** What a message asks, in the planner's shape: one request, or several removals; or why not. */
export type TurnRequests =
  | { kind: 'requests'; requests: [ParsedRequest, ...ParsedRequest[]]; notes: PlanWarning[] }
  | { kind: 'parse-help'; code: ParseHelpView['code'] };

/**
 * Understands a message against the tenant's vocabulary (people and products in memory); before
 * the vocabulary has loaded once (or where there is none, as in the CLI), with the shape parser.
 * A date in the message becomes a note for the card ("removes now"): nothing is scheduled.
 */
export function understandTurn(
  vocabulary: Vocabulary | undefined,
  turn: Pick<MessageTurn, 'text' | 'mentions'>,
  locale: Locale,
): TurnRequests {
  const options = { locale, ...(turn.mentions ? { mentions: turn.mentions } : {}) };
  if (!vocabulary?.ready) {
    const parsed = parseRequest(turn.text, options);
    return parsed.ok
      ? { kind: 'requests', requests: [parsed.request], notes: [] }
      : { kind: 'parse-help', code: parsed.problems[0]?.code ?? 'unknown-intent' };
  }
  // Reclaim and scheduled-removal cues (reclaim-cues.ts, schedule-cues.ts) are read before
  // anything else; they name no tenant entity for the pipeline to find.
  const cue = parseCueRequest(turn.text, options);
  if (cue) return { kind: 'requests', requests: [cue], notes: [] };
  const understood = understand(turn.text, { people: vocabulary.people, products: vocabulary.products }, options);
  if (!understood.ok) return { kind: 'parse-help', code: understood.problems[0]?.code ?? 'unknown-intent' };
  const [first, ...rest] = understood.requests.map(toParsedRequest);
  if (!first) return { kind: 'parse-help', code: 'unknown-intent' };
  const notes: PlanWarning[] = understood.date ? [{ code: 'removes-now', date: understood.date.text }] : [];
  return { kind: 'requests', requests: [first, ...rest], notes };
}
