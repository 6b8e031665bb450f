import type { StoredDocument } from '../services/store/document-store';

/**
 * Where to reach a user proactively: a Teams conversation reference or a Slack DM channel.
 * Stored on install and on every message (last writer wins), keyed `<channel>:<userId>`.
 */
export interface ConversationRecord extends StoredDocument {
  channel: 'teams' | 'slack';
  /** Entra object id of the user this conversation reaches. */
  userId: string;
  /** The channel's own reference object (Teams ConversationReference, Slack { channel }). */
  reference: Record<string, unknown>;
  updatedAt: string;
}

export function conversationRecordId(channel: ConversationRecord['channel'], userId: string): string {
  return `${channel}:${userId}`;
}
