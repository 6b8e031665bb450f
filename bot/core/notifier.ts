import type { View } from '../../cards/views';

/** A message the bot sent, so it can be replaced later (approval cards, the requester's card). */
export interface MessageRef {
  channel: 'teams' | 'slack';
  /** Entra object id of the user who sees this message. */
  userId: string;
  /** Teams: the ConversationReference; Slack: { channel } (the DM channel id). */
  conversation: Record<string, unknown>;
  /** Teams activity id; Slack message `ts`. */
  messageId: string;
}

/**
 * Proactive messages, for the approval flow: cards to approvers, and updates to cards already
 * sent when a decision is made elsewhere. Implemented per channel (Teams: continueConversation
 * with a stored reference; Slack: chat.postMessage / chat.update) and composed in bot/.
 *
 * Contract: `sendToUser` resolves `undefined` when the user cannot be reached (never installed
 * the app / never wrote to the bot), and rejects only on unexpected faults. `update` is
 * best-effort: a message that was deleted resolves without error.
 */
export interface Notifier {
  sendToUser(userId: string, view: View): Promise<MessageRef | undefined>;
  update(ref: MessageRef, view: View): Promise<void>;
}

/** For tests and for running without channels (the CLI): nobody is reachable. */
export const unreachableNotifier: Notifier = {
  sendToUser: () => Promise.resolve(undefined),
  update: () => Promise.resolve(),
};
