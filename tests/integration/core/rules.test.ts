import { INPUTS, type View } from '../../../cards/views';
import type { TenantFile } from '../../../services/tenant-simulator/tenant-file';
import { type CoreHarness, requestIdOf, startCoreHarness } from '../../support/core-harness';

// The core's rules, without any channel: who may click what, stale clicks, self-approval, expiry,
// approvers. The Teams and Slack suites test only how turns and views are carried.
const MARIA = 'maria.nilsson@contoso.se'; // License Administrator
const JOHAN = 'johan.andersson@contoso.se';
const ERIK = 'erik.sjoberg@contoso.se';
const KARIN = 'karin.holm@contoso.se'; // a manager, no admin role
const LICENSE_ADMIN = '4d6ac14f-3453-41d0-bef9-a3e0c569773a';
const DAY = 24 * 3600 * 1000;

/** The approvers a "sent for approval" notice names. */
function approversNamed(view: View | undefined): unknown {
  return view?.kind === 'notice' ? view.params?.approvers : undefined;
}

/** A second License Administrator (Johan), so there are two approvers. */
function twoApprovers(tenant: TenantFile): void {
  const johan = tenant.users.find((u) => u.userPrincipalName === JOHAN);
  const role = tenant.directoryRoles.find((r) => r.roleTemplateId === LICENSE_ADMIN);
  if (!johan || !role) throw new Error('demo tenant changed');
  role.members.push(johan.id);
}

describe('core: a removal, click by click', () => {
  let h: CoreHarness;
  beforeEach(async () => {
    h = await startCoreHarness();
  });
  afterEach(() => h.close());

  test('say → confirm-removal → click confirm → result; the license is gone', async () => {
    expect(h.lic.holds('anna.lindberg@contoso.se', 'ENTERPRISEPACK')).toBe(true);
    await h
      .chat(MARIA)
      .say('ta bort E3 från Anna Lindberg')
      .expectView('confirm-removal')
      .click('confirm')
      .expectView('result', (v) => expect(v).toMatchObject({ locale: 'sv' }));
    expect(h.lic.holds('anna.lindberg@contoso.se', 'ENTERPRISEPACK')).toBe(false);
  });

  test("a second click, and someone else's click, change nothing", async () => {
    const chat = h.chat(MARIA).say('remove E3 from Johanna Lund').expectView('confirm-removal');
    const requestId = requestIdOf(await chat);
    await chat.as(ERIK).click('cancel').expectNotice('not-your-request');
    await chat.as(MARIA).click('cancel', {}, requestId).expectNotice('cancelled');
    await chat.click('confirm', {}, requestId).expectNotice('already-handled');
  });

  test('every late click after completion is "already handled", never an error', async () => {
    const chat = h.chat(MARIA).say('remove E3 from Bo').click('confirm').expectView('result');
    const requestId = requestIdOf(await chat);
    for (const verb of ['confirm', 'confirm', 'cancel', 'sendForApproval', 'approve', 'reject'] as const) {
      await chat.click(verb, {}, requestId).expectNotice('already-handled');
    }
  });

  test('verbs named like Object.prototype members are an unknown action, not a fault', async () => {
    const chat = h.chat(MARIA).say('remove E3 from Bo').expectView('confirm-removal');
    const requestId = requestIdOf(await chat) ?? '';
    for (const verb of ['constructor', 'toString', 'valueOf', '__defineGetter__', 'hasOwnProperty', '__proto__']) {
      await chat.clickRaw(verb, requestId).expectNotice('unknown-action');
    }
    // Nothing ran: the request still waits for its confirmation.
    expect((await h.lic.removals.get(requestId))?.state).toBe('awaiting-confirmation');
    expect(h.lic.holds('bo.ek@contoso.se', 'ENTERPRISEPACK')).toBe(true);
  });
});

describe('core: a manager asks, approvers decide', () => {
  let h: CoreHarness;
  beforeEach(async () => {
    h = await startCoreHarness({ mutate: twoApprovers });
  });
  afterEach(() => h.close());

  /** Karin asks to remove E3 from one of her reports and sends it for approval; resolves the request id. */
  async function requestApproval(report: string): Promise<string> {
    const chat = h.chat(KARIN).say(`remove E3 from ${report}`).expectView('confirm-removal');
    const requestId = requestIdOf(await chat) ?? '';
    await chat.click('sendForApproval', { [INPUTS.reason]: 'Moved to a Kiosk role' }).expectNotice('sent-for-approval');
    expect(approversNamed(chat.last)).toEqual(expect.arrayContaining(['Maria Nilsson', 'Johan Andersson']));
    return requestId;
  }

  test('nobody approves their own request, and authority is checked at decision time', async () => {
    const requestId = await requestApproval('Sara Lind');
    const roles = h.lic.sim.state.directoryRoles;
    // Karin becomes a License Administrator after sending: still not her own approver.
    const karinId = h.lic.userId(KARIN);
    const licenseAdmins = roles.find((r) => r.roleTemplateId === LICENSE_ADMIN);
    licenseAdmins?.members.push(karinId);
    try {
      await h.chat(KARIN).click('approve', {}, requestId).expectNotice('self-approval');
    } finally {
      licenseAdmins?.members.splice(licenseAdmins.members.indexOf(karinId), 1);
    }
    // Johan loses his admin roles before clicking: refused, whatever he was when the request was sent.
    const johanId = h.lic.userId(JOHAN);
    const rolesOfJohan = roles.filter((r) => r.members.includes(johanId));
    expect(rolesOfJohan.length).toBeGreaterThan(0);
    for (const r of rolesOfJohan) r.members.splice(r.members.indexOf(johanId), 1);
    try {
      await h.chat(JOHAN).click('approve', {}, requestId).expectNotice('not-an-approver');
    } finally {
      for (const r of rolesOfJohan) r.members.push(johanId);
    }
    // Still pending. Only the requester cancels.
    await h.chat(MARIA).click('cancel', {}, requestId).expectNotice('not-your-request');
    await h.chat(KARIN).click('cancel', {}, requestId).expectNotice('cancelled');
    // The approvers' cards were updated to say it was withdrawn.
    expect(h.deliveries.filter((d) => d.kind === 'update').map((d) => d.view)).toContainEqual(
      expect.objectContaining({ kind: 'approval', status: 'cancelled' }),
    );
    await h.chat(MARIA).click('approve', {}, requestId).expectNotice('already-handled');
    expect(h.lic.holds('sara.lind@contoso.se', 'SPE_E3')).toBe(true);
  });

  test('a request not decided in time expires, and the requester is told', async () => {
    const requestId = await requestApproval('Emma Johansson');
    h.lic.clock.advance(8 * DAY);
    await h.chat(MARIA).click('approve', {}, requestId).expectNotice('expired');
    expect(h.deliveries).toContainEqual(
      expect.objectContaining({
        kind: 'send',
        userId: h.lic.userId(KARIN),
        view: expect.objectContaining({ code: 'expired' }),
      }),
    );
    expect(h.lic.holds('emma.johansson@contoso.se', 'ENTERPRISEPACK')).toBe(true);
  });
});

describe('core: APPROVER_GROUP_ID', () => {
  const GROUP = '0a5e7c1d-9b1f-4d55-8c0e-6a1c3f6f2b10';
  let h: CoreHarness;
  beforeEach(async () => {
    h = await startCoreHarness({
      approverGroupId: GROUP,
      mutate: (tenant) => {
        const erik = tenant.users.find((u) => u.userPrincipalName === ERIK);
        if (!erik) throw new Error('demo tenant changed');
        tenant.groups.push({
          id: GROUP,
          displayName: 'License approvers',
          mail: 'license-approvers@contoso.se',
          description: 'Approves managers’ license removals.',
          assignedLicenses: [],
          members: [erik.id],
        });
      },
    });
  });
  afterEach(() => h.close());

  test("an admin outside the group cannot decide; the group's admin can", async () => {
    const chat = h.chat(KARIN).say('remove E3 from Emma Johansson').expectView('confirm-removal');
    const requestId = requestIdOf(await chat) ?? '';
    await chat.click('sendForApproval').expectNotice('sent-for-approval');
    expect(approversNamed(chat.last)).toEqual(['Erik Sjöberg']);
    // Maria is a License Administrator, but not one of this request's approvers.
    await h.chat(MARIA).click('approve', {}, requestId).expectNotice('not-an-approver');
    await h.chat(MARIA).click('reject', {}, requestId).expectNotice('not-an-approver');
    expect(h.lic.holds('emma.johansson@contoso.se', 'ENTERPRISEPACK')).toBe(true);
    await h.chat(ERIK).click('approve', {}, requestId).expectView('result');
    expect(h.lic.holds('emma.johansson@contoso.se', 'ENTERPRISEPACK')).toBe(false);
  });
});
