import { CardFactory, type CloudAdapter, type ConversationReference } from 'botbuilder';
import { buildCard } from '../../cards/adaptive/build-card';
import type { View } from '../../cards/views';
import { conversationRecordId, type ConversationRecord } from '../conversation-record';
import type { MessageRef, Notifier } from '../core/core';
import type { DocumentStore } from '../../services/store/document-store';

/**
 * Proactive Teams messages through the personal-chat conversation reference stored when the
 * user last wrote to (or installed) the bot. No reference → the user cannot be reached.
 */
export class TeamsNotifier implements Notifier {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly botAppId: string,
    private readonly conversations: DocumentStore<ConversationRecord>,
    private readonly tenantId: string,
  ) {}

  async sendToUser(userId: string, view: View): Promise<MessageRef | undefined> {
    const record = await this.conversations.read(this.tenantId, conversationRecordId('teams', userId));
    if (!record) return undefined;
    const reference = record.reference as Partial<ConversationReference>;
    let messageId: string | undefined;
    await this.adapter.continueConversationAsync(this.botAppId, reference, async (context) => {
      messageId = (await context.sendActivity({ attachments: [CardFactory.adaptiveCard(buildCard(view))] }))?.id;
    });
    return messageId ? { channel: 'teams', userId, conversation: record.reference, messageId } : undefined;
  }

  async update(ref: MessageRef, view: View): Promise<void> {
    await this.adapter.continueConversationAsync(this.botAppId, ref.conversation, async (context) => {
      await context.updateActivity({
        id: ref.messageId,
        type: 'message',
        attachments: [CardFactory.adaptiveCard(buildCard(view))],
      });
    });
  }
}
