import type { Locale, View } from '../../cards/views';
import { type Core, type CoreReply, runReply } from '../core/core';
import type { JobRunner } from '../job-runner';
import type { Logger } from '../logger';
import { ResponseUrl } from './response-url';
import type { SlackApi } from './slack-api';
import type { SlackConversations } from './slack-conversations';
import type { SlackDirectory } from './slack-directory';
import { MessageSurface, type Surface } from './surfaces';
import { DEFAULT_MAX_PENDING_TURNS, TurnAdmission } from './turn-admission';

/** Notices about the clicking user rather than the request: shown to them alone, the message stays. */
const PRIVATE_NOTICES: ReadonlySet<string> = new Set(['not-your-request', 'not-an-approver', 'self-approval']);

/** Whether a reply concerns only the person who clicked (a refusal), not everyone who sees the message. */
export function isPrivateReply(view: View): boolean {
  return view.kind === 'refused' || (view.kind === 'notice' && PRIVATE_NOTICES.has(view.code));
}

/** Everything the Slack listeners share; built once by `SlackChannel.mount`. */
export class SlackContext {
  constructor(
    readonly core: Core,
    readonly jobs: JobRunner,
    readonly api: SlackApi,
    readonly directory: SlackDirectory,
    readonly conversations: SlackConversations,
    readonly log: Logger,
    /** Bounds the chat turns waiting after their ack (SLACK_MAX_PENDING_TURNS). */
    readonly admission: TurnAdmission = new TurnAdmission(DEFAULT_MAX_PENDING_TURNS),
    private readonly newResponseUrl: (url: string) => ResponseUrl = (url) => new ResponseUrl(url),
  ) {}

  /** The "busy, try again" notice for a turn the admission refused, in the bot's default language. */
  busyView(slackUserId: string): View {
    return {
      kind: 'notice',
      locale: this.directory.cachedLocale(slackUserId) ?? this.core.defaultLocale,
      code: 'busy',
    };
  }

  responseUrl(url: string): ResponseUrl {
    return this.newResponseUrl(url);
  }

  /** A new message in the bot's DM with the user (opened on first use). */
  dm(slackUserId: string): MessageSurface {
    return new MessageSurface(this.api, () => this.api.openDm(slackUserId), this.log);
  }

  /** Shows the reply, then runs its follow-up (progress as optional updates, then the final view). */
  async present(surface: Surface, reply: CoreReply): Promise<void> {
    await runReply(reply, (view, phase) => surface.show(view, phase === 'progress' ? { optional: true } : undefined));
  }

  /**
   * Who a Slack user is in the directory (by profile email), remembered for notifications; or the
   * reply to show them instead (not found, or the lookup failed). `dmChannelId`: the DM the event came in.
   */
  async identify(slackUserId: string, locale: Locale, dmChannelId?: string): Promise<Identified> {
    try {
      const who = await this.directory.identify(slackUserId);
      if (!who.entraUserId) {
        this.log.info({ slackUserId, hasEmail: Boolean(who.email) }, 'Slack user not in directory');
        return { kind: 'refused', reply: { view: this.core.unknownRequester(who.locale ?? locale, who.email) } };
      }
      await this.conversations.remember(who.entraUserId, { slackUserId, ...(dmChannelId ? { dmChannelId } : {}) });
      return { kind: 'known', entraUserId: who.entraUserId, locale: who.locale };
    } catch (e) {
      return { kind: 'refused', reply: this.core.faultReply(locale, e) };
    }
  }
}

/** A Slack user as the core knows them (Entra id; 'sv' when their Slack locale says so), or the reply instead. */
export type Identified =
  { kind: 'known'; entraUserId: string; locale: Locale | undefined } | { kind: 'refused'; reply: CoreReply };
