import type { SlackMessage } from '../../../cards/slack/block-kit';
import type { ModalView, PostedMessage, SlackApi, SlackUserInfo } from '../../../bot/slack/slack-api';

/** An in-memory `SlackApi`: records calls, answers from a users table; no sockets. */
export class FakeSlackPort implements SlackApi {
  readonly calls: { method: string; args: unknown[] }[] = [];
  private ts = 1;
  /** Messages `updateMessage` reports as gone. */
  readonly deleted = new Set<string>();
  authTestImpl: () => Promise<{ botId: string | undefined; botUserId: string | undefined }> = () =>
    Promise.resolve({ botId: 'B1', botUserId: 'UBOT' });

  constructor(
    private readonly users: Record<string, Omit<SlackUserInfo, 'slackUserId' | 'isBot'> & { isBot?: boolean }> = {},
  ) {}

  authTest() {
    this.calls.push({ method: 'authTest', args: [] });
    return this.authTestImpl();
  }

  userInfo(slackUserId: string): Promise<SlackUserInfo | undefined> {
    this.calls.push({ method: 'userInfo', args: [slackUserId] });
    const u = this.users[slackUserId];
    return Promise.resolve(u ? { slackUserId, isBot: false, ...u } : undefined);
  }

  openDm(slackUserId: string): Promise<string> {
    this.calls.push({ method: 'openDm', args: [slackUserId] });
    return Promise.resolve(`D-${slackUserId}`);
  }

  postMessage(channel: string, message: SlackMessage): Promise<PostedMessage> {
    this.calls.push({ method: 'postMessage', args: [channel, message] });
    return Promise.resolve({ channel, ts: `ts-${this.ts++}` });
  }

  updateMessage(channel: string, ts: string, message: SlackMessage): Promise<boolean> {
    this.calls.push({ method: 'updateMessage', args: [channel, ts, message] });
    return Promise.resolve(!this.deleted.has(ts));
  }

  postEphemeral(channel: string, user: string, message: SlackMessage): Promise<void> {
    this.calls.push({ method: 'postEphemeral', args: [channel, user, message] });
    return Promise.resolve();
  }

  openModal(triggerId: string, view: ModalView): Promise<string | undefined> {
    this.calls.push({ method: 'openModal', args: [triggerId, view] });
    return Promise.resolve('V1');
  }

  methods(): string[] {
    return this.calls.map((c) => c.method);
  }
}
