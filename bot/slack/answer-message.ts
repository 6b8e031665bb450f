import type { Locale } from '../../cards/views';
import { handleMessage, helpView, turnLocale } from '../core/handle-message';
import type { CoreReply } from '../core/turns';
import { withFaultNotice } from '../core/with-fault-notice';
import type { SlackContext } from './slack-context';
import { unescapeSlack, withoutMentionOf } from './slack-text';
import type { Surface } from './surfaces';

/** A request typed to the bot: a slash command, a direct message or a mention. */
export interface SlackMessageInput {
  slackUserId: string;
  /** As Slack sent it: mentions as `<@U…>`, `&`, `<`, `>` escaped. */
  text: string;
  surface: Surface;
  /** Set when the message came in the bot's DM with the user (remembered for notifications). */
  dmChannelId?: string;
  /** The bot's own user id, whose mention is not part of the request. */
  botUserId?: string;
}

/**
 * Answers a message: who wrote it (Slack profile email → Entra user), then the core's answer.
 * An empty message gets the help; someone not found in the directory is told so (the refusal
 * carries the email looked for in `people`, for the renderer to show). Runs after the ack, as a job.
 */
export async function answerMessage(ctx: SlackContext, input: SlackMessageInput): Promise<void> {
  const raw = withoutMentionOf(input.text, input.botUserId);
  const text = unescapeSlack(raw).trim();
  let locale: Locale = turnLocale({ text });
  const reply: CoreReply = await withFaultNotice(ctx.deps, locale, async () => {
    const who = await ctx.directory.identify(input.slackUserId);
    locale = turnLocale({ text, ...(who.locale ? { locale: who.locale } : {}) });
    if (!who.entraUserId) {
      ctx.log.info({ slackUserId: input.slackUserId, hasEmail: Boolean(who.email) }, 'Slack user not in directory');
      return {
        view: { kind: 'refused', locale, code: 'unknown-requester', people: who.email ? [who.email] : [], admins: [] },
      };
    }
    await ctx.conversations.remember(who.entraUserId, {
      slackUserId: input.slackUserId,
      ...(input.dmChannelId ? { dmChannelId: input.dmChannelId } : {}),
    });
    if (text === '') return { view: await helpView(ctx.deps, who.entraUserId, locale, false) };
    const mentions = await ctx.directory.mentions(raw, input.botUserId);
    return handleMessage(ctx.deps, {
      channel: 'slack',
      userId: who.entraUserId,
      text: unescapeSlack(raw),
      mentions,
      ...(who.locale ? { locale: who.locale } : {}),
    });
  });
  await ctx.present(input.surface, reply);
}
