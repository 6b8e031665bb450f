import type { Locale } from '../../../cards/views';
import { parseRequest } from '../../language/parse-request';
import { extractScheduleDate } from '../../language/schedule-date';
import { type CoreDeps, DEFAULT_TIME_ZONE } from '../core-deps';
import { scheduledView } from '../present-scheduled';
import { withSelfReferences } from '../self-references';
import type { CoreReply, MessageTurn } from '../turns';
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
  const parsed = parseRequest(found.rest, { locale, ...(turn.mentions ? { mentions: turn.mentions } : {}) });
  if (!parsed.ok || parsed.request.kind !== 'remove') return undefined;
  if (found.kind === 'invalid') {
    return { view: scheduledView(locale, timeZone, found.code, [], turn.userId, found.phrase) };
  }
  return startRemoval(
    deps,
    turn,
    locale,
    {
      products: parsed.request.products,
      people: withSelfReferences(parsed.request.people, { userId: turn.userId, displayName: '' }),
    },
    { at: found.at.toISOString(), timeZone },
  );
}
