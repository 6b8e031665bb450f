import { VERBS } from '../../../cards/views';
import { buttonsOf, textOf } from '../../support/slack-requests';
import { type SlackHarness, settleAndCheckMessages, startSlackHarness, urlId } from './slack-harness';

// Scheduled removals over Slack: a dated /license, Schedule, the list, Cancel, the run at its time.
const TUESDAY = Date.parse('2026-12-01T09:00:00Z');

describe('Slack: scheduled removals', () => {
  let h: SlackHarness;
  let now = TUESDAY;
  beforeAll(async () => {
    h = await startSlackHarness({ clock: { now: () => new Date(now) } });
  });
  afterAll(() => h.close());
  afterEach(() => settleAndCheckMessages(h));

  test('schedule, list, cancel: nothing runs', async () => {
    const { answer } = await h.command('UMARIA', 'remove Visio from David Miller on Friday');
    expect(textOf(answer.args)).toContain('Scheduled: runs Friday 4 December 17:00 (Europe/Stockholm).');
    const schedule = buttonsOf(answer.args.blocks).find((b) => b.action_id === VERBS.confirm);
    expect(schedule).toMatchObject({ text: { text: 'Schedule' } });
    const click = await h.click('UMARIA', answer.args, { ephemeral: true }, VERBS.confirm);
    await h.fake.waitFor(
      (c) => c.responseUrlId === urlId(click.responseUrl) && /Removal scheduled/.test(textOf(c.args)),
    );

    const list = await h.command('UMARIA', 'which removals are scheduled?');
    expect(textOf(list.answer.args)).toContain('Visio Plan 2 from David Miller — Friday 4 December 17:00 (Europe/Stockholm)');
    const cancel = await h.click('UMARIA', list.answer.args, { ephemeral: true }, VERBS.cancel);
    await h.fake.waitFor(
      (c) => c.responseUrlId === urlId(cancel.responseUrl) && /Scheduled removal cancelled/.test(textOf(c.args)),
    );
    now = Date.parse('2026-12-05T00:00:00Z');
    expect(await h.t.app.core.runDueSchedules()).toBe(0);
    expect(h.t.holds('david.miller@contoso.se', 'VISIOCLIENT')).toBe(true);
  });
});
