import type { ConversationRecord } from '../../../bot/conversation-record';
import { createLogger } from '../../../bot/logger';
import { SlackConversations } from '../../../bot/slack/slack-conversations';
import { SlackNotifier } from '../../../bot/slack/slack-notifier';
import type { View } from '../../../cards/views';
import { MemoryDocumentStore } from '../../../services/store/memory-document-store';
import { FakeSlackPort } from './fake-slack-port';

const log = createLogger('silent');
const view: View = { kind: 'notice', locale: 'en', code: 'rejected', params: { by: 'Maria', comment: 'no' } };

function setup() {
  const store = new MemoryDocumentStore<ConversationRecord>();
  let now = 0;
  const conversations = new SlackConversations(store, 'tenant-1', log, () => now);
  const port = new FakeSlackPort();
  return {
    store,
    conversations,
    port,
    notifier: new SlackNotifier(port, conversations),
    tick: (ms: number) => (now += ms),
  };
}

describe('where Slack users are reached', () => {
  test('a record slack:<entraId> with the Slack user and DM; a later turn without a DM keeps it', async () => {
    const { store, conversations } = setup();
    await conversations.remember('entra-1', { slackUserId: 'U1', dmChannelId: 'D1' });
    await conversations.remember('entra-1', { slackUserId: 'U1' });
    const record = await store.read('tenant-1', 'slack:entra-1');
    expect(record).toMatchObject({
      channel: 'slack',
      userId: 'entra-1',
      reference: { slackUserId: 'U1', dmChannelId: 'D1' },
    });
  });

  test('another Slack user for the same person replaces the record (last writer wins), without the old DM', async () => {
    const { conversations } = setup();
    await conversations.remember('entra-1', { slackUserId: 'U1', dmChannelId: 'D1' });
    await conversations.remember('entra-1', { slackUserId: 'U2' });
    await expect(conversations.find('entra-1')).resolves.toEqual({ slackUserId: 'U2' });
  });

  test('an unchanged record is not rewritten on every message, but refreshed hourly', async () => {
    const { store, conversations, tick } = setup();
    const upsert = jest.spyOn(store, 'upsert');
    await conversations.remember('entra-1', { slackUserId: 'U1', dmChannelId: 'D1' });
    await conversations.remember('entra-1', { slackUserId: 'U1', dmChannelId: 'D1' });
    expect(upsert).toHaveBeenCalledTimes(1);
    tick(60 * 60_000);
    await conversations.remember('entra-1', { slackUserId: 'U1', dmChannelId: 'D1' });
    expect(upsert).toHaveBeenCalledTimes(2);
  });

  test('a store failure does not fail the turn', async () => {
    const { store, conversations } = setup();
    store.upsert = () => Promise.reject(new Error('store down'));
    await expect(conversations.remember('entra-1', { slackUserId: 'U1' })).resolves.toBeUndefined();
  });
});

describe('SlackNotifier', () => {
  test('someone never seen on Slack is unreachable (undefined), nothing is sent', async () => {
    const { notifier, port } = setup();
    await expect(notifier.sendToUser('entra-x', view)).resolves.toBeUndefined();
    expect(port.calls).toEqual([]);
  });

  test('sends to the known DM and answers a reference chat.update can use', async () => {
    const { notifier, conversations, port } = setup();
    await conversations.remember('entra-1', { slackUserId: 'U1', dmChannelId: 'D1' });
    const ref = await notifier.sendToUser('entra-1', view);
    expect(ref).toEqual({ channel: 'slack', userId: 'entra-1', conversation: { channel: 'D1' }, messageId: 'ts-1' });
    expect(port.methods()).toEqual(['postMessage']);
    await notifier.update(ref!, { kind: 'notice', locale: 'en', code: 'expired' });
    expect(port.calls[1]).toMatchObject({ method: 'updateMessage', args: ['D1', 'ts-1', expect.anything()] });
  });

  test('without a known DM it opens one, and remembers it for next time', async () => {
    const { notifier, conversations, port } = setup();
    await conversations.remember('entra-1', { slackUserId: 'U1' });
    await notifier.sendToUser('entra-1', view);
    await notifier.sendToUser('entra-1', view);
    expect(port.methods()).toEqual(['openDm', 'postMessage', 'postMessage']);
    await expect(conversations.find('entra-1')).resolves.toEqual({ slackUserId: 'U1', dmChannelId: 'D-U1' });
  });

  test('update ignores Teams references and resolves for deleted messages', async () => {
    const { notifier, port } = setup();
    await notifier.update({ channel: 'teams', userId: 'x', conversation: {}, messageId: '1' }, view);
    expect(port.calls).toEqual([]);
    port.deleted.add('gone');
    await expect(
      notifier.update({ channel: 'slack', userId: 'x', conversation: { channel: 'D1' }, messageId: 'gone' }, view),
    ).resolves.toBeUndefined();
  });
});
