/**
 * The conversation core's public surface: the only module of bot/core that channels (bot/teams,
 * bot/slack, bot/cli) import (ESLint's no-restricted-imports says so). A channel translates its
 * traffic into a `MessageTurn` or `ActionTurn`, calls `message` or `action`, and shows the
 * `CoreReply` with `runReply`; it renders views (cards/views.ts) with its own renderer.
 */
import type { HelpView, Locale, RefusedView, View } from '../../cards/views';
import type { RemovalAsk } from '../../services/licensing/removal-ask';
import type { AuditEvent } from '../../services/licensing/removal-request';
import { expireDueApprovals } from './actions/expire-approval';
import { runDueSchedules } from './run-due-schedules';
import type { CoreServices } from './core-deps';
import { handleAction, isRequestId } from './handle-action';
import { handleMessage, turnLocale } from './handle-message';
import { helpView } from './messages/help';
import { startRemoval } from './messages/remove';
import { viewOfRequest } from './present-request';
import { unknownRequesterView } from './refusals';
import type { ActionTurn, CoreReply, MessageTurn } from './turns';
import { notifierInTimeZone, replyInTimeZone, withTimeZone } from './time-zone';
import { faultReply, withFaultNotice } from './with-fault-notice';

export type { CoreServices } from './core-deps';
export type { MessageRef, Notifier } from './notifier';
export { unreachableNotifier } from './notifier';
export type { ActionTurn, CoreReply, MessageTurn } from './turns';

export interface Core {
  /** A chat message from a known user → the view to show (and maybe work to follow). */
  message(turn: MessageTurn): Promise<CoreReply>;
  /** A button click → the view to show (and maybe work to follow: a removal, an undo). */
  action(turn: ActionTurn): Promise<CoreReply>;
  /** The help card (an empty message, `help`), for a known user. */
  help(userId: string, locale: Locale): Promise<CoreReply>;
  /** The welcome card for a user (undefined: not a directory user); never fails. */
  welcome(userId: string | undefined, locale?: Locale): Promise<HelpView>;
  /** A stored request as it looks now (for re-rendering a message), undefined when there is none. */
  currentView(requestId: string): Promise<View | undefined>;
  /** The refusal for a sender who is not a directory user; `address` is the one looked for. */
  unknownRequester(locale: Locale, address?: string): RefusedView;
  /**
   * The answer to a fault in a channel's own work before a turn (who is the sender?), as the core
   * answers its own: Graph or the store failing is said as such. Core entry points never throw.
   */
  faultReply(locale: Locale, error: unknown): CoreReply;
  /** The locale of a message: Swedish when the channel says so, else from the text. */
  localeOf(text: string, channelLocale?: Locale): Locale;
  readonly defaultLocale: Locale;
  /** The sweep of pending approvals past their deadline; how many expired. */
  expireDueApprovals(): Promise<number>;
  /** The scheduler's sweep: due scheduled removals claimed, re-planned and run; how many this instance ran. */
  runDueSchedules(): Promise<number>;
  /** The audit trail, of one request or the tenant's (CLI `audit`). */
  auditTrail(requestId?: string): Promise<AuditEvent[]>;
  /**
   * A removal whose people come as a list rather than a sentence (the CLI's `--users-file`, past
   * the chat's 2,000 characters): planned and stored as a chat request would be.
   */
  bulkRemoval(turn: Pick<MessageTurn, 'userId' | 'channel'>, locale: Locale, ask: RemovalAsk): Promise<CoreReply>;
}

/** Builds the core once, from services that are complete (the channels' notifiers included). */
export function createCore(services: CoreServices): Core {
  const zone = services.timeZone;
  const deps = Object.freeze({ ...services, notifier: notifierInTimeZone(services.notifier, zone) });
  return {
    message: async (turn) => replyInTimeZone(await handleMessage(deps, turn), zone),
    action: async (turn) => replyInTimeZone(await handleAction(deps, turn), zone),
    help: (userId, locale) =>
      withFaultNotice(deps, locale, async () => ({ view: await helpView(deps, userId, locale, false) })),
    welcome: async (userId, locale = deps.defaultLocale) => {
      const plain: HelpView = { kind: 'help', locale, welcome: true, canRemove: false };
      if (!userId) return plain;
      return helpView(deps, userId, locale, true).catch((e: unknown) => {
        deps.logger.warn({ err: e }, 'welcome without the user authority');
        return plain;
      });
    },
    currentView: async (requestId) => {
      const doc = isRequestId(requestId) ? await deps.removals.get(requestId) : undefined;
      return doc ? withTimeZone(viewOfRequest(doc, deps.removals.clock.now()), zone) : undefined;
    },
    unknownRequester: unknownRequesterView,
    faultReply: (locale, error) => faultReply(deps, locale, error),
    localeOf: (text, channelLocale) => turnLocale({ text, ...(channelLocale ? { locale: channelLocale } : {}) }),
    defaultLocale: deps.defaultLocale,
    expireDueApprovals: () => expireDueApprovals(deps),
    runDueSchedules: () => runDueSchedules(deps),
    auditTrail: (requestId) => deps.removals.auditTrail(requestId),
    bulkRemoval: (turn, locale, ask) => withFaultNotice(deps, locale, () => startRemoval(deps, turn, locale, ask)),
  };
}

/** When a view is shown: the answer itself, a progress update (may be skipped), or the final view. */
export type ReplyPhase = 'answer' | 'progress' | 'final';

/**
 * The one way to show a reply, for every channel: its view, then its follow-up's progress, then
 * its final view. `show` decides per phase what the channel does (Teams skips `answer` when the
 * invoke response carried it; Slack shows progress as optional updates). Resolves the last view.
 */
export async function runReply(
  reply: CoreReply,
  show: (view: View, phase: ReplyPhase) => Promise<void>,
): Promise<View> {
  await show(reply.view, 'answer');
  if (!reply.followUp) return reply.view;
  const final = await reply.followUp((view) => show(view, 'progress'));
  await show(final, 'final');
  return final;
}
