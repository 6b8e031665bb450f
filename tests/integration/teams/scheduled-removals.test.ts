import { VERBS } from '../../../cards/views';
import { actionFor, cardText } from '../../support/card-actions';
import { expectValidAdaptiveCard } from '../../support/card-checks';
import { anActionInvoke, anInstallation, aTeamsMessage } from '../../support/teams-activities';
import { startTestApp, type TestApp } from '../../support/test-app';

// Scheduled removals over the Bot Framework protocol, with a clock the test moves: the dated
// confirmation, Schedule, the list, Cancel, and the scheduler's proactive result card.
const TUESDAY = Date.parse('2026-12-01T09:00:00Z');
const FRIDAY_EVENING = Date.parse('2026-12-04T16:00:30Z');
const MARIA = 'maria.nilsson@contoso.se';

describe('Teams: scheduled removals', () => {
  let t: TestApp;
  let now = TUESDAY;
  beforeAll(async () => {
    t = await startTestApp({ clock: { now: () => new Date(now) } });
    await t.post(anInstallation({ serviceUrl: t.connector.url, from: t.teamsUser(MARIA) }));
  });
  afterAll(() => t.close());
  beforeEach(() => {
    t.connector.clear();
    now = TUESDAY;
  });

  async function say(text: string, locale = 'en-US') {
    await t.post(aTeamsMessage({ serviceUrl: t.connector.url, from: t.teamsUser(MARIA), text, locale }));
    const sent = await t.connector.waitFor((c) => c.method === 'POST' && Boolean(c.activity.attachments));
    const card = sent.activity.attachments?.[0]?.content;
    expectValidAdaptiveCard(card);
    t.connector.clear();
    return { card, activityId: sent.activity.id ?? '' };
  }

  function click(verb: string, data: Record<string, unknown>, replyToId: string) {
    return t.post(anActionInvoke({ serviceUrl: t.connector.url, from: t.teamsUser(MARIA), verb, data, replyToId }));
  }

  test('"remove Visio from David Miller on Friday": exact time, Schedule, then the result card at that time', async () => {
    const { card, activityId } = await say('remove Visio from David Miller on Friday');
    expect(cardText(card)).toContain('Scheduled: runs Friday 4 December 17:00 (Europe/Stockholm).');
    const schedule = actionFor(card, VERBS.confirm);
    expect(schedule.title).toBe('Schedule');
    const answer = await click(VERBS.confirm, { ...schedule.data }, activityId);
    expectValidAdaptiveCard(answer.body.value);
    expect(cardText(answer.body.value)).toContain('Removal scheduled');
    expect(t.holds('david.miller@contoso.se', 'VISIOCLIENT')).toBe(true);

    now = FRIDAY_EVENING;
    expect(await t.app.core.runDueSchedules()).toBe(1);
    const result = await t.connector.waitFor(
      (c) =>
        c.method === 'POST' &&
        c.conversationId === `personal-${t.userId(MARIA)}` &&
        /\d+ removed/.test(cardText(c.activity)),
    );
    expectValidAdaptiveCard(result.activity.attachments?.[0]?.content);
    expect(t.holds('david.miller@contoso.se', 'VISIOCLIENT')).toBe(false);
  });

  test('Swedish: the list, and Cancel on it; nothing runs at the time', async () => {
    const { card, activityId } = await say('ta bort E3 från Bo den 31 december kl 17', 'sv-SE');
    expect(cardText(card)).toContain('Schemalagd: körs torsdag 31 december 17:00 (Europe/Stockholm).');
    await click(VERBS.confirm, { ...actionFor(card, VERBS.confirm).data }, activityId);
    const list = await say('vilka borttagningar är schemalagda?', 'sv-SE');
    expect(cardText(list.card)).toContain('Office 365 E3 från Bo Ek — torsdag 31 december 17:00 (Europe/Stockholm)');
    const cancel = actionFor(list.card, VERBS.cancel);
    expect(cancel.title).toBe('Avbryt borttagningen');
    const cancelled = await click(VERBS.cancel, { ...cancel.data }, list.activityId);
    expect(cardText(cancelled.body.value)).toContain('Den schemalagda borttagningen är avbruten');
    now = Date.parse('2027-01-01T00:00:00Z');
    expect(await t.app.core.runDueSchedules()).toBe(0);
    expect(t.holds('bo.ek@contoso.se', 'ENTERPRISEPACK')).toBe(true);
  });
});
