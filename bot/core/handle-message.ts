import type { Locale } from '../../cards/views';
import { detectLocale } from '../language/detect-locale';
import type { CoreDeps } from './core-deps';
import { answerFreeSeats } from './messages/free-seats';
import { answerHelp } from './messages/help';
import { answerUserLicenses } from './messages/list-user-licenses';
import type { MessageHandler, MessageHandlers } from './messages/message-context';
import { datedRemoval } from './messages/dated-removal';
import { answerReclaim } from './messages/reclaim';
import { answerCancelScheduled, answerListScheduled } from './messages/scheduled';
import { answerRemovals, answerRemove } from './messages/remove';
import { answerWhoHas } from './messages/who-has';
import type { CoreReply, MessageTurn } from './turns';
import { understandTurn } from './understand-turn';
import { withFaultNotice } from './with-fault-notice';

/**
 * Intent → use case, one file per intent in messages/ (as clicks are in actions/). A new intent:
 * its pattern in bot/language, its kind in `ParsedRequest`, its use case here.
 */
const MESSAGE_HANDLERS: MessageHandlers = {
  help: answerHelp,
  remove: answerRemove,
  'list-user-licenses': answerUserLicenses,
  'who-has': answerWhoHas,
  'free-seats': answerFreeSeats,
  reclaim: answerReclaim,
  'list-scheduled': answerListScheduled,
  'cancel-scheduled': answerCancelScheduled,
};

/** The locale of a turn: Swedish when the channel says so, otherwise from the text (English by default). */
export function turnLocale(turn: Pick<MessageTurn, 'locale' | 'text'>): Locale {
  return turn.locale === 'sv' ? 'sv' : detectLocale(turn.text);
}

/** A chat message: understand it, then let its intent's use case answer. */
export function handleMessage(deps: CoreDeps, turn: MessageTurn): Promise<CoreReply> {
  const locale = turnLocale(turn);
  return withFaultNotice(deps, locale, async () => {
    // A removal with a date is scheduled; the date is read before the rest (see dated-removal.ts).
    const dated = await datedRemoval(deps, turn, locale);
    if (dated) return dated;
    const understood = understandTurn(deps.vocabulary, turn, locale);
    if (understood.kind === 'parse-help') return { view: { kind: 'parse-help', locale, code: understood.code } };
    const [request, ...more] = understood.requests;
    // Several requests are only ever several removals ("E3 from Anna and Visio from Bo").
    const removals = [request, ...more].flatMap((r) => (r.kind === 'remove' ? [r] : []));
    if (more.length > 0 && removals.length === more.length + 1)
      return answerRemovals(deps, turn, locale, removals, understood.notes);
    // The table is indexed by the parser's own closed set of kinds, never by user text.
    const handler = MESSAGE_HANDLERS[request.kind] as MessageHandler;
    return handler(deps, turn, locale, request, understood.notes);
  });
}
