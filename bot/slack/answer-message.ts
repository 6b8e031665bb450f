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
  const who = await ctx.identify(input.slackUserId, ctx.core.localeOf(text), input.dmChannelId);
  if (who.kind === 'refused') return ctx.present(input.surface, who.reply);
  const locale = ctx.core.localeOf(text, who.locale);
  if (text === '') return ctx.present(input.surface, await ctx.core.help(who.entraUserId, locale));
  // Never fails: a mention that cannot be looked up is read as the name typed.
  const mentions = await ctx.directory.mentions(raw, input.botUserId);
  const reply = await ctx.core.message({
    channel: 'slack',
    userId: who.entraUserId,
    text: unescapeSlack(raw),
    mentions,
    ...(who.locale ? { locale: who.locale } : {}),
  });
  await ctx.present(input.surface, reply);
}
