import { VERBS } from '../../../cards/views';
import { actionFor, cardText } from '../../support/card-actions';
import { expectValidAdaptiveCard } from '../../support/card-checks';
import { anActionInvoke, anInstallation, aTeamsMessage } from '../../support/teams-activities';
import { startTestApp, type TestApp } from '../../support/test-app';

const E3 = '6fd2c87f-b296-42f0-b197-1e91e994b900';

// Issue 15, defect 8: after "Send for approval" the manager's card lost its Cancel button.
describe('Teams: the manager keeps Cancel after sending for approval', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    for (const upn of ['maria.nilsson@contoso.se', 'karin.holm@contoso.se'])
      await t.post(anInstallation({ serviceUrl: t.connector.url, from: t.teamsUser(upn) }));
  });
  afterAll(() => t.close());

  it('offers Cancel on the sent card; using it withdraws the request and updates the approver’s card', async () => {
    const karin = t.teamsUser('karin.holm@contoso.se');
    await t.post(aTeamsMessage({ serviceUrl: t.connector.url, from: karin, text: 'remove E3 from Bo' }));
    const confirm = (await t.connector.waitFor((c) => cardText(c.activity).includes(VERBS.sendForApproval))).activity
      .attachments?.[0]?.content;
    const send = actionFor(confirm, VERBS.sendForApproval);
    const sent = await t.post(
      anActionInvoke({
        serviceUrl: t.connector.url,
        from: karin,
        verb: VERBS.sendForApproval,
        data: send.data,
        replyToId: 'card-1',
      }),
    );
    expectValidAdaptiveCard(sent.body.value);
    expect(cardText(sent.body.value)).toMatch(/Sent for approval/);
    const cancel = actionFor(sent.body.value, VERBS.cancel);
    expect(cancel.title).toBe('Cancel');
    expect(cancel.data.requestId).toBe(send.data.requestId);
    const approverCard = await t.connector.waitFor((c) => c.method === 'POST' && /Approve/.test(cardText(c.activity)));

    const cancelled = await t.post(
      anActionInvoke({
        serviceUrl: t.connector.url,
        from: karin,
        verb: VERBS.cancel,
        data: cancel.data,
        replyToId: 'card-1',
      }),
    );
    expect(cardText(cancelled.body.value)).toMatch(/Cancelled/);
    const update = await t.connector.waitFor((c) => c.method === 'PUT' && c.activityId === approverCard.activity.id);
    expect(cardText(update.activity)).toMatch(/cancelled the request/);
    expect(cardText(update.activity)).not.toContain(VERBS.approve);
    expect(t.holds('bo.ek@contoso.se', E3)).toBe(true);
  });
});
