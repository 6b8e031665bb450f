import { createHmac } from 'node:crypto';

/** Slack's request signature: `v0=` + HMAC-SHA256 of `v0:{timestamp}:{raw body}` with the signing secret. */
export function signature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

export type SlackBody = { contentType: 'application/x-www-form-urlencoded' | 'application/json'; body: string };

function form(fields: Record<string, string>): SlackBody {
  return { contentType: 'application/x-www-form-urlencoded', body: new URLSearchParams(fields).toString() };
}

function payload(p: unknown): SlackBody {
  return form({ payload: JSON.stringify(p) });
}

function json(p: unknown): SlackBody {
  return { contentType: 'application/json', body: JSON.stringify(p) };
}

const TEAM = { id: 'T_TEST', domain: 'contoso' };

/** A `/license …` slash command as Slack posts it. */
export function aSlashCommand(o: {
  userId: string;
  text: string;
  responseUrl: string;
  channelId?: string;
  command?: string;
}): SlackBody {
  return form({
    token: 'deprecated-verification-token',
    team_id: TEAM.id,
    team_domain: TEAM.domain,
    channel_id: o.channelId ?? 'C_GENERAL',
    channel_name: 'general',
    user_id: o.userId,
    user_name: o.userId.toLowerCase(),
    command: o.command ?? '/license',
    text: o.text,
    api_app_id: 'A_TEST',
    response_url: o.responseUrl,
    trigger_id: `trigger-${Math.random().toString(36).slice(2)}`,
  });
}

/** A message.im event (a DM to the app). */
export function aDirectMessage(o: {
  userId: string;
  text: string;
  channel?: string;
  eventId?: string;
  botId?: string;
  subtype?: string;
}): SlackBody {
  const ts = `${nowSeconds()}.000${Math.floor(Math.random() * 1000)}`;
  return json({
    token: 'deprecated-verification-token',
    team_id: TEAM.id,
    api_app_id: 'A_TEST',
    type: 'event_callback',
    event_id: o.eventId ?? `Ev${Math.random().toString(36).slice(2)}`,
    event_time: nowSeconds(),
    authorizations: [{ team_id: TEAM.id, user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
    event: {
      type: 'message',
      channel: o.channel ?? `D${o.userId.slice(1)}`,
      channel_type: 'im',
      user: o.userId,
      text: o.text,
      ts,
      event_ts: ts,
      ...(o.botId ? { bot_id: o.botId } : {}),
      ...(o.subtype ? { subtype: o.subtype } : {}),
    },
  });
}

/** An app_mention event in a channel. */
export function anAppMention(o: { userId: string; text: string; channel?: string }): SlackBody {
  const ts = `${nowSeconds()}.000${Math.floor(Math.random() * 1000)}`;
  return json({
    team_id: TEAM.id,
    api_app_id: 'A_TEST',
    type: 'event_callback',
    event_id: `Ev${Math.random().toString(36).slice(2)}`,
    event_time: nowSeconds(),
    authorizations: [{ team_id: TEAM.id, user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
    event: { type: 'app_mention', channel: o.channel ?? 'C_GENERAL', user: o.userId, text: o.text, ts, event_ts: ts },
  });
}

export function aUrlVerification(challenge: string): SlackBody {
  return json({ token: 'deprecated-verification-token', challenge, type: 'url_verification' });
}

/** Where the clicked message is: an ephemeral answer to a command, or a message in a channel / DM. */
export type ClickedMessage =
  { ephemeral: true; channelId?: string } | { ephemeral: false; channelId: string; ts: string; blocks: any[] };

/** A block_actions payload: one button clicked, with the message's input state. */
export function aBlockAction(o: {
  userId: string;
  actionId: string;
  value: string;
  responseUrl: string;
  state?: Record<string, Record<string, unknown>>;
  message: ClickedMessage;
  triggerId?: string;
}): SlackBody {
  const channelId = o.message.channelId ?? 'C_GENERAL';
  return payload({
    type: 'block_actions',
    team: TEAM,
    user: { id: o.userId, username: o.userId.toLowerCase(), team_id: TEAM.id },
    api_app_id: 'A_TEST',
    token: 'deprecated-verification-token',
    trigger_id: o.triggerId ?? `trigger-${Math.random().toString(36).slice(2)}`,
    response_url: o.responseUrl,
    channel: { id: channelId, name: 'x' },
    container: o.message.ephemeral
      ? { type: 'message', message_ts: `${nowSeconds()}.000900`, channel_id: channelId, is_ephemeral: true }
      : { type: 'message', message_ts: o.message.ts, channel_id: channelId, is_ephemeral: false },
    ...(o.message.ephemeral
      ? {}
      : { message: { type: 'message', ts: o.message.ts, text: '', blocks: o.message.blocks } }),
    state: { values: o.state ?? {} },
    actions: [
      {
        type: 'button',
        block_id: 'actions',
        action_id: o.actionId,
        value: o.value,
        text: { type: 'plain_text', text: 'x' },
        action_ts: `${nowSeconds()}.1`,
      },
    ],
  });
}

/** A view_submission of a modal. */
export function aViewSubmission(o: {
  userId: string;
  callbackId: string;
  viewId: string;
  privateMetadata: string;
  values: Record<string, Record<string, unknown>>;
}): SlackBody {
  return payload({
    type: 'view_submission',
    team: TEAM,
    user: { id: o.userId, username: o.userId.toLowerCase(), team_id: TEAM.id },
    api_app_id: 'A_TEST',
    token: 'deprecated-verification-token',
    trigger_id: `trigger-${Math.random().toString(36).slice(2)}`,
    view: {
      id: o.viewId,
      team_id: TEAM.id,
      type: 'modal',
      callback_id: o.callbackId,
      private_metadata: o.privateMetadata,
      blocks: [],
      state: { values: o.values },
      hash: 'h',
      title: { type: 'plain_text', text: 'x' },
      app_id: 'A_TEST',
      bot_id: 'BBOT',
    },
  });
}

/**
 * What Slack would send as `state.values` for a message's input blocks: checkboxes selected as
 * initially shown, unless their value is in `uncheck` (or in `check`, to tick an unchecked one);
 * text inputs from `text` by block id.
 */
export function stateOf(
  blocks: any[],
  o: { uncheck?: string[]; check?: string[]; text?: Record<string, string> } = {},
): Record<string, Record<string, unknown>> {
  const values: Record<string, Record<string, unknown>> = {};
  for (const b of blocks) {
    if (b.type !== 'input') continue;
    const e = b.element;
    if (e.type === 'checkboxes') {
      const initial = new Set((e.initial_options ?? []).map((x: any) => x.value));
      const selected = e.options.filter(
        (x: any) => (initial.has(x.value) || o.check?.includes(x.value)) && !o.uncheck?.includes(x.value),
      );
      values[b.block_id] = { [e.action_id]: { type: 'checkboxes', selected_options: selected } };
    } else if (e.type === 'plain_text_input') {
      values[b.block_id] = { [e.action_id]: { type: 'plain_text_input', value: o.text?.[b.block_id] ?? null } };
    }
  }
  return values;
}

/** Every button of a message (actions blocks and section accessories). */
export function buttonsOf(blocks: any[]): any[] {
  return blocks.flatMap((b) => [
    ...(b.type === 'actions' ? b.elements : []),
    ...(b.accessory?.type === 'button' ? [b.accessory] : []),
  ]);
}

/** All text of a message, for wording assertions. */
export function textOf(message: { text?: string; blocks?: any[] }): string {
  return JSON.stringify(message);
}

export interface SlackResponse {
  status: number;
  text: string;
}

/**
 * Posts a body to the app's Slack endpoint, signed with `secret` at `timestamp` (now by default).
 * `headers` override or, with `undefined` values, remove the signature headers.
 */
export async function postSlack(
  appUrl: string,
  b: SlackBody,
  o: { secret: string; timestamp?: number; headers?: Record<string, string | undefined> },
): Promise<SlackResponse> {
  const ts = o.timestamp ?? nowSeconds();
  const headers: Record<string, string | undefined> = {
    'content-type': b.contentType,
    'x-slack-request-timestamp': String(ts),
    'x-slack-signature': signature(o.secret, ts, b.body),
    ...o.headers,
  };
  const res = await fetch(`${appUrl}/slack/events`, {
    method: 'POST',
    headers: Object.fromEntries(Object.entries(headers).filter((e): e is [string, string] => e[1] !== undefined)),
    body: b.body,
  });
  return { status: res.status, text: await res.text() };
}
