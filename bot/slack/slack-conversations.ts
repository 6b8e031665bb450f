import { LRUCache } from 'lru-cache';
import type { DocumentStore } from '../../services/store/document-store';
import { type ConversationRecord, conversationRecordId } from '../conversation-record';
import type { Logger } from '../logger';

/** What a Slack conversation record's `reference` holds. */
export interface SlackReference {
  slackUserId: string;
  /** The bot's DM channel with the user, once known (a message.im event, or conversations.open). */
  dmChannelId?: string;
}

/** How often an unchanged record is written again (`updatedAt` says when the user was last seen). */
const REFRESH_MS = 60 * 60_000;

function referenceOf(record: ConversationRecord | undefined): SlackReference | undefined {
  const r = record?.reference;
  if (typeof r?.slackUserId !== 'string') return undefined;
  return typeof r.dmChannelId === 'string'
    ? { slackUserId: r.slackUserId, dmChannelId: r.dmChannelId }
    : { slackUserId: r.slackUserId };
}

/**
 * Where each Entra user is reached on Slack: the `slack:<entraId>` conversation records. Written
 * whenever a mapped Slack user talks to the bot (last writer wins), read by the notifier. A known
 * DM channel is kept when a later turn (a slash command) does not tell it; an unchanged record is
 * rewritten at most hourly.
 */
export class SlackConversations {
  /** What was written last per user (the last thousand users), so unchanged records are not rewritten. */
  private readonly written = new LRUCache<string, { json: string; at: number }>({ max: 1000 });

  constructor(
    private readonly store: DocumentStore<ConversationRecord>,
    private readonly tenantId: string,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  async find(entraUserId: string): Promise<SlackReference | undefined> {
    return referenceOf(await this.store.read(this.tenantId, conversationRecordId('slack', entraUserId)));
  }

  /** Best-effort: a store failure is logged, the turn goes on. */
  async remember(entraUserId: string, reference: SlackReference): Promise<void> {
    try {
      let merged = reference;
      if (!reference.dmChannelId) {
        const known = this.written.get(entraUserId);
        const stored = known ? (JSON.parse(known.json) as SlackReference) : await this.find(entraUserId);
        if (stored?.slackUserId === reference.slackUserId && stored.dmChannelId) {
          merged = { ...reference, dmChannelId: stored.dmChannelId };
        }
      }
      const json = JSON.stringify(merged);
      const last = this.written.get(entraUserId);
      if (last?.json === json && this.now() - last.at < REFRESH_MS) return;
      await this.store.upsert({
        id: conversationRecordId('slack', entraUserId),
        tenantId: this.tenantId,
        channel: 'slack',
        userId: entraUserId,
        reference: { ...merged },
        updatedAt: new Date(this.now()).toISOString(),
      });
      this.written.set(entraUserId, { json, at: this.now() });
    } catch (e) {
      this.log.warn({ err: e }, 'could not store a Slack conversation record');
    }
  }
}
