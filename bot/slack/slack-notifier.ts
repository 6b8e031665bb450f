import type { View } from '../../cards/views';
import type { MessageRef, Notifier } from '../core/core';
import type { SlackApi } from './slack-api';
import type { SlackConversations } from './slack-conversations';
import { slackMessage } from './slack-message';

/**
 * Proactive Slack messages (approval cards, decisions): to an Entra user through the DM of the
 * Slack user last seen for them. Implements the core's `Notifier` contract: `sendToUser`
 * resolves `undefined` for someone who never talked to the bot on Slack; `update` of a deleted
 * message resolves. Other failures reject (the caller decides what an unreachable approver means).
 */
export class SlackNotifier implements Notifier {
  constructor(
    private readonly api: SlackApi,
    private readonly conversations: SlackConversations,
  ) {}

  async sendToUser(userId: string, view: View): Promise<MessageRef | undefined> {
    const reference = await this.conversations.find(userId);
    if (!reference) return undefined;
    let channel = reference.dmChannelId;
    if (!channel) {
      channel = await this.api.openDm(reference.slackUserId);
      await this.conversations.remember(userId, { ...reference, dmChannelId: channel });
    }
    const posted = await this.api.postMessage(channel, slackMessage(view));
    return { channel: 'slack', userId, conversation: { channel: posted.channel }, messageId: posted.ts };
  }

  async update(ref: MessageRef, view: View): Promise<void> {
    if (ref.channel !== 'slack') return;
    const channel = ref.conversation.channel;
    if (typeof channel !== 'string') return;
    await this.api.updateMessage(channel, ref.messageId, slackMessage(view));
  }
}
