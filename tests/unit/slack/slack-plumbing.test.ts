import { Writable } from 'node:stream';
import { LogLevel } from '@slack/bolt';
import { createLogger } from '../../../bot/logger';
import { ModalOrigins } from '../../../bot/slack/answer-reject';
import { boltLogger } from '../../../bot/slack/bolt-logger';
import { REJECT_MODAL_ID, rejectModal } from '../../../bot/slack/reject-modal';
import { isPrivateReply } from '../../../bot/slack/slack-context';
import { slackMessage, withinBlockLimit } from '../../../bot/slack/slack-message';
import type { View } from '../../../cards/views';

function capture() {
  const lines: any[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString('utf8')));
      done();
    },
  });
  return { lines, logger: createLogger('debug', stream) };
}

describe('Bolt logs into pino', () => {
  test('strings are the message; objects are not serialised; an Error is kept as err', () => {
    const { lines, logger } = capture();
    const bolt = boltLogger(logger);
    bolt.warn('Failed to verify', { body: 'remove E3 from anna@contoso.se' });
    bolt.error('boom', new Error('kaput'));
    expect(lines[0]).toMatchObject({ level: 40, msg: 'Failed to verify [object]' });
    expect(JSON.stringify(lines[0])).not.toContain('anna@contoso.se');
    expect(lines[1]).toMatchObject({ level: 50, msg: 'boom', err: { message: 'kaput' } });
  });

  test("the level stays pino's: Bolt's setLevel is ignored", () => {
    const { logger } = capture();
    const bolt = boltLogger(logger);
    bolt.setLevel(LogLevel.ERROR);
    expect(logger.level).toBe('debug');
    expect(bolt.getLevel()).toBe(LogLevel.DEBUG);
    expect(boltLogger(createLogger('silent')).getLevel()).toBe(LogLevel.ERROR);
  });
});

describe('what goes on the wire', () => {
  test('never more than 50 blocks: the first ones and the last (the buttons) are kept', () => {
    const blocks = Array.from({ length: 60 }, (_, i) => ({
      type: 'section' as const,
      text: { type: 'mrkdwn' as const, text: String(i) },
    }));
    const capped = withinBlockLimit({ text: 't', blocks });
    expect(capped.blocks).toHaveLength(50);
    expect(capped.blocks[0]).toBe(blocks[0]);
    expect(capped.blocks[48]).toBe(blocks[48]);
    expect(capped.blocks[49]).toBe(blocks[59]);
    const few = { text: 't', blocks: blocks.slice(0, 50) };
    expect(withinBlockLimit(few)).toBe(few);
    const view: View = { kind: 'notice', locale: 'sv', code: 'cancelled' };
    expect(slackMessage(view).blocks.length).toBeGreaterThan(0);
  });

  test('refusals of the clicker are private; results and notices about the request are not', () => {
    expect(isPrivateReply({ kind: 'notice', locale: 'en', code: 'not-your-request' })).toBe(true);
    expect(isPrivateReply({ kind: 'notice', locale: 'en', code: 'not-an-approver' })).toBe(true);
    expect(isPrivateReply({ kind: 'refused', locale: 'en', code: 'not-allowed', admins: [] })).toBe(true);
    expect(isPrivateReply({ kind: 'notice', locale: 'en', code: 'cancelled' })).toBe(false);
    expect(isPrivateReply({ kind: 'notice', locale: 'en', code: 'unknown-request' })).toBe(false);
  });

  test("the reject modal carries only the request id, in the approver's language, with the typed comment", () => {
    const sv = rejectModal('req-1', 'sv', 'Vänta');
    expect(sv).toMatchObject({ type: 'modal', callback_id: REJECT_MODAL_ID, private_metadata: 'req-1' });
    expect(sv.title.text).toBe('Avvisa');
    expect(sv.title.text.length).toBeLessThanOrEqual(24);
    expect(JSON.stringify(sv.blocks)).toContain('"initial_value":"Vänta"');
    expect(JSON.stringify(rejectModal('req-1', 'en').blocks)).not.toContain('initial_value');
  });

  test('modal origins are taken once and forgotten after an hour', () => {
    let now = 0;
    const origins = new ModalOrigins(() => now);
    origins.remember('V1', { channel: 'D1', ts: '1.1' });
    origins.remember('V2', { channel: 'D1', ts: '1.2' });
    expect(origins.take('V1')).toEqual({ channel: 'D1', ts: '1.1' });
    expect(origins.take('V1')).toBeUndefined();
    now = 60 * 60_000;
    expect(origins.take('V2')).toBeUndefined();
  });
});
