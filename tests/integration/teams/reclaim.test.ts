import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { candidateKey, INPUTS, VERBS } from '../../../cards/views';
import { loadDemoTenant } from '../../../services/tenant-simulator/demo-tenant';
import { actionFor, cardText } from '../../support/card-actions';
import { expectValidAdaptiveCard } from '../../support/card-checks';
import { anActionInvoke, anInstallation, aTeamsMessage } from '../../support/teams-activities';
import { startTestApp, type TestApp } from '../../support/test-app';

// Reclaim over the Bot Framework protocol: Activities in, cards out through the fake connector.
const AS_OF = new Date('2026-12-01T09:00:00Z');
const MARIA = 'maria.nilsson@contoso.se';
const KARIN = 'karin.holm@contoso.se';

/** The toggles of a card: input id → initial value. */
function toggles(card: unknown): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'Input.Toggle' && typeof o.id === 'string') out.set(o.id, String(o.value));
      Object.values(o).forEach(visit);
    }
  };
  visit(card);
  return out;
}

describe('Teams: reclaim with prices configured', () => {
  let t: TestApp;
  let dir: string;
  let now = AS_OF.getTime();
  const clock = { now: () => new Date(now) };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'prices-'));
    const prices = join(dir, 'prices.json');
    writeFileSync(prices, JSON.stringify({ ENTERPRISEPACK: { amount: 249, currency: 'SEK' } }));
    t = await startTestApp({ clock, env: { LICENSE_PRICES_FILE: prices } });
    for (const upn of [MARIA, KARIN])
      await t.post(anInstallation({ serviceUrl: t.connector.url, from: t.teamsUser(upn) }));
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    t.connector.clear();
    now = AS_OF.getTime();
  });

  async function ask(upn: string, text: string, locale = 'en-US') {
    const res = await t.post(aTeamsMessage({ serviceUrl: t.connector.url, from: t.teamsUser(upn), text, locale }));
    expect(res.status).toBe(200);
    const sent = await t.connector.waitFor(
      (c) => c.method === 'POST' && c.conversationId === `personal-${t.userId(upn)}` && Boolean(c.activity.attachments),
    );
    const card = sent.activity.attachments?.[0]?.content;
    expectValidAdaptiveCard(card);
    return { card, activityId: sent.activity.id ?? '' };
  }

  test('Swedish: "vilka licenser kan vi frigöra?" gives the dialog in Swedish with money per month', async () => {
    const { card } = await ask(MARIA, 'vilka licenser kan vi frigöra?', 'sv-SE');
    const text = cardText(card);
    expect(text).toContain('Licenser som kan frigöras');
    expect(text).toContain('Inaktiverade konton som har kvar licenser (2)');
    expect(text).toContain('Ingen inloggning på 90 dagar (5)');
    expect(text).toContain('Täcks av en annan licens (1)');
    expect(text).toContain('förlorar ingenting: allt finns kvar via Microsoft 365 E3');
    expect(text).toMatch(/Office 365 E3: 5 licenser, 1[\s\u00a0]245,00[\s\u00a0]kr per månad/);
    expect(actionFor(card, VERBS.confirm).title).toBe('Ta bort tilldelning');
  });

  test("a manager's reclaim goes for approval; the approver's click runs it", async () => {
    const { card } = await ask(KARIN, 'find unused licenses');
    expect(cardText(card)).toContain('Your direct reports were checked');
    expect([...toggles(card).keys()]).toHaveLength(1);
    const send = actionFor(card, VERBS.sendForApproval);
    const sent = await t.post(
      anActionInvoke({
        serviceUrl: t.connector.url,
        from: t.teamsUser(KARIN),
        verb: VERBS.sendForApproval,
        data: { ...send.data, [INPUTS.reason]: 'On leave since August' },
        replyToId: 'card-1',
      }),
    );
    expect(cardText(sent.body.value)).toMatch(/Sent for approval to Maria Nilsson/);
    const approval = await t.connector.waitFor(
      (c) => c.conversationId === `personal-${t.userId(MARIA)}` && /Approve/.test(cardText(c.activity)),
    );
    expect(cardText(approval.activity)).toContain('On leave since August');
    expect(t.holds('liam.obrien@contoso.se', 'ENTERPRISEPACK')).toBe(true);
    const approved = await t.post(
      anActionInvoke({
        serviceUrl: t.connector.url,
        from: t.teamsUser(MARIA),
        verb: VERBS.approve,
        data: { requestId: send.data.requestId as string },
        replyToId: approval.activity.id ?? '',
      }),
    );
    expect(approved.body.statusCode).toBe(200);
    await t.connector.waitFor(
      (c) => c.conversationId === `personal-${t.userId(KARIN)}` && /\d+ removed/.test(cardText(c.activity)),
    );
    expect(t.holds('liam.obrien@contoso.se', 'ENTERPRISEPACK')).toBe(false);
    // Self-service: reported, never offered, still there.
    expect(t.holds('liam.obrien@contoso.se', 'POWER_BI_PRO')).toBe(true);
  });

  test('English: Unassign with one candidate cleared removes the rest, then Undo is offered', async () => {
    const { card, activityId } = await ask(MARIA, 'find unused licenses');
    const ids = [...toggles(card).keys()];
    expect(ids.every((id) => id.startsWith('candidate:'))).toBe(true);
    expect([...toggles(card).values()].every((v) => v === 'true')).toBe(true);
    const lina = t.userId('lina.ekstrom@contoso.se');
    const e3 = loadDemoTenant().subscribedSkus.find((s) => s.skuPartNumber === 'ENTERPRISEPACK')?.skuId ?? '';
    const linaToggle = INPUTS.candidateToggle(candidateKey(lina, e3));
    expect(ids).toContain(linaToggle);
    const unassign = actionFor(card, VERBS.confirm);
    expect(unassign).toMatchObject({ title: 'Unassign', style: 'destructive' });
    const inputs = Object.fromEntries(ids.map((id) => [id, id === linaToggle ? 'false' : 'true']));
    const click = await t.post(
      anActionInvoke({
        serviceUrl: t.connector.url,
        from: t.teamsUser(MARIA),
        verb: VERBS.confirm,
        data: { ...unassign.data, ...inputs },
        replyToId: activityId,
      }),
    );
    expect(click.body.statusCode).toBe(200);
    expect(cardText(click.body.value)).toMatch(/Removing/);
    const result = await t.connector.waitFor(
      (c) => c.method === 'PUT' && c.activityId === activityId && /Undo/.test(JSON.stringify(c.activity)),
    );
    expectValidAdaptiveCard(result.activity.attachments?.[0]?.content);
    expect(t.holds('lars.gustafsson@contoso.se', 'ENTERPRISEPACK')).toBe(false);
    expect(t.holds('jessica.brown@contoso.se', 'ENTERPRISEPACK')).toBe(false);
    expect(t.holds('lina.ekstrom@contoso.se', 'ENTERPRISEPACK')).toBe(true);
  });
});

describe('Teams: reclaim without AuditLog.Read.All and without prices', () => {
  let t: TestApp;
  beforeAll(async () => {
    const tenant = loadDemoTenant();
    tenant.access = { signInActivity: 'missing-permission' };
    t = await startTestApp({ tenant, clock: { now: () => AS_OF } });
  });
  afterAll(() => t.close());

  test('says why inactive users are missing, offers the other reasons, shows seats only', async () => {
    const from = t.teamsUser(MARIA);
    await t.post(aTeamsMessage({ serviceUrl: t.connector.url, from, text: 'reclaim licenses' }));
    const sent = await t.connector.waitFor((c) => c.method === 'POST' && Boolean(c.activity.attachments));
    const card = sent.activity.attachments?.[0]?.content;
    expectValidAdaptiveCard(card);
    const text = cardText(card);
    expect(text).toContain('AuditLog.Read.All');
    expect(text).toContain('Disabled accounts still holding licenses (2)');
    expect(text).toContain('Covered by another license (1)');
    expect(text).not.toContain('No sign-in for');
    expect(text).toContain('Office 365 E3: 2 licenses');
    expect(text).toContain('LICENSE_PRICES_FILE');
    expect(text).not.toMatch(/licenses?, .*per month/);
  });
});
