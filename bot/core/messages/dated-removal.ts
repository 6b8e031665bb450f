import type { Locale } from '../../../cards/views';
import { extractScheduleDate } from '../../language/schedule-date';
import { type CoreDeps, DEFAULT_TIME_ZONE } from '../core-deps';
import { scheduledView } from '../present-scheduled';
import { withSelfReferences } from '../self-references';
import type { CoreReply, MessageTurn } from '../turns';
import { understandTurn } from '../understand-turn';
import { startRemoval } from './remove';

/**
 * A removal with a date ("remove Visio from Bo on Friday", "ta bort E3 från Anna den 31 december
 * kl 17"): the date is cut out, the rest read as a removal, and the confirmation says exactly when
 * it will run. Undefined when the message has no date or is no removal without it: the ordinary
 * path reads it then (a date in a question is not a schedule).
 */
export async function datedRemoval(deps: CoreDeps, turn: MessageTurn, locale: Locale): Promise<CoreReply | undefined> {
  const timeZone = deps.timeZone ?? DEFAULT_TIME_ZONE;
  const found = extractScheduleDate(turn.text, { locale, now: deps.removals.clock.now(), timeZone });
  if (found.kind === 'none') return undefined;
  // The rest is understood as any message is (entity-first when the vocabulary is loaded).
  const understood = understandTurn(
    deps.vocabulary,
    { text: found.rest, ...(turn.mentions ? { mentions: turn.mentions } : {}) },
    locale,
  );
  const request =
    understood.kind === 'requests' && understood.requests.length === 1 ? understood.requests[0] : undefined;
  if (request?.kind !== 'remove') return undefined;
  if (found.kind === 'invalid') {
    return { view: scheduledView(locale, timeZone, found.code, [], turn.userId, found.phrase) };
  }
  return startRemoval(
    deps,
    turn,
    locale,
    {
      products: request.products,
      people: withSelfReferences(request.people, { userId: turn.userId, displayName: '' }),
    },
    [],
    { at: found.at.toISOString(), timeZone },
  );
}
