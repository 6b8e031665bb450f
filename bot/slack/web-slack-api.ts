import { type types, webApi } from '@slack/bolt';
import type { SlackMessage } from '../../cards/slack/block-kit';
import type { ModalView, PostedMessage, SlackApi, SlackUserInfo } from './slack-api';

type Blocks = (types.KnownBlock | types.Block)[];

/** Slack's error string (`user_not_found` …) of a Web API platform error, else undefined. */
export function slackErrorCode(e: unknown): string | undefined {
  return e instanceof webApi.WebAPIPlatformError ? e.data.error : undefined;
}

/** Our Block Kit types are a structural subset of the SDK's (checked here by the compiler). */
function blocksOf(message: SlackMessage): Blocks {
  return message.blocks;
}

/** `SlackApi` over the SDK's WebClient (retries, rate-limit waits and timeouts are the client's). */
export class WebSlackApi implements SlackApi {
  constructor(private readonly client: webApi.WebClient) {}

  async authTest(): Promise<{ botId: string | undefined; botUserId: string | undefined }> {
    const r = await this.client.auth.test();
    return { botId: r.bot_id, botUserId: r.user_id };
  }

  async userInfo(slackUserId: string): Promise<SlackUserInfo | undefined> {
    try {
      const r = await this.client.users.info({ user: slackUserId, include_locale: true });
      const user = r.user;
      if (!user) return undefined;
      const name = user.real_name ?? user.profile?.real_name ?? user.profile?.display_name;
      return {
        slackUserId,
        isBot: Boolean(user.is_bot),
        ...(user.profile?.email ? { email: user.profile.email } : {}),
        ...(user.locale ? { locale: user.locale } : {}),
        ...(name ? { name } : {}),
      };
    } catch (e) {
      if (slackErrorCode(e) === 'user_not_found') return undefined;
      throw e;
    }
  }

  async openDm(slackUserId: string): Promise<string> {
    const r = await this.client.conversations.open({ users: slackUserId });
    const id = r.channel?.id;
    if (!id) throw new Error('conversations.open returned no channel');
    return id;
  }

  async postMessage(channel: string, message: SlackMessage): Promise<PostedMessage> {
    const r = await this.client.chat.postMessage({ channel, text: message.text, blocks: blocksOf(message) });
    if (!r.ts) throw new Error('chat.postMessage returned no ts');
    return { channel: r.channel ?? channel, ts: r.ts };
  }

  async updateMessage(channel: string, ts: string, message: SlackMessage): Promise<boolean> {
    try {
      await this.client.chat.update({ channel, ts, text: message.text, blocks: blocksOf(message) });
      return true;
    } catch (e) {
      const code = slackErrorCode(e);
      if (code === 'message_not_found' || code === 'cant_update_message') return false;
      throw e;
    }
  }

  async postEphemeral(channel: string, user: string, message: SlackMessage): Promise<void> {
    await this.client.chat.postEphemeral({ channel, user, text: message.text, blocks: blocksOf(message) });
  }

  async openModal(triggerId: string, view: ModalView): Promise<string | undefined> {
    const r = await this.client.views.open({ trigger_id: triggerId, view });
    return r.view?.id;
  }
}
