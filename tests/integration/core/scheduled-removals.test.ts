import { createCore } from '../../../bot/core/core';
import { createLogger } from '../../../bot/logger';
import { type ScheduledView, type View } from '../../../cards/views';
import { Removals } from '../../../services/licensing/removals';
import { leaseNames, SCHEDULE_LEASE_MS } from '../../../services/licensing/work-leases';
import type { CoordinationDocument } from '../../../services/store/coordination-document';
import { MemoryDocumentStore } from '../../../services/store/memory-document-store';
import { StoreLeases } from '../../../services/store/store-leases';
import { loadDemoTenant } from '../../../services/tenant-simulator/demo-tenant';
import { testClock, type TestClock } from '../../support/licensing-harness';
import { type CoreHarness, startCoreHarness } from '../../support/core-harness';

// Scheduled removals through the core with a test clock: schedule, list, cancel, the scheduler's
// sweep (re-plan, run, result to the requester), missed runs, and two instances racing.
const MARIA = 'maria.nilsson@contoso.se'; // License Administrator
const KARIN = 'karin.holm@contoso.se'; // manager of Bo Ek, Emma Johansson …
// Tuesday 1 December 2026, 10:00 in Stockholm; "Friday" is 4 December, 17:00 there = 16:00 UTC.
const TUESDAY = new Date('2026-12-01T09:00:00Z');
const FRIDAY_EVENING = new Date('2026-12-04T16:00:30Z');

function scheduledOf(view: View | undefined): ScheduledView {
  if (view?.kind !== 'scheduled') throw new Error(`expected a scheduled view, got ${view?.kind}`);
  return view;
}

describe('core: scheduled removals', () => {
  let h: CoreHarness;
  let clock: TestClock;
  beforeEach(async () => {
    clock = testClock(TUESDAY);
    h = await startCoreHarness({ clock, timeZone: 'Europe/Stockholm' });
  });
  afterEach(() => h.close());

  test('"ta bort Visio från David Miller på fredag": exact time, scheduled, run by the sweep, result sent', async () => {
    const chat = h.chat(MARIA).say('ta bort Visio från David Miller på fredag');
    await chat.expectView('confirm-removal', (v) =>
      expect(v).toMatchObject({ scheduledFor: { at: '2026-12-04T16:00:00.000Z', timeZone: 'Europe/Stockholm' } }),
    );
    const scheduled = scheduledOf(await chat.click('confirm'));
    expect(scheduled.intro).toBe('just-scheduled');
    expect(h.lic.holdsDirectly('david.miller@contoso.se', 'VISIOCLIENT')).toBe(true);

    const list = scheduledOf(await h.chat(MARIA).say('vilka borttagningar är schemalagda?'));
    expect(list.items).toEqual([expect.objectContaining({ people: ['David Miller'], canCancel: true })]);

    // Not due yet: the sweep leaves it.
    expect(await h.core.runDueSchedules()).toBe(0);
    clock.set(FRIDAY_EVENING);
    expect(await h.core.runDueSchedules()).toBe(1);
    expect(h.lic.holdsDirectly('david.miller@contoso.se', 'VISIOCLIENT')).toBe(false);
    const told = h.deliveries.filter((d) => d.userId === h.lic.userId(MARIA) && d.view.kind === 'result');
    expect(told).toHaveLength(1);
    expect(told[0]?.view).toMatchObject({ state: 'completed' });
    // Done once: the next sweep finds nothing, the list is empty.
    expect(await h.core.runDueSchedules()).toBe(0);
    expect(scheduledOf(await h.chat(MARIA).say('which removals are scheduled?')).items).toEqual([]);
  });

  test('at the due time it is planned again: a license removed by hand meanwhile is skipped', async () => {
    await h.chat(MARIA).say('remove E3 from Bo and Emma Johansson on Friday').click('confirm');
    const emma = h.lic.sim.state.users.find((u) => u.userPrincipalName === 'emma.johansson@contoso.se');
    const e3 = h.lic.skuId('ENTERPRISEPACK');
    if (!emma) throw new Error('demo tenant changed');
    emma.licenseAssignmentStates = emma.licenseAssignmentStates.filter((s) => s.skuId !== e3);
    emma.assignedLicenses = emma.assignedLicenses.filter((l) => l.skuId !== e3);
    clock.set(FRIDAY_EVENING);
    expect(await h.core.runDueSchedules()).toBe(1);
    const result = h.deliveries.find((d) => d.view.kind === 'result')?.view;
    expect(result?.kind === 'result' ? result.outcomes.map((o) => [o.userId, o.status]) : []).toEqual(
      expect.arrayContaining([
        [h.lic.userId('bo.ek@contoso.se'), 'removed'],
        [emma.id, 'skipped'],
      ]),
    );
    expect(h.lic.holds('bo.ek@contoso.se', 'ENTERPRISEPACK')).toBe(false);
  });

  test('"cancel the removal for Bo": cancelled, nothing runs at the due time', async () => {
    await h.chat(MARIA).say('ta bort E3 från Bo den 31 december kl 17').click('confirm');
    const cancelled = scheduledOf(await h.chat(MARIA).say('cancel the removal for Bo'));
    expect(cancelled.intro).toBe('cancelled');
    expect(cancelled.items[0]?.at).toBe('2026-12-31T16:00:00.000Z');
    clock.set(new Date('2027-01-01T00:00:00Z'));
    expect(await h.core.runDueSchedules()).toBe(0);
    expect(h.lic.holds('bo.ek@contoso.se', 'ENTERPRISEPACK')).toBe(true);
    expect(scheduledOf(await h.chat(MARIA).say('avbryt borttagningen för Bo')).intro).toBe('none-found');
  });

  test('a missed one runs at the first sweep after its time (start-up)', async () => {
    await h.chat(MARIA).say('remove Visio from David Miller tomorrow at 9').click('confirm');
    // The bot was down all Wednesday: the first sweep after start runs it.
    clock.set(new Date('2026-12-03T12:00:00Z'));
    expect(await h.core.runDueSchedules()).toBe(1);
    expect(h.lic.holdsDirectly('david.miller@contoso.se', 'VISIOCLIENT')).toBe(false);
  });

  test('a date that has passed is refused with what to do instead', async () => {
    const view = scheduledOf(await h.chat(MARIA).say('remove E3 from Bo on 2026-11-30'));
    expect(view).toMatchObject({ intro: 'date-in-past', person: '2026-11-30' });
  });

  test("a manager's scheduled removal is approved beforehand, then runs at its time", async () => {
    await h.chat(KARIN).say('remove E3 from Bo on Friday').click('sendForApproval').expectNotice('sent-for-approval');
    const approval = h.deliveries.find((d) => d.view.kind === 'approval')?.view;
    expect(approval).toMatchObject({ scheduledFor: { at: '2026-12-04T16:00:00.000Z' } });
    const requestId = approval?.kind === 'approval' ? approval.requestId : '';
    await h.chat(MARIA).click('approve', {}, requestId).expectView('approval');
    expect(h.lic.holds('bo.ek@contoso.se', 'ENTERPRISEPACK')).toBe(true);
    expect(h.deliveries.some((d) => d.userId === h.lic.userId(KARIN) && d.view.kind === 'scheduled')).toBe(true);
    clock.set(FRIDAY_EVENING);
    expect(await h.core.runDueSchedules()).toBe(1);
    expect(h.lic.holds('bo.ek@contoso.se', 'ENTERPRISEPACK')).toBe(false);
    const results = h.deliveries.filter((d) => d.view.kind === 'result').map((d) => d.userId);
    expect(results.sort()).toEqual([h.lic.userId(KARIN), h.lic.userId(MARIA)].sort());
  });
});

describe('core: two instances on one Cosmos store race for a due removal', () => {
  // Each instance's leases on one coordination container, as two bots on one Cosmos account have.
  const coordination = new MemoryDocumentStore<CoordinationDocument>();
  const tenantId = loadDemoTenant().organization.id;
  const leasesOf = (owner: string, clock: TestClock) =>
    new StoreLeases({ store: coordination, tenantId, owner, now: () => clock.now().getTime() });

  test('exactly one runs it; Graph sees one assignLicense per user', async () => {
    const clock = testClock(TUESDAY);
    const h = await startCoreHarness({
      clock,
      store: 'cosmos',
      timeZone: 'Europe/Stockholm',
      leases: leasesOf('instance-a', clock),
    });
    try {
      const second = createCore({
        graph: h.lic.graph,
        messageGraph: h.lic.graph,
        // Its own Removals and leases, on the same containers: the leases and the store's ETags decide.
        removals: new Removals(h.lic.graph, h.lic.repo, h.lic.tenantId, leasesOf('instance-b', clock)),
        notifier: { sendToUser: () => Promise.resolve(undefined), update: () => Promise.resolve() },
        approvals: { expiryDays: 7, approverGroupId: undefined },
        logger: createLogger('silent'),
        defaultLocale: 'en',
        timeZone: 'Europe/Stockholm',
      });
      for (const who of ['Bo', 'Emma Johansson', 'Karin Holm']) {
        await h.chat(MARIA).say(`remove E3 from ${who} on Friday`).click('confirm');
      }
      clock.set(FRIDAY_EVENING);
      const before = h.lic.sim.stats().assignLicenseCalls;
      const [a, b] = await Promise.all([h.core.runDueSchedules(), second.runDueSchedules()]);
      expect(a + b).toBe(3);
      expect(h.lic.sim.stats().assignLicenseCalls - before).toBe(3);
      for (const upn of ['bo.ek@contoso.se', 'emma.johansson@contoso.se', 'karin.holm@contoso.se'])
        expect(h.lic.holds(upn, 'ENTERPRISEPACK')).toBe(false);
      expect(await Promise.all([h.core.runDueSchedules(), second.runDueSchedules()])).toEqual([0, 0]);
    } finally {
      await h.close();
    }
  });

  test("an instance that died holding a due request's lease: the next sweep after it expires runs it", async () => {
    const clock = testClock(TUESDAY);
    const h = await startCoreHarness({ clock, timeZone: 'Europe/Stockholm', leases: leasesOf('survivor', clock) });
    try {
      await h.chat(MARIA).say('remove E3 from Bo on Friday').click('confirm');
      const [scheduled] = await h.lic.removals.listScheduled();
      clock.set(FRIDAY_EVENING);
      // The other instance took the lease and died before starting the run.
      expect(await leasesOf('dead', clock).claim(leaseNames.schedule(scheduled?.id ?? ''), SCHEDULE_LEASE_MS)).toBe(
        true,
      );
      expect(await h.core.runDueSchedules()).toBe(0);
      expect(h.lic.holds('bo.ek@contoso.se', 'ENTERPRISEPACK')).toBe(true);
      clock.advance(SCHEDULE_LEASE_MS + 1);
      expect(await h.core.runDueSchedules()).toBe(1);
      expect(h.lic.holds('bo.ek@contoso.se', 'ENTERPRISEPACK')).toBe(false);
    } finally {
      await h.close();
    }
  });
});
