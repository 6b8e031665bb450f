import type { PlanWarning } from '../../../services/licensing/removal-plan';
import type { Locale } from '../../../cards/views';
import type { ParsedRequest } from '../../language/parsed-request';
import type { CoreDeps } from '../core-deps';
import { clarifyView } from '../present-plan';
import type { CoreReply, MessageTurn } from '../turns';

/**
 * One intent's use case: the parsed request (of that intent), the sender's turn and its locale;
 * `notes` are what understanding wants said on a removal's card (a date it did not schedule).
 */
export type MessageHandler<R extends ParsedRequest = ParsedRequest> = (
  deps: CoreDeps,
  turn: MessageTurn,
  locale: Locale,
  request: R,
  notes?: readonly PlanWarning[],
) => Promise<CoreReply>;

/** Intent → use case: every intent the parser knows has exactly one entry (the compiler checks). */
export type MessageHandlers = { [K in ParsedRequest['kind']]: MessageHandler<Extract<ParsedRequest, { kind: K }>> };

/** Read-only questions keep no state: a clarification just asks the user to ask again more precisely. */
export function clarifyOnly(locale: Locale, clarifications: Parameters<typeof clarifyView>[2][]): CoreReply {
  const first = clarifications[0];
  return { view: first ? clarifyView('', locale, first) : { kind: 'parse-help', locale, code: 'unknown-intent' } };
}
