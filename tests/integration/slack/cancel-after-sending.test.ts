import { VERBS } from '../../../cards/views';
import { textOf } from '../../support/slack-requests';
import {
  type SlackHarness,
  makeMariaReachable,
  settleAndCheckMessages,
  startSlackHarness,
  urlId,
} from './slack-harness';

const E3 = '6fd2c87f-b296-42f0-b197-1e91e994b900';

// Issue 15, defect 8, in Slack: the manager's message keeps Cancel after "Skicka för godkännande".
describe('Slack: the manager keeps Cancel after sending for approval', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness();
    await makeMariaReachable(h);
  });
  afterAll(() => h.close());
  afterEach(() => settleAndCheckMessages(h));

  it('cancels from the sent message; the approver’s message is updated and nothing changes', async () => {
    const { answer } = await h.command('UKARIN', 'ta bort Office 365 E3 från Bo');
    const send = await h.click('UKARIN', answer.args, { ephemeral: true }, VERBS.sendForApproval, {
      text: { reason: 'Bo slutar' },
    });
    const sent = await h.fake.waitFor((c) => c.responseUrlId === urlId(send.responseUrl));
    expect(textOf(sent.args)).toContain('Maria Nilsson');
    const approverCard = await h.fake.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === 'DMARIA');

    const cancel = await h.click('UKARIN', sent.args, { ephemeral: true }, VERBS.cancel);
    expect(cancel.http.status).toBe(200);
    const cancelled = await h.fake.waitFor((c) => c.responseUrlId === urlId(cancel.responseUrl));
    expect(textOf(cancelled.args)).toMatch(/Avbrutet/);
    const update = await h.fake.waitFor((c) => c.method === 'chat.update' && c.args.ts === approverCard.result.ts);
    expect(JSON.stringify(update.args.blocks)).not.toContain(VERBS.approve);
    expect(h.t.holds('bo.ek@contoso.se', E3)).toBe(true);
  });
});
