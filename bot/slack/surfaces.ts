import type { View } from '../../cards/views';
import type { Logger } from '../logger';
import type { ResponseMode, ResponseUrl } from './response-url';
import type { PostedMessage, SlackApi } from './slack-api';
import { slackMessage } from './slack-message';

/**
 * Where the answer to one interaction is shown and then kept up to date (progress, result).
 * `optional` views (progress) may be skipped when showing them would cost the final update.
 * Never rejects: a failure is logged and the user sees the previous state.
 */
export interface Surface {
  show(view: View, options?: { optional?: boolean }): Promise<void>;
}

/**
 * A normal message: posted on first show (in `channel`, opened lazily: a DM is opened with
 * `conversations.open` only when needed), updated in place afterwards with `chat.update`, and
 * posted again if it was deleted meanwhile.
 */
export class MessageSurface implements Surface {
  private posted: PostedMessage | undefined;

  constructor(
    private readonly api: SlackApi,
    private readonly channel: () => Promise<string>,
    private readonly log: Logger,
    existing?: PostedMessage,
  ) {
    this.posted = existing;
  }

  /** The message shown, once something was. */
  get message(): PostedMessage | undefined {
    return this.posted;
  }

  async show(view: View): Promise<void> {
    try {
      const message = slackMessage(view);
      if (this.posted && (await this.api.updateMessage(this.posted.channel, this.posted.ts, message))) return;
      this.posted = await this.api.postMessage(await this.channel(), message);
    } catch (e) {
      this.log.warn({ err: e, view: view.kind }, 'could not show a Slack message');
    }
  }
}

/**
 * An answer through the interaction's `response_url` (ephemeral when it starts a message, so
 * only the requester sees the buttons). Slack allows 5 posts in 30 minutes: the last one is kept
 * for the final view, so progress is skipped rather than the result lost; once the URL is spent,
 * expired or refused, the answer continues as a message in the user's DM.
 */
export class ResponseUrlSurface implements Surface {
  private mode: ResponseMode;
  private fellBack = false;

  constructor(
    private readonly url: ResponseUrl,
    first: ResponseMode,
    private readonly fallback: Surface,
  ) {
    this.mode = first;
  }

  async show(view: View, options: { optional?: boolean } = {}): Promise<void> {
    if (!this.fellBack) {
      const needed = options.optional ? 2 : 1;
      if (this.url.remaining >= needed && (await this.url.post(slackMessage(view), this.mode))) {
        this.mode = 'replace';
        return;
      }
      if (options.optional) return;
      this.fellBack = true;
    }
    await this.fallback.show(view, options);
  }
}

/**
 * An ephemeral message in a channel (`chat.postEphemeral`), for answers to a mention: only the
 * requester sees them. They cannot be updated, so each view is a new message; clicks on them come
 * with a response_url and are answered through it.
 */
export class EphemeralSurface implements Surface {
  constructor(
    private readonly api: SlackApi,
    private readonly channel: string,
    private readonly user: string,
    private readonly log: Logger,
  ) {}

  async show(view: View, options: { optional?: boolean } = {}): Promise<void> {
    if (options.optional) return;
    try {
      await this.api.postEphemeral(this.channel, this.user, slackMessage(view));
    } catch (e) {
      this.log.warn({ err: e, view: view.kind }, 'could not post an ephemeral Slack message');
    }
  }
}
