import { VERBS } from '../../../cards/views';
import { actionFor, cardText } from '../../support/card-actions';
import { expectValidAdaptiveCard } from '../../support/card-checks';
import { anActionInvoke, anInstallation, aTeamsMessage } from '../../support/teams-activities';
import { startTestApp, type TestApp } from '../../support/test-app';

// NOTIFY_USERS over the Bot Framework protocol: the affected user with the app installed gets a
// card in their own chat, in their language; one without is named on the requester's result card.
const MARIA = 'maria.nilsson@contoso.se';

describe('Teams: telling the people affected', () => {
  let t: TestApp;
  let now = Date.parse('2026-12-01T09:00:00Z');
  beforeAll(async () => {
    t = await startTestApp({ env: { NOTIFY_USERS: 'on' }, clock: { now: () => new Date(now) } });
    for (const upn of [MARIA, 'bo.ek@contoso.se', 'liam.obrien@contoso.se', 'david.miller@contoso.se'])
      await t.post(anInstallation({ serviceUrl: t.connector.url, from: t.teamsUser(upn) }));
  });
  afterAll(() => t.close());
  beforeEach(() => t.connector.clear());

  /** Maria asks, and clicks the confirmation's primary button; resolves the card she was sent. */
  async function askAndConfirm(text: string) {
    const from = t.teamsUser(MARIA);
    await t.post(aTeamsMessage({ serviceUrl: t.connector.url, from, text }));
    const sent = await t.connector.waitFor((c) => c.method === 'POST' && Boolean(c.activity.attachments));
    const confirm = sent.activity.attachments?.[0]?.content;
    await t.post(
      anActionInvoke({
        serviceUrl: t.connector.url,
        from,
        verb: VERBS.confirm,
        data: { ...actionFor(confirm, VERBS.confirm).data },
        replyToId: sent.activity.id ?? '',
      }),
    );
    return sent;
  }

  test('Bo is told in Swedish, Liam in English; Jessica (no chat with the app) is named to Maria', async () => {
    const sent = await askAndConfirm('remove E3 from Bo, Liam and Jessica Brown');
    const bo = await t.connector.waitFor(
      (c) =>
        c.conversationId === `personal-${t.userId('bo.ek@contoso.se')}` &&
        /Licenser har tagits bort/.test(cardText(c.activity)),
    );
    expectValidAdaptiveCard(bo.activity.attachments?.[0]?.content);
    expect(cardText(bo.activity)).toContain('Borttaget: Office 365 E3.');
    expect(cardText(bo.activity)).toContain('30 dagar');
    expect(cardText(bo.activity)).toContain('Frågor? Kontakta Maria Nilsson.');
    const liam = await t.connector.waitFor(
      (c) =>
        c.conversationId === `personal-${t.userId('liam.obrien@contoso.se')}` &&
        /Licenses were removed from your account/.test(cardText(c.activity)),
    );
    expect(cardText(liam.activity)).toContain('Questions? Ask Maria Nilsson.');
    const result = await t.connector.waitFor(
      (c) => c.method === 'PUT' && c.activityId === sent.activity.id && /Undo/.test(JSON.stringify(c.activity)),
    );
    expectValidAdaptiveCard(result.activity.attachments?.[0]?.content);
    expect(cardText(result.activity)).toContain(
      'Not told (no chat with License Desk in Teams or Slack): Jessica Brown.',
    );
  });

  test('before a scheduled removal: David is told a day ahead, in English, when it will happen', async () => {
    await askAndConfirm('remove Visio from David Miller on Friday');
    now = Date.parse('2026-12-03T17:00:00Z'); // Thursday, 23 hours before
    expect(await t.app.core.runDueSchedules()).toBe(0);
    const told = await t.connector.waitFor(
      (c) =>
        c.conversationId === `personal-${t.userId('david.miller@contoso.se')}` &&
        /Your licenses change on/.test(cardText(c.activity)),
    );
    expectValidAdaptiveCard(told.activity.attachments?.[0]?.content);
    expect(cardText(told.activity)).toContain('Your licenses change on Friday 4 December 17:00 (Europe/Stockholm)');
    expect(cardText(told.activity)).toContain('You will lose: Visio Plan 2.');
    expect(t.holds('david.miller@contoso.se', 'VISIOCLIENT')).toBe(true);
  });
});
