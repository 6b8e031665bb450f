import { LRUCache } from 'lru-cache';
import { SLACK_INPUTS } from '../../cards/slack/slack-inputs';
import { INPUTS, VERBS } from '../../cards/views';
import type { StateValues } from './action-inputs';
import type { PostedMessage } from './slack-api';
import { isPrivateReply, type SlackContext } from './slack-context';
import { rejectModal } from './reject-modal';
import { MessageSurface, type Surface } from './surfaces';

/** How long a modal's origin is remembered (Slack closes abandoned modals long before). */
const ORIGIN_TTL_MS = 60 * 60_000;
const MAX_ORIGINS = 500;

/**
 * Which approval message each open reject modal came from, by Slack view id, so the answer can
 * replace that message. Kept in memory on purpose: the modal's `private_metadata` carries the
 * request id only. A restart loses the origin, and the answer goes to the approver's DM instead.
 */
export class ModalOrigins {
  // Size-bounded by lru-cache; the age is checked here against the injected clock (tests move it).
  private readonly origins = new LRUCache<string, { message: PostedMessage; at: number }>({ max: MAX_ORIGINS });

  constructor(private readonly now: () => number = Date.now) {}

  remember(viewId: string, message: PostedMessage): void {
    this.origins.set(viewId, { message, at: this.now() });
  }

  take(viewId: string): PostedMessage | undefined {
    const o = this.origins.get(viewId);
    this.origins.delete(viewId);
    return o && this.now() - o.at < ORIGIN_TTL_MS ? o.message : undefined;
  }
}

/**
 * Reject clicked: open the comment modal at once (the trigger id is valid 3 seconds, once), in the
 * approver's language when it is already known. The comment typed on the message is carried over.
 */
export async function openRejectModal(
  ctx: SlackContext,
  origins: ModalOrigins,
  click: { slackUserId: string; triggerId: string; requestId: string; state: StateValues; message?: PostedMessage },
): Promise<void> {
  const locale = ctx.directory.cachedLocale(click.slackUserId) ?? ctx.core.defaultLocale;
  const typed = click.state[SLACK_INPUTS.comment]?.[SLACK_INPUTS.comment]?.value;
  const viewId = await ctx.api.openModal(
    click.triggerId,
    rejectModal(click.requestId, locale, typeof typed === 'string' ? typed : undefined),
  );
  if (viewId && click.message) origins.remember(viewId, click.message);
}

/** The modal was submitted: reject through the core, and show the answer on the approval message. */
export async function answerRejectSubmission(
  ctx: SlackContext,
  submission: { slackUserId: string; requestId: string; state: StateValues; origin: PostedMessage | undefined },
): Promise<void> {
  const locale = ctx.directory.cachedLocale(submission.slackUserId) ?? ctx.core.defaultLocale;
  const who = await ctx.identify(submission.slackUserId, locale);
  const comment = submission.state[SLACK_INPUTS.comment]?.[SLACK_INPUTS.comment]?.value;
  const reply =
    who.kind === 'refused'
      ? who.reply
      : await ctx.core.action({
          channel: 'slack',
          userId: who.entraUserId,
          verb: VERBS.reject,
          requestId: submission.requestId,
          inputs: typeof comment === 'string' && comment.trim() !== '' ? { [INPUTS.comment]: comment.trim() } : {},
          ...(who.locale ? { locale: who.locale } : {}),
        });
  const origin = submission.origin;
  const surface: Surface =
    origin && !isPrivateReply(reply.view)
      ? new MessageSurface(ctx.api, () => Promise.resolve(origin.channel), ctx.log, origin)
      : ctx.dm(submission.slackUserId);
  await ctx.present(surface, reply);
}
