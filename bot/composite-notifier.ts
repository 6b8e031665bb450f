import type { View } from '../cards/views';
import type { MessageRef, Notifier } from './core/core';

/**
 * One notifier over the channels: a user is reached on the first channel where the bot knows
 * them (Teams, then Slack); an update goes back through the channel that sent the message.
 */
export function compositeNotifier(channels: Partial<Record<MessageRef['channel'], Notifier>>): Notifier {
  const order: MessageRef['channel'][] = ['teams', 'slack'];
  return {
    async sendToUser(userId: string, view: View) {
      for (const name of order) {
        const ref = await channels[name]?.sendToUser(userId, view);
        if (ref) return ref;
      }
      return undefined;
    },
    async update(ref: MessageRef, view: View) {
      await channels[ref.channel]?.update(ref, view);
    },
  };
}
