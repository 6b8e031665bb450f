import { VERBS } from '../../../cards/views';
import { executeActions, cardText as textOf } from '../../support/card-actions';
import { expectValidAdaptiveCard } from '../../support/card-checks';
import { aMentionOfTheBot, anActionInvoke, anInstallation, aTeamsMessage } from '../../support/teams-activities';
import { startTestApp, type TestApp } from '../../support/test-app';

const E3 = '6fd2c87f-b296-42f0-b197-1e91e994b900';

describe('Teams: remove licenses from a chat message', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(() => t.connector.clear());

  test('welcome card on install, in the user language', async () => {
    const from = t.teamsUser('maria.nilsson@contoso.se');
    const res = await t.post(anInstallation({ serviceUrl: t.connector.url, from, locale: 'sv-SE' }));
    expect(res.status).toBe(200);
    const [card] = t.connector.cards();
    expectValidAdaptiveCard(card);
    expect(textOf(card)).toMatch(/ta bort Office 365 E3 från Karin Holm/i);
  });

  test('English: confirm card, Unassign, progress, result with consequences, then Undo', async () => {
    const from = t.teamsUser('maria.nilsson@contoso.se');
    const res = await t.post(
      aTeamsMessage({ serviceUrl: t.connector.url, from, text: 'remove E3 from Anna Lindberg and Bo' }),
    );
    expect(res.status).toBe(200);
    const sent = await t.connector.waitFor((c) => c.method === 'POST' && Boolean(c.activity.attachments));
    const confirm = sent.activity.attachments?.[0]?.content;
    expectValidAdaptiveCard(confirm);
    expect(textOf(confirm)).toContain('Unassign licenses');
    expect(textOf(confirm)).toContain('Office 365 E3');
    const unassign = executeActions(confirm).find((a) => a.verb === VERBS.confirm);
    expect(unassign).toMatchObject({ title: 'Unassign', style: 'destructive' });
    expect(Object.keys(unassign.data)).toEqual(['requestId']);

    const click = await t.post(
      anActionInvoke({
        serviceUrl: t.connector.url,
        from,
        verb: VERBS.confirm,
        data: { ...unassign.data },
        replyToId: sent.activity.id ?? '',
      }),
    );
    expect(click.status).toBe(200);
    expect(click.body.statusCode).toBe(200);
    expect(click.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expectValidAdaptiveCard(click.body.value);
    expect(textOf(click.body.value)).toMatch(/Removing/);

    const update = await t.connector.waitFor((c) => c.method === 'PUT' && /Undo/.test(JSON.stringify(c.activity)));
    expect(update.activityId).toBe(sent.activity.id);
    const result = update.activity.attachments?.[0]?.content;
    expectValidAdaptiveCard(result);
    expect(textOf(result)).toMatch(/30 days/);
    expect(t.holds('anna.lindberg@contoso.se', E3)).toBe(false);
    expect(t.holds('bo.ek@contoso.se', E3)).toBe(false);

    const undo = executeActions(result).find((a) => a.verb === VERBS.undo);
    const undoClick = await t.post(
      anActionInvoke({
        serviceUrl: t.connector.url,
        from,
        verb: VERBS.undo,
        data: undo.data,
        replyToId: sent.activity.id ?? '',
      }),
    );
    expect(undoClick.body.statusCode).toBe(200);
    await t.connector.waitFor((c) => c.method === 'PUT' && /restored/i.test(JSON.stringify(c.activity)));
    expect(t.holds('anna.lindberg@contoso.se', E3)).toBe(true);
    expect(t.holds('bo.ek@contoso.se', E3)).toBe(true);
  });

  test('Swedish: the card mirrors "Ta bort tilldelning av licenser"', async () => {
    const from = t.teamsUser('maria.nilsson@contoso.se');
    await t.post(
      aTeamsMessage({
        serviceUrl: t.connector.url,
        from,
        locale: 'sv-SE',
        text: 'ta bort E3 från Anna Lindberg och Bo',
      }),
    );
    const [card] = t.connector.cards();
    expectValidAdaptiveCard(card);
    expect(textOf(card)).toContain('Ta bort tilldelning av licenser');
    expect(textOf(card)).toContain('Ta bort tilldelning');
    expect(textOf(card)).toContain('Avbryt');
  });

  test('a confirm without replyToId still runs; the result arrives as a new message', async () => {
    const from = t.teamsUser('maria.nilsson@contoso.se');
    expect(t.holds('liam.obrien@contoso.se', 'ENTERPRISEPACK')).toBe(true);
    await t.post(aTeamsMessage({ serviceUrl: t.connector.url, from, text: 'remove E3 from Liam' }));
    const sent = await t.connector.waitFor((c) => c.method === 'POST' && Boolean(c.activity.attachments));
    const unassign = executeActions(sent.activity.attachments?.[0]?.content).find((a) => a.verb === VERBS.confirm);
    t.connector.clear();
    const click = await t.post(
      anActionInvoke({
        serviceUrl: t.connector.url,
        from,
        verb: VERBS.confirm,
        data: unassign.data,
        replyToId: undefined,
      }),
    );
    expect(textOf(click.body.value)).toMatch(/Removing/);
    const result = await t.connector.waitFor((c) => c.method === 'POST' && /Undo/.test(JSON.stringify(c.activity)));
    expect(textOf(result.activity.attachments?.[0]?.content)).toMatch(/1 removed/);
    expect(t.holds('liam.obrien@contoso.se', 'ENTERPRISEPACK')).toBe(false);
    const request = await t.app.removals.get(unassign.data.requestId);
    expect(request?.state).toBe('completed');
  });

  test('nothing removable: the reasons, and no button to press', async () => {
    const from = t.teamsUser('maria.nilsson@contoso.se');
    await t.post(aTeamsMessage({ serviceUrl: t.connector.url, from, text: 'remove Visio from Bo and Julia Engström' }));
    const [card] = t.connector.cards();
    expectValidAdaptiveCard(card);
    expect(textOf(card)).toMatch(/Bo Ek: doesn't have this license/);
    expect(textOf(card)).toMatch(/Julia Engström: assigned through the group/);
    expect(textOf(card)).toContain('There is nothing to unassign.');
    expect(executeActions(card)).toHaveLength(0);
  });

  test('a forged request id gets a clear message', async () => {
    const from = t.teamsUser('maria.nilsson@contoso.se');
    const res = await t.post(
      anActionInvoke({
        serviceUrl: t.connector.url,
        from,
        verb: VERBS.confirm,
        data: { requestId: '00000000-0000-4000-8000-000000000000' },
        replyToId: 'x',
      }),
    );
    expect(res.body.statusCode).toBe(200);
    expect(textOf(res.body.value)).toMatch(/cannot find this request/);
  });

  test('in a group chat the bot answers only when mentioned', async () => {
    const from = t.teamsUser('maria.nilsson@contoso.se');
    await t.post(
      aTeamsMessage({
        serviceUrl: t.connector.url,
        from,
        conversationType: 'groupChat',
        conversationId: 'group-1',
        text: 'remove E3 from Bo',
      }),
    );
    expect(t.connector.calls).toHaveLength(0);
    await t.post(
      aMentionOfTheBot({
        serviceUrl: t.connector.url,
        from,
        conversationType: 'groupChat',
        conversationId: 'group-1',
        text: 'remove E3 from Bo',
      }),
    );
    const [card] = t.connector.cards();
    expectValidAdaptiveCard(card);
    expect(card.refresh.userIds).toEqual([from.id]);
  });
});
