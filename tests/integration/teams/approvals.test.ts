import { VERBS } from '../../../cards/views';
import { loadDemoTenant } from '../../../services/tenant-simulator/demo-tenant';
import type { TenantFile } from '../../../services/tenant-simulator/tenant-file';
import { actionFor, cardText } from '../../support/card-actions';
import { expectValidAdaptiveCard } from '../../support/card-checks';
import type { ConnectorCall } from '../../support/fake-connector';
import { anActionInvoke, anInstallation, aTeamsMessage } from '../../support/teams-activities';
import { startTestApp, type TestApp } from '../../support/test-app';

const E3 = '6fd2c87f-b296-42f0-b197-1e91e994b900';
const LICENSE_ADMIN = '4d6ac14f-3453-41d0-bef9-a3e0c569773a';

/** The demo tenant with a second License Administrator, so there are two approvers. */
function tenantWithTwoApprovers(): TenantFile {
  const tenant = loadDemoTenant();
  const johan = tenant.users.find((u) => u.userPrincipalName === 'johan.andersson@contoso.se');
  const role = tenant.directoryRoles.find((r) => r.roleTemplateId === LICENSE_ADMIN);
  if (!johan || !role) throw new Error('demo tenant changed');
  role.members.push(johan.id);
  return tenant;
}

describe('Teams: a manager asks, approvers decide', () => {
  let t: TestApp;
  let now = Date.now();
  const clock = { now: () => new Date(now) };

  beforeAll(async () => {
    t = await startTestApp({ tenant: tenantWithTwoApprovers(), clock });
    // Approvers and the manager have the app installed (personal chats are how they are reached).
    for (const upn of ['maria.nilsson@contoso.se', 'johan.andersson@contoso.se', 'karin.holm@contoso.se']) {
      await t.post(anInstallation({ serviceUrl: t.connector.url, from: t.teamsUser(upn) }));
    }
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(() => {
    t.connector.clear();
    now = Date.now();
  });

  const karin = () => t.teamsUser('karin.holm@contoso.se');
  const conversationOf = (upn: string) => `personal-${t.userId(upn)}`;
  const holdsE3 = (upn: string) => t.holds(upn, E3);

  /** Karin asks to remove E3 from one of her reports and sends it for approval; returns the approvers' cards. */
  async function requestApproval(
    report: string,
    reason = 'Moved to a Kiosk role',
  ): Promise<{ requestId: string; cards: Map<string, ConnectorCall> }> {
    await t.post(aTeamsMessage({ serviceUrl: t.connector.url, from: karin(), text: `remove E3 from ${report}` }));
    const confirm = (
      await t.connector.waitFor(
        (c) =>
          c.conversationId === conversationOf('karin.holm@contoso.se') &&
          cardText(c.activity).includes(VERBS.sendForApproval) &&
          cardText(c.activity).includes(report),
      )
    ).activity.attachments?.[0]?.content;
    expectValidAdaptiveCard(confirm);
    const send = actionFor(confirm, VERBS.sendForApproval);
    expect(send.title).toBe('Send for approval');
    const sent = await t.post(
      anActionInvoke({
        serviceUrl: t.connector.url,
        from: karin(),
        verb: VERBS.sendForApproval,
        data: { ...send.data, reason },
        replyToId: 'card-1',
      }),
    );
    expect(cardText(sent.body.value)).toMatch(/Sent for approval to .*(Maria Nilsson|Johan Andersson)/);
    const cards = new Map<string, ConnectorCall>();
    for (const upn of ['maria.nilsson@contoso.se', 'johan.andersson@contoso.se']) {
      const call = await t.connector.waitFor(
        (c) => c.method === 'POST' && c.conversationId === conversationOf(upn) && /Approve/.test(cardText(c.activity)),
      );
      expectValidAdaptiveCard(call.activity.attachments?.[0]?.content);
      expect(cardText(call.activity)).toContain(reason);
      cards.set(upn, call);
    }
    return { requestId: send.data.requestId as string, cards };
  }

  function click(upn: string, verb: string, requestId: string, extra: Record<string, string> = {}) {
    return t.post(
      anActionInvoke({
        serviceUrl: t.connector.url,
        from: t.teamsUser(upn),
        verb,
        data: { requestId, ...extra },
        replyToId: 'approval-card',
      }),
    );
  }

  test('request → approve → executed; the other approver and the requester see the outcome', async () => {
    expect(holdsE3('bo.ek@contoso.se')).toBe(true);
    const { requestId, cards } = await requestApproval('Bo');
    const approve = await click('maria.nilsson@contoso.se', VERBS.approve, requestId);
    expect(approve.body.statusCode).toBe(200);
    // Johan's card is replaced in place: no buttons, who decided.
    const johansCard = cards.get('johan.andersson@contoso.se');
    const update = await t.connector.waitFor(
      (c) =>
        c.method === 'PUT' && c.activityId === johansCard?.activity.id && /Maria Nilsson/.test(cardText(c.activity)),
    );
    expect(cardText(update.activity)).not.toContain(VERBS.approve);
    // Karin hears the result with the consequences.
    const result = await t.connector.waitFor(
      (c) =>
        c.method === 'POST' &&
        c.conversationId === conversationOf('karin.holm@contoso.se') &&
        /\d+ removed/.test(cardText(c.activity)),
    );
    expectValidAdaptiveCard(result.activity.attachments?.[0]?.content);
    expect(holdsE3('bo.ek@contoso.se')).toBe(false);
  });

  test('reject with a comment: the requester is told, nothing changes', async () => {
    const { requestId } = await requestApproval('Emma Johansson');
    const res = await click('johan.andersson@contoso.se', VERBS.reject, requestId, {
      comment: 'She still needs Exchange',
    });
    expect(cardText(res.body.value)).toMatch(/Rejected by Johan Andersson/);
    const told = await t.connector.waitFor(
      (c) =>
        c.conversationId === conversationOf('karin.holm@contoso.se') &&
        /She still needs Exchange/.test(cardText(c.activity)),
    );
    expect(cardText(told.activity)).toMatch(/Rejected/);
    expect(holdsE3('emma.johansson@contoso.se')).toBe(true);
  });

  test('two approvers clicking at once: exactly one wins, the license is removed once', async () => {
    for (let round = 0; round < 5; round++) {
      const report = round % 2 === 0 ? 'Ahmed Hassan' : "Liam O'Brien";
      const user = t.tenant.users.find((u) => u.displayName === report);
      const sim = t.app.simulator;
      if (!user || !sim) throw new Error('setup');
      // Give the license back between rounds so each round has something to remove.
      if (!holdsE3(user.userPrincipalName)) {
        const state = sim.state.users.find((u) => u.id === user.id);
        state?.assignedLicenses.push({ skuId: E3, disabledPlans: [] });
        state?.licenseAssignmentStates.push({
          skuId: E3,
          assignedByGroup: null,
          state: 'Active',
          error: 'None',
          disabledPlans: [],
          lastUpdatedDateTime: new Date().toISOString(),
        });
      }
      const { requestId } = await requestApproval(report);
      const before = sim.stats().assignLicenseCalls;
      const [a, b] = await Promise.all([
        click('maria.nilsson@contoso.se', VERBS.approve, requestId),
        click('johan.andersson@contoso.se', VERBS.approve, requestId),
      ]);
      const texts = [cardText(a.body.value), cardText(b.body.value)];
      const winners = texts.filter((x) => /Removing/.test(x));
      expect(winners).toHaveLength(1);
      expect(texts.find((x) => !/Removing/.test(x))).toMatch(/already|Approved by/i);
      await t.connector.waitFor(
        (c) =>
          c.conversationId === conversationOf('karin.holm@contoso.se') &&
          /\d+ removed/.test(cardText(c.activity)) &&
          cardText(c.activity).includes(requestId),
      );
      expect(sim.stats().assignLicenseCalls - before).toBe(1);
      expect(holdsE3(user.userPrincipalName)).toBe(false);
      t.connector.clear();
    }
  });

  test('a request for someone who is not a direct report is refused', async () => {
    await t.post(aTeamsMessage({ serviceUrl: t.connector.url, from: karin(), text: 'remove E3 from Anna Lindberg' }));
    const card = (await t.connector.waitFor((c) => c.method === 'POST' && /Anna Lindberg/.test(cardText(c.activity))))
      .activity;
    expect(cardText(card)).toMatch(/direct report/i);
  });

  test('Swedish manager: "Skicka för godkännande"', async () => {
    await t.post(
      aTeamsMessage({
        serviceUrl: t.connector.url,
        from: karin(),
        locale: 'sv-SE',
        text: 'ta bort E3 från Emma Johansson',
      }),
    );
    const card = (
      await t.connector.waitFor((c) => c.method === 'POST' && cardText(c.activity).includes(VERBS.sendForApproval))
    ).activity.attachments?.[0]?.content;
    expect(actionFor(card, VERBS.sendForApproval).title).toBe('Skicka för godkännande');
  });
});
