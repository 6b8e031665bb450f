import type { AppOptions } from '../../../bot/app';
import { FakeSlackApi, type FakeSlackUser, type SlackCall } from '../../support/fake-slack-api';
import {
  aBlockAction,
  aDirectMessage,
  aSlashCommand,
  buttonsOf,
  type ClickedMessage,
  postSlack,
  type SlackBody,
  type SlackResponse,
  stateOf,
} from '../../support/slack-requests';
import { startTestApp, type TestApp } from '../../support/test-app';
import { expectValidBlockKit } from '../../unit/cards/block-kit-checks';

export const SECRET = 'test-secret';

/** Slack users of the fake workspace, by the demo tenant's people. */
export const SLACK_USERS: FakeSlackUser[] = [
  { id: 'UMARIA', email: 'maria.nilsson@contoso.se', locale: 'en-US', name: 'Maria Nilsson' },
  { id: 'UMARIASV', email: 'Maria.Nilsson@contoso.se', locale: 'sv-SE', name: 'Maria Nilsson' },
  { id: 'UKARIN', email: 'karin.holm@contoso.se', locale: 'sv-SE', name: 'Karin Holm' },
  { id: 'UERIK', email: 'erik.sjoberg@contoso.se', locale: 'en-GB', name: 'Erik Sjöberg' },
  { id: 'UANNA', email: 'anna.lindberg@contoso.se', name: 'Anna Lindberg' },
  { id: 'UNOBODY', email: 'someone@else.example', name: 'Someone Else' },
  { id: 'UNOEMAIL', name: 'No Email' },
];

export interface SlackHarness {
  t: TestApp;
  fake: FakeSlackApi;
  send(body: SlackBody): Promise<SlackResponse>;
  /** `/license text` by a user; resolves with the HTTP answer and the first post to its response_url. */
  command(userId: string, text: string): Promise<{ http: SlackResponse; answer: SlackCall; responseUrl: string }>;
  /** Clicks the button with `verb` (and, for choices, whose value ends with `|choice`). */
  click(
    userId: string,
    message: { blocks: any[] },
    where: ClickedMessage,
    verb: string,
    o?: { choice?: string; uncheck?: string[]; check?: string[]; text?: Record<string, string>; value?: string },
  ): Promise<{ http: SlackResponse; responseUrl: string }>;
  /** Posts to a response_url, in order. */
  responses(responseUrl: string): SlackCall[];
  close(): Promise<void>;
}

export function urlId(responseUrl: string): string {
  return responseUrl.split('/').pop() ?? '';
}

export function userIdOf(t: TestApp, upn: string): string {
  return t.userId(upn);
}

export async function startSlackHarness(
  options: AppOptions & { env?: Record<string, string> } = {},
): Promise<SlackHarness> {
  const fake = new FakeSlackApi(SLACK_USERS);
  await fake.start();
  const t = await startTestApp({
    ...options,
    env: { ...options.env, SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'xoxb-test', SLACK_API_URL: fake.apiUrl },
  });
  const send = (body: SlackBody) => postSlack(t.app.url, body, { secret: SECRET });
  return {
    t,
    fake,
    send,
    async command(userId, text) {
      const responseUrl = fake.responseUrl();
      const http = await send(aSlashCommand({ userId, text, responseUrl }));
      const answer = await fake.waitFor((c) => c.method === 'response_url' && c.responseUrlId === urlId(responseUrl));
      return { http, answer, responseUrl };
    },
    async click(userId, message, where, verb, o = {}) {
      const button = buttonsOf(message.blocks).find(
        (b) => b.action_id === verb && (!o.choice || String(b.value).endsWith(`|${o.choice}`)),
      );
      if (!button && o.value === undefined) throw new Error(`no ${verb} button`);
      const responseUrl = fake.responseUrl();
      const http = await send(
        aBlockAction({
          userId,
          actionId: verb,
          value: o.value ?? button.value,
          responseUrl,
          state: stateOf(message.blocks, o),
          message: where,
        }),
      );
      return { http, responseUrl };
    },
    responses: (responseUrl) =>
      fake.calls.filter((c) => c.method === 'response_url' && c.responseUrlId === urlId(responseUrl)),
    close: async () => {
      await t.close();
      await fake.stop();
    },
  };
}

/**
 * After each Slack test: wait for work still running (so it does not show up in the next test),
 * then check every message the bot sent against Slack's documented limits.
 */
export async function settleAndCheckMessages(h: SlackHarness): Promise<void> {
  await h.t.app.jobs.drain();
  const messages = h.fake.messages();
  h.fake.clear();
  for (const m of messages) expectValidBlockKit(m);
}

/**
 * Maria (License Administrator) writes to the bot in her DM first, so the Slack notifier knows her
 * conversation and she can be reached as an approver; the fake's calls are cleared afterwards.
 */
export async function makeMariaReachable(h: SlackHarness): Promise<void> {
  await h.send(aDirectMessage({ userId: 'UMARIA', text: 'help', channel: 'DMARIA' }));
  await h.fake.waitFor((c) => c.method === 'chat.postMessage');
  await h.t.app.jobs.drain();
  h.fake.clear();
}
