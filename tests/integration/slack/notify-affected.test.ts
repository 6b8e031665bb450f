import { VERBS } from '../../../cards/views';
import { textOf } from '../../support/slack-requests';
import { type SlackHarness, settleAndCheckMessages, startSlackHarness, urlId } from './slack-harness';

// NOTIFY_USERS over Slack: the affected user gets a DM in their language; one the bot cannot reach
// (no Slack user, no Teams chat) is named on the requester's result.
describe('Slack: telling the people affected', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness({ env: { NOTIFY_USERS: 'on' } });
  });
  afterAll(() => h.close());
  afterEach(() => settleAndCheckMessages(h));

  test('Anna gets a Swedish DM; Bo, with no Slack user, is named on the result', async () => {
    // Slack reaches the people who have talked to the app (their DM is remembered), as for approvers.
    await h.command('UANNA', 'hjälp');
    const { answer } = await h.command('UMARIA', 'remove E3 from Anna Lindberg and Bo');
    const click = await h.click('UMARIA', answer.args, { ephemeral: true }, VERBS.confirm);
    const result = await h.fake.waitFor(
      (c) => c.responseUrlId === urlId(click.responseUrl) && /Undo/.test(textOf(c.args)),
    );
    const dm = await h.fake.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === 'DANNA');
    expect(textOf(dm.args)).toContain('Licenser har tagits bort från ditt konto');
    expect(textOf(dm.args)).toContain('Borttaget: Office 365 E3.');
    expect(textOf(result.args)).toContain('Not told (no chat with License Desk in Teams or Slack): Bo Ek.');
  });
});
