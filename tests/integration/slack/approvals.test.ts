import { VERBS } from '../../../cards/views';
import { aViewSubmission, textOf } from '../../support/slack-requests';
import {
  type SlackHarness,
  makeMariaReachable,
  settleAndCheckMessages,
  startSlackHarness,
  urlId,
} from './slack-harness';

const E3 = '6fd2c87f-b296-42f0-b197-1e91e994b900';

describe('Slack: a manager asks, an approver decides in Slack', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness();
    await makeMariaReachable(h);
  });
  afterAll(async () => {
    await h.close();
  });
  afterEach(() => settleAndCheckMessages(h));

  /** Karin (Bo's manager) asks in Swedish and sends it for approval with a reason. */
  async function karinAsks(): Promise<{ card: any; ts: string; requestId: string }> {
    const { answer } = await h.command('UKARIN', 'ta bort Office 365 E3 från Bo');
    expect(textOf(answer.args)).toContain('Skicka för godkännande');
    const send = await h.click('UKARIN', answer.args, { ephemeral: true }, VERBS.sendForApproval, {
      text: { reason: 'Bo slutar' },
    });
    const sent = await h.fake.waitFor((c) => c.responseUrlId === urlId(send.responseUrl));
    expect(textOf(sent.args)).toContain('Maria Nilsson');
    const card = await h.fake.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === 'DMARIA');
    expect(textOf(card.args)).toContain('Bo slutar');
    expect(textOf(card.args)).toContain(VERBS.reject);
    const approve = card.args.blocks
      .flatMap((b: any) => b.elements ?? [])
      .find((e: any) => e.action_id === VERBS.approve);
    return { card: card.args, ts: card.result.ts, requestId: approve.value };
  }

  test('reject: the button opens a modal for the comment; submitting rejects, updates the card and tells Karin', async () => {
    const { card, ts, requestId } = await karinAsks();
    const where = { ephemeral: false as const, channelId: 'DMARIA', ts, blocks: card.blocks };
    const click = await h.click('UMARIA', card, where, VERBS.reject, { text: { comment: 'Vänta på HR' } });
    expect(click.http.status).toBe(200);
    const modal = await h.fake.waitFor((c) => c.method === 'views.open');
    expect(modal.args.trigger_id).toMatch(/^trigger-/);
    expect(modal.args.view.private_metadata).toBe(requestId);
    expect(JSON.stringify(modal.args.view)).toContain('Vänta på HR');
    expect(h.fake.of('chat.update')).toEqual([]);

    const submit = await h.send(
      aViewSubmission({
        userId: 'UMARIA',
        callbackId: modal.args.view.callback_id,
        viewId: modal.result.view.id,
        privateMetadata: requestId,
        values: { comment: { comment: { type: 'plain_text_input', value: 'Vänta på HR' } } },
      }),
    );
    expect(submit.status).toBe(200);
    const updated = await h.fake.waitFor(
      (c) => c.method === 'chat.update' && c.args.ts === ts && /Rejected|Avvisad/.test(textOf(c.args)),
    );
    expect(updated.args.channel).toBe('DMARIA');
    const toKarin = await h.fake.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === 'DKARIN');
    expect(textOf(toKarin.args)).toContain('Vänta på HR');
    expect(h.t.holds('bo.ek@contoso.se', E3)).toBe(true);
  });

  test('approve: runs the removal, the card shows progress then the result; Karin is told; Undo restores', async () => {
    const { card, ts } = await karinAsks();
    const where = { ephemeral: false as const, channelId: 'DMARIA', ts, blocks: card.blocks };
    await h.click('UMARIA', card, where, VERBS.approve);
    const result = await h.fake.waitFor(
      (c) => c.method === 'chat.update' && c.args.ts === ts && /Ångra/.test(textOf(c.args)),
    );
    expect(h.t.holds('bo.ek@contoso.se', E3)).toBe(false);
    await h.fake.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === 'DKARIN');
    await h.click('UMARIA', result.args, { ...where, blocks: result.args.blocks }, VERBS.undo);
    await h.fake.waitFor((c) => c.method === 'chat.update' && /återställts/.test(textOf(c.args)));
    expect(h.t.holds('bo.ek@contoso.se', E3)).toBe(true);
  });

  test('Karin cannot approve from a forged click: not an approver, told privately', async () => {
    const { card, ts } = await karinAsks();
    const where = { ephemeral: false as const, channelId: 'DMARIA', ts, blocks: card.blocks };
    const click = await h.click('UKARIN', card, where, VERBS.approve);
    const reply = await h.fake.waitFor((c) => c.responseUrlId === urlId(click.responseUrl));
    expect(reply.args.replace_original).toBe(false);
    expect(h.t.holds('bo.ek@contoso.se', E3)).toBe(true);
    expect(h.fake.of('chat.update').filter((c) => c.args.ts === ts)).toEqual([]);
  });
});
