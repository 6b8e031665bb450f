import type { DocumentStore } from '../../services/store/document-store';
import { type ConversationRecord, conversationRecordId } from '../core/conversation-record';
import type { Logger } from '../logger';
import { RecentWrites } from '../recent-writes';

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
  private readonly written: RecentWrites;

  constructor(
    private readonly store: DocumentStore<ConversationRecord>,
    private readonly tenantId: string,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {
    this.written = new RecentWrites({ refreshMs: REFRESH_MS, maxEntries: 1000, now });
  }

  async find(entraUserId: string): Promise<SlackReference | undefined> {
    return referenceOf(await this.store.read(this.tenantId, conversationRecordId('slack', entraUserId)));
  }

  /** Best-effort: a store failure is logged, the turn goes on. */
  async remember(entraUserId: string, reference: SlackReference): Promise<void> {
    try {
      let merged = reference;
      if (!reference.dmChannelId) {
        const known = this.written.last(entraUserId);
        const stored = known ? (JSON.parse(known) as SlackReference) : await this.find(entraUserId);
        if (stored?.slackUserId === reference.slackUserId && stored.dmChannelId) {
          merged = { ...reference, dmChannelId: stored.dmChannelId };
        }
      }
      const json = JSON.stringify(merged);
      if (this.written.isUnchanged(entraUserId, json)) return;
      await this.store.upsert({
        id: conversationRecordId('slack', entraUserId),
        tenantId: this.tenantId,
        channel: 'slack',
        userId: entraUserId,
        reference: { ...merged },
        updatedAt: new Date(this.now()).toISOString(),
      });
      this.written.wrote(entraUserId, json);
    } catch (e) {
      this.log.warn({ err: e }, 'could not store a Slack conversation record');
    }
  }
}
