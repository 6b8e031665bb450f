import type { View } from '../../cards/views';
import type { CoreDeps } from '../core/core-deps';
import type { CoreReply } from '../core/turns';
import type { JobRunner } from '../job-runner';
import type { Logger } from '../logger';
import { ResponseUrl } from './response-url';
import type { SlackApi } from './slack-api';
import type { SlackConversations } from './slack-conversations';
import type { SlackDirectory } from './slack-directory';
import { MessageSurface, type Surface } from './surfaces';

/** Notices about the clicking user rather than the request: shown to them alone, the message stays. */
const PRIVATE_NOTICES: ReadonlySet<string> = new Set(['not-your-request', 'not-an-approver', 'self-approval']);

/** Whether a reply concerns only the person who clicked (a refusal), not everyone who sees the message. */
export function isPrivateReply(view: View): boolean {
  return view.kind === 'refused' || (view.kind === 'notice' && PRIVATE_NOTICES.has(view.code));
}

/** Everything the Slack listeners share; built once by `mountSlack`. */
export class SlackContext {
  constructor(
    readonly deps: CoreDeps,
    readonly jobs: JobRunner,
    readonly api: SlackApi,
    readonly directory: SlackDirectory,
    readonly conversations: SlackConversations,
    readonly log: Logger,
    private readonly newResponseUrl: (url: string) => ResponseUrl = (url) => new ResponseUrl(url),
  ) {}

  responseUrl(url: string): ResponseUrl {
    return this.newResponseUrl(url);
  }

  /** A new message in the bot's DM with the user (opened on first use). */
  dm(slackUserId: string): MessageSurface {
    return new MessageSurface(this.api, () => this.api.openDm(slackUserId), this.log);
  }

  /** Shows the reply, then runs its follow-up (progress as optional updates, then the final view). */
  async present(surface: Surface, reply: CoreReply): Promise<void> {
    await surface.show(reply.view);
    const followUp = reply.followUp;
    if (!followUp) return;
    const final = await followUp((view) => surface.show(view, { optional: true }));
    await surface.show(final);
  }
}
