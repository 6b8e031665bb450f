import { INPUTS, VERBS } from '../../../cards/views';
import { loadDemoTenant } from '../../../services/tenant-simulator/demo-tenant';
import { actionFor, cardText, executeActions } from '../../support/card-actions';
import { expectValidAdaptiveCard } from '../../support/card-checks';
import { addUsersHolding } from '../../support/licensing-harness';
import { anActionInvoke, aTeamsMessage } from '../../support/teams-activities';
import { startTestApp, type TestApp } from '../../support/test-app';

const PROJECT = 'PROJECTPROFESSIONAL';

/** The admin center's three dialogs, clarifications and batches, driven over HTTP. */
describe('Teams: dialogs, clarifications and batches', () => {
  let t: TestApp;
  const tenant = loadDemoTenant();
  const bulk = addUsersHolding(tenant, PROJECT, 30);

  beforeAll(async () => {
    t = await startTestApp({ tenant });
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(() => t.connector.clear());

  const maria = () => t.teamsUser('maria.nilsson@contoso.se');
  const skuId = (part: string) => t.tenant.subscribedSkus.find((s) => s.skuPartNumber === part)?.skuId ?? '';
  const holds = (upn: string, part: string) => t.holds(upn, part);

  async function say(text: string, locale = 'en-US'): Promise<{ card: any; id: string }> {
    await t.post(aTeamsMessage({ serviceUrl: t.connector.url, from: maria(), text, locale }));
    const call = await t.connector.waitFor((c) => c.method === 'POST' && Boolean(c.activity.attachments));
    const card = call.activity.attachments?.[0]?.content;
    expectValidAdaptiveCard(card);
    return { card, id: call.activity.id ?? '' };
  }

  async function click(card: any, verb: string, inputs: Record<string, string> = {}, replyToId = 'card'): Promise<any> {
    const action = actionFor(card, verb);
    const res = await t.post(
      anActionInvoke({
        serviceUrl: t.connector.url,
        from: maria(),
        verb,
        data: { ...action.data, ...inputs },
        replyToId,
      }),
    );
    expect(res.body.statusCode).toBe(200);
    expectValidAdaptiveCard(res.body.value);
    return res.body.value;
  }

  async function finalCard(replyToId: string): Promise<any> {
    const call = await t.connector.waitFor(
      (c) =>
        c.method === 'PUT' && c.activityId === replyToId && /\d+ (removed|skipped|failed)/.test(cardText(c.activity)),
    );
    return call.activity.attachments?.[0]?.content;
  }

  test('Licenses page: a user can be deselected before "Unassign"', async () => {
    const { card, id } = await say('remove Project Plan 3 from David Miller, Nora Ahmadi and Tobias Strand');
    expect(cardText(card)).toContain('Unassign licenses');
    const tobias = t.userId('tobias.strand@contoso.se');
    await click(card, VERBS.confirm, { [INPUTS.userToggle(tobias)]: 'false' }, id);
    const result = await finalCard(id);
    expect(cardText(result)).toMatch(/Tobias Strand/);
    expect(holds('david.miller@contoso.se', PROJECT)).toBe(false);
    expect(holds('nora.ahmadi@contoso.se', PROJECT)).toBe(false);
    expect(holds('tobias.strand@contoso.se', PROJECT)).toBe(true);
  });

  test('Licenses and apps (one user): the asked license unchecked, "Save changes"', async () => {
    const { card, id } = await say('ta bort Visio från Alexander Holmberg', 'sv-SE');
    expect(cardText(card)).toContain('Licenser och appar');
    expect(actionFor(card, VERBS.confirm).title).toBe('Spara ändringar');
    const visio = skuId('VISIOCLIENT');
    const toggle = JSON.stringify(card).includes(INPUTS.skuToggle(visio));
    expect(toggle).toBe(true);
    await click(
      card,
      VERBS.confirm,
      { [INPUTS.skuToggle(visio)]: 'false', [INPUTS.skuToggle(skuId('SPE_E3'))]: 'true' },
      id,
    );
    const result = await t.connector.waitFor(
      (c) =>
        c.method === 'PUT' &&
        c.activityId === id &&
        /Licenser/.test(cardText(c.activity)) &&
        !/Tar bort…/.test(cardText(c.activity)),
    );
    // Alexander also gets Visio through a group: the direct assignment goes, the license stays.
    expect(cardText(result.activity)).toMatch(/grupp/i);
    expect(holds('alexander.holmberg@contoso.se', 'SPE_E3')).toBe(true);
  });

  test('Licenses and apps: clearing a license that was not asked for shows its consequences first', async () => {
    // Anna Lindberg has Office 365 E3 and Power BI Pro; only E3 was asked for.
    const e3 = skuId('ENTERPRISEPACK');
    const { card: anna } = await say('remove E3 from Anna Lindberg');
    expect(JSON.stringify(anna)).toContain(INPUTS.skuToggle(e3));
    const pbi = skuId('POWER_BI_PRO');
    const updated = await click(anna, VERBS.confirm, {
      [INPUTS.skuToggle(e3)]: 'false',
      [INPUTS.skuToggle(pbi)]: 'false',
    });
    expect(cardText(updated)).toContain('Power BI Pro');
    expect(cardText(updated)).toContain('Save changes');
    expect(holds('anna.lindberg@contoso.se', 'POWER_BI_PRO')).toBe(true);
    expect(holds('anna.lindberg@contoso.se', 'ENTERPRISEPACK')).toBe(true);
  });

  test('Manage product licenses (several users, all licenses): "Unassign all", "Save changes", "Done"', async () => {
    const { card, id } = await say('remove all licenses from Gustav Berglund and Ida Hedlund');
    expect(cardText(card)).toContain('Manage product licenses');
    expect(cardText(card)).toContain('Unassign all');
    await click(card, VERBS.confirm, { [INPUTS.unassignAll]: 'true' }, id);
    const result = await finalCard(id);
    expect(executeActions(result).map((a) => a.verb)).toEqual(expect.arrayContaining([VERBS.undo, VERBS.done]));
    expect(holds('gustav.berglund@contoso.se', 'SPE_E3')).toBe(false);
    expect(holds('ida.hedlund@contoso.se', 'SPE_E3')).toBe(false);
  });

  test('an ambiguous name asks which one, and the choice continues the same request', async () => {
    const { card } = await say('remove E3 from Anna');
    expect(cardText(card)).toMatch(/Anna Berg.*Anna Lindberg|Anna Lindberg.*Anna Berg/);
    expect(cardText(card)).toMatch(/anna\.lindberg@contoso\.se/);
    const next = await click(card, VERBS.choosePerson, { [INPUTS.choice]: t.userId('anna.lindberg@contoso.se') });
    expect(cardText(next)).toContain('Licenses and apps');
    expect(cardText(next)).toContain('Anna Lindberg');
    // A choice that was not offered is not acted on.
    const { card: again } = await say('remove E3 from Anna');
    const forged = await click(again, VERBS.choosePerson, { [INPUTS.choice]: t.userId('bo.ek@contoso.se') });
    expect(cardText(forged)).not.toContain('Bo Ek');
  });

  test('"E3" when Anna holds Office 365 E3 and Maria Microsoft 365 E3: asks which product, with seats', async () => {
    const { card } = await say('remove E3 from Anna Lindberg and Sara Lind');
    expect(cardText(card)).toMatch(/Office 365 E3/);
    expect(cardText(card)).toMatch(/Microsoft 365 E3/);
    expect(cardText(card)).toMatch(/of \d+/);
    const next = await click(card, VERBS.chooseProduct, { [INPUTS.choice]: skuId('ENTERPRISEPACK') });
    expect(cardText(next)).toContain('Office 365 E3');
    expect(executeActions(next).map((a) => a.verb)).toContain(VERBS.confirm);
  });

  test('30 users: two batches (20 + 10), each confirmed', async () => {
    const names = bulk.map((u) => u.displayName).join(', ');
    const { card, id } = await say(`remove Project Plan 3 from ${names}`);
    expect(cardText(card)).toMatch(/[Bb]atch 1 of 2/);
    expect(JSON.stringify(card).length).toBeLessThan(80_000);
    await click(card, VERBS.confirm, {}, id);
    const first = await finalCard(id);
    const next = actionFor(first, VERBS.nextBatch);
    const second = await click(first, VERBS.nextBatch);
    expect(cardText(second)).toMatch(/[Bb]atch 2 of 2/);
    expect(next.data.requestId).not.toBe(actionFor(first, VERBS.undo).data.requestId);
    await click(second, VERBS.confirm, {}, 'second');
    await finalCard('second');
    expect(bulk.every((u) => !holds(u.userPrincipalName, PROJECT))).toBe(true);
  });
});

describe('Teams: authentication on', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      env: {
        MicrosoftAppId: '11111111-2222-4333-8444-555555555555',
        MicrosoftAppPassword: 'not-a-real-secret',
        MicrosoftAppType: 'MultiTenant',
      },
    });
  });
  afterAll(async () => {
    await t.close();
  });

  test('an unsigned request is 401 and reaches no handler', async () => {
    const res = await t.post(
      aTeamsMessage({
        serviceUrl: t.connector.url,
        from: t.teamsUser('maria.nilsson@contoso.se'),
        text: 'remove E3 from Bo',
      }),
    );
    expect(res.status).toBe(401);
    expect(t.connector.calls).toHaveLength(0);
  });

  test('a forged bearer token is 401', async () => {
    const res = await t.post(
      aTeamsMessage({ serviceUrl: t.connector.url, from: t.teamsUser('maria.nilsson@contoso.se'), text: 'help' }),
      { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJhdWQiOiJ4In0.' },
    );
    expect(res.status).toBe(401);
  });

  test('a body that is not an activity is 400', async () => {
    const res = await t.post({ hello: 'world' });
    expect(res.status).toBe(400);
  });
});
