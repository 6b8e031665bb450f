import { SLACK_INPUTS } from '../../cards/slack/slack-inputs';
import { INPUTS, type Locale, type View } from '../../cards/views';
import type { CoreReply } from '../core/core';
import { actionInputs, checkboxOptions, type StateValues, unknownToggleBlocks } from './action-inputs';
import type { ResponseUrl } from './response-url';
import { isPrivateReply, type SlackContext } from './slack-context';
import { slackMessage } from './slack-message';
import { MessageSurface, ResponseUrlSurface, type Surface } from './surfaces';

/** A button click, reduced to what the adapter reads from a block_actions payload. */
export interface SlackClick {
  slackUserId: string;
  verb: string;
  /** The button's value: the request id, or `requestId|choice` on clarification buttons. */
  value: string;
  state: StateValues;
  /** The clicked message's blocks; absent for ephemeral messages (Slack does not send them). */
  blocks: unknown;
  responseUrl: string;
  /** Where the clicked message is: ephemeral ones can only be changed through the response_url. */
  container: { ephemeral: boolean; channelId: string | undefined; messageTs: string | undefined };
}

/** `requestId|choice` → its parts; a plain request id has no choice. */
export function splitValue(value: string): { requestId: string; choice?: string } {
  const at = value.indexOf(SLACK_INPUTS.choiceSeparator);
  if (at < 0) return { requestId: value };
  return { requestId: value.slice(0, at), choice: value.slice(at + 1) };
}

/** Where the answer goes: in place of the clicked message. */
function surfaceFor(ctx: SlackContext, click: SlackClick, url: ResponseUrl): Surface {
  const { ephemeral, channelId, messageTs } = click.container;
  if (!ephemeral && channelId && messageTs) {
    return new MessageSurface(ctx.api, () => Promise.resolve(channelId), ctx.log, {
      channel: channelId,
      ts: messageTs,
    });
  }
  return new ResponseUrlSurface(url, 'replace', ctx.dm(click.slackUserId));
}

/**
 * The checkbox options the clicked message offered. Slack sends the blocks of normal messages
 * but not of ephemeral ones; those are rendered again from the stored request, which is what
 * they were rendered from. When the request has moved on (its view has no boxes any more: a
 * replay, a double click), the boxes' state cannot matter: the core answers "already handled"
 * whatever it says, so it is left out (`moved`) rather than refused as unknown.
 */
async function optionsOf(ctx: SlackContext, click: SlackClick, requestId: string) {
  const fromMessage = checkboxOptions(click.blocks);
  if (unknownToggleBlocks(click.state, fromMessage).length === 0) return { options: fromMessage, moved: false };
  const current = await ctx.core.currentView(requestId);
  if (!current) return { options: fromMessage, moved: false };
  const rendered = checkboxOptions(slackMessage(current).blocks);
  // Moved on = the request's view no longer has the boxes that were clicked (whatever its kind:
  // a removal's or a reclaim's confirmation has them; a result or notice does not).
  return { options: rendered, moved: unknownToggleBlocks(click.state, rendered).length > 0 };
}

/**
 * Answers a click after the ack: identify the clicker, read the inputs, let the core decide, and
 * replace the clicked message with the answer, then with progress and the result. A refusal of
 * the clicker (not their request, not an approver …) is shown to them alone and the message stays.
 */
export async function answerAction(ctx: SlackContext, click: SlackClick): Promise<void> {
  const url = ctx.responseUrl(click.responseUrl);
  const locale = ctx.directory.cachedLocale(click.slackUserId) ?? ctx.core.defaultLocale;
  const { channelId, ephemeral } = click.container;
  // The bot's own (non-ephemeral) messages in a D… channel are in its DM with this user.
  const dm = !ephemeral && channelId?.startsWith('D') ? channelId : undefined;
  const who = await ctx.identify(click.slackUserId, locale, dm);
  const reply =
    who.kind === 'refused'
      ? who.reply
      : await clickReply(ctx, click, who.entraUserId, who.locale ?? locale, who.locale);
  if (isPrivateReply(reply.view)) {
    await showPrivately(ctx, url, click.slackUserId, reply.view);
    return;
  }
  await ctx.present(surfaceFor(ctx, click, url), reply);
}

/** The core's answer to a click by a known user, from the inputs the clicked message had. */
async function clickReply(
  ctx: SlackContext,
  click: SlackClick,
  userId: string,
  locale: Locale,
  slackLocale: Locale | undefined,
): Promise<CoreReply> {
  const { requestId, choice } = splitValue(click.value);
  let known;
  try {
    known = await optionsOf(ctx, click, requestId);
  } catch (e) {
    return ctx.core.faultReply(locale, e);
  }
  const { options, moved } = known;
  if (!moved && unknownToggleBlocks(click.state, options).length > 0) {
    // Unchecked boxes would count as checked: never guess which users were left out.
    ctx.log.warn({ requestId }, 'checkbox options of a Slack message unknown');
    return { view: { kind: 'notice', locale, code: 'internal-error' } };
  }
  const toggles = moved ? {} : actionInputs(click.state, options);
  const inputs = { ...toggles, ...(choice ? { [INPUTS.choice]: choice } : {}) };
  return ctx.core.action({
    channel: 'slack',
    userId,
    verb: click.verb,
    requestId,
    inputs,
    ...(slackLocale ? { locale: slackLocale } : {}),
  });
}

async function showPrivately(ctx: SlackContext, url: ResponseUrl, slackUserId: string, view: View): Promise<void> {
  if (await url.post(slackMessage(view), 'new-ephemeral')) return;
  await ctx.dm(slackUserId).show(view);
}
