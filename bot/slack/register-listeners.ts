import type { App, BlockAction, BlockElementAction, ViewSubmitAction } from '@slack/bolt';
import { LRUCache } from 'lru-cache';
import { stringsFor } from '../../cards/strings/strings';
import { VERBS, type Verb } from '../../cards/views';
import { answerAction, splitValue } from './answer-action';
import { answerMessage } from './answer-message';
import { answerRejectSubmission, ModalOrigins, openRejectModal } from './answer-reject';
import type { StateValues } from './action-inputs';
import { REJECT_MODAL_ID } from './reject-modal';
import type { SlackContext } from './slack-context';
import { EphemeralSurface, MessageSurface, ResponseUrlSurface, type Surface } from './surfaces';

const KNOWN_VERBS: ReadonlySet<string> = new Set(Object.values(VERBS));

function isVerb(actionId: string): actionId is Verb {
  return KNOWN_VERBS.has(actionId);
}

/** Event ids already taken on: Slack redelivers an event it thinks was not acknowledged. */
class SeenEvents {
  /** Slack retries within minutes: the last thousand ids are plenty. */
  private readonly ids = new LRUCache<string, true>({ max: 1000 });

  /** True the first time an id is seen. */
  first(id: string | undefined): boolean {
    if (!id) return true;
    if (this.ids.has(id)) return false;
    this.ids.set(id, true);
    return true;
  }
}

function stateOf(body: { state?: { values: unknown } }): StateValues {
  return (body.state?.values ?? {}) as StateValues;
}

/**
 * A chat turn from an event (DM, mention), run as a job if the admission has room; otherwise the
 * user is told "busy" on the same surface. (A slash command says "busy" in its ack instead.)
 */
function runAdmitted(
  ctx: SlackContext,
  job: string,
  surface: Surface,
  slackUserId: string,
  answer: () => Promise<void>,
): void {
  const release = ctx.admission.tryAdmit();
  if (!release) ctx.jobs.run('slack-busy', () => surface.show(ctx.busyView(slackUserId)));
  else ctx.jobs.run(job, () => answer().finally(release));
}

/**
 * The Slack listeners. Each acknowledges at once (Slack allows 3 seconds) and hands the work to
 * the job runner, which the app drains on shutdown; answers arrive through the response_url or
 * the Web API afterwards.
 */
export function registerListeners(app: App, ctx: SlackContext): void {
  const seen = new SeenEvents();
  const origins = new ModalOrigins();

  // The app has one slash command (/license in the manifest); any name it is installed under works.
  app.command(/.*/, async ({ ack, command }) => {
    const release = ctx.admission.tryAdmit();
    if (!release) {
      const busy = ctx.busyView(command.user_id);
      await ack({ response_type: 'ephemeral', text: stringsFor(busy.locale).notice.busy({}) });
      return;
    }
    await ack();
    const surface = new ResponseUrlSurface(
      ctx.responseUrl(command.response_url),
      'new-ephemeral',
      ctx.dm(command.user_id),
    );
    ctx.jobs.run('slack-command', () =>
      answerMessage(ctx, { slackUserId: command.user_id, text: command.text, surface }).finally(release),
    );
  });

  // Direct messages to the app. Events are acknowledged by Bolt before listeners run.
  app.event('message', ({ event, body, context }) => {
    if (event.subtype !== undefined || event.bot_id || event.channel_type !== 'im') return Promise.resolve();
    if (!seen.first(body.event_id)) return Promise.resolve();
    const channel = event.channel;
    const surface = new MessageSurface(ctx.api, () => Promise.resolve(channel), ctx.log);
    runAdmitted(ctx, 'slack-dm', surface, event.user, () =>
      answerMessage(ctx, {
        slackUserId: event.user,
        text: event.text ?? '',
        surface,
        dmChannelId: channel,
        ...(context.botUserId ? { botUserId: context.botUserId } : {}),
      }),
    );
    return Promise.resolve();
  });

  // "@license-desk …" in a channel: the answer is ephemeral, buttons and all.
  app.event('app_mention', ({ event, body, context }) => {
    const user = event.user;
    if (!user || event.bot_id || !seen.first(body.event_id)) return Promise.resolve();
    const surface = new EphemeralSurface(ctx.api, event.channel, user, ctx.log);
    runAdmitted(ctx, 'slack-mention', surface, user, () =>
      answerMessage(ctx, {
        slackUserId: user,
        text: event.text,
        surface,
        ...(context.botUserId ? { botUserId: context.botUserId } : {}),
      }),
    );
    return Promise.resolve();
  });

  app.action<BlockAction<BlockElementAction>>({ type: 'block_actions' }, async ({ ack, body, action }) => {
    await ack();
    if (action.type !== 'button' || !isVerb(action.action_id)) return;
    const value = action.value ?? '';
    const container = body.container as { is_ephemeral?: boolean; channel_id?: string; message_ts?: string };
    const channelId = container.channel_id ?? body.channel?.id;
    const messageTs = container.message_ts ?? body.message?.ts;
    if (action.action_id === VERBS.reject && body.trigger_id) {
      const message =
        !container.is_ephemeral && channelId && messageTs ? { channel: channelId, ts: messageTs } : undefined;
      await openRejectModal(ctx, origins, {
        slackUserId: body.user.id,
        triggerId: body.trigger_id,
        requestId: splitValue(value).requestId,
        state: stateOf(body),
        ...(message ? { message } : {}),
      }).catch((e: unknown) => ctx.log.warn({ err: e }, 'could not open the reject modal'));
      return;
    }
    ctx.jobs.run('slack-action', () =>
      answerAction(ctx, {
        slackUserId: body.user.id,
        verb: action.action_id,
        value,
        state: stateOf(body),
        blocks: body.message?.blocks,
        responseUrl: body.response_url,
        container: { ephemeral: Boolean(container.is_ephemeral), channelId, messageTs },
      }),
    );
  });

  app.view<ViewSubmitAction>(REJECT_MODAL_ID, async ({ ack, body, view }) => {
    await ack();
    const origin = origins.take(view.id);
    ctx.jobs.run('slack-reject', () =>
      answerRejectSubmission(ctx, {
        slackUserId: body.user.id,
        requestId: view.private_metadata,
        state: view.state.values,
        origin,
      }),
    );
  });

  app.error(async (error) => {
    ctx.log.error({ err: error }, 'unhandled error in a Slack listener');
    return Promise.resolve();
  });
}
