import type { AffectedUserView, View } from '../../../cards/views';
import { testClock } from '../../support/licensing-harness';
import { type CoreHarness, startCoreHarness } from '../../support/core-harness';

// NOTIFY_USERS through the core: who is told what, in which language, when; who could not be reached.
const MARIA = 'maria.nilsson@contoso.se';
const TUESDAY = new Date('2026-12-01T09:00:00Z');

function affected(h: CoreHarness, upn: string): AffectedUserView[] {
  const id = h.lic.userId(upn);
  return h.deliveries.flatMap((d) => (d.userId === id && d.view.kind === 'affected-user' ? [d.view] : []));
}

describe('core: telling the people affected (NOTIFY_USERS on)', () => {
  let h: CoreHarness;
  const clock = testClock(TUESDAY);
  beforeEach(async () => {
    clock.set(TUESDAY);
    h = await startCoreHarness({
      clock,
      timeZone: 'Europe/Stockholm',
      notifyUsers: { leadHours: 24 },
      // Jessica has no chat with the app anywhere.
      reachable: (userId) => userId !== h.lic.userId('jessica.brown@contoso.se'),
    });
  });
  afterEach(() => h.close());

  test('after a removal: each user in their language; the unreachable are listed on the result', async () => {
    const result: View | undefined = await h.chat(MARIA).say('remove E3 from Bo and Jessica Brown').click('confirm');
    expect(result).toMatchObject({ kind: 'result', unreachableUsers: ['Jessica Brown'] });
    const [bo] = affected(h, 'bo.ek@contoso.se');
    expect(bo).toMatchObject({
      locale: 'sv', // Bo's preferredLanguage is sv-SE
      phase: 'after',
      products: ['Office 365 E3'],
      contacts: ['Maria Nilsson'],
    });
    expect(bo?.consequences.map((c) => c.code)).toContain('exchange-mailbox-deleted-after-30-days');
    expect(bo?.consequences.map((c) => c.code)).toContain('onedrive-kept-then-archived-after-93-days');
  });

  test('English speakers are told in English', async () => {
    await h.chat(MARIA).say('remove E3 from Liam').click('confirm');
    expect(affected(h, 'liam.obrien@contoso.se')).toEqual([expect.objectContaining({ locale: 'en', phase: 'after' })]);
  });

  test('before a scheduled removal: once, the lead time ahead, with when; then after it ran', async () => {
    await h.chat(MARIA).say('ta bort E3 från Bo på fredag').click('confirm');
    expect(affected(h, 'bo.ek@contoso.se')).toEqual([]);
    clock.set(new Date('2026-12-03T16:30:00Z')); // Thursday, 23.5 hours before
    expect(await h.core.runDueSchedules()).toBe(0);
    expect(affected(h, 'bo.ek@contoso.se')).toEqual([
      expect.objectContaining({
        locale: 'sv',
        phase: 'before',
        scheduledFor: { at: '2026-12-04T16:00:00.000Z', timeZone: 'Europe/Stockholm' },
      }),
    ]);
    expect(await h.core.runDueSchedules()).toBe(0);
    expect(affected(h, 'bo.ek@contoso.se')).toHaveLength(1);
    clock.set(new Date('2026-12-04T16:01:00Z'));
    expect(await h.core.runDueSchedules()).toBe(1);
    expect(affected(h, 'bo.ek@contoso.se').map((v) => v.phase)).toEqual(['before', 'after']);
  });

  test('an undo tells nobody', async () => {
    const chat = h.chat(MARIA).say('remove E3 from Bo').click('confirm');
    await chat;
    const told = h.deliveries.length;
    await chat.click('undo').expectView('result');
    expect(h.deliveries.slice(told).some((d) => d.view.kind === 'affected-user')).toBe(false);
  });
});

describe('core: NOTIFY_USERS off (the default)', () => {
  test('nobody affected is told', async () => {
    const h = await startCoreHarness({ clock: testClock(TUESDAY) });
    try {
      const result = await h.chat(MARIA).say('remove E3 from Bo').click('confirm');
      expect(result).toMatchObject({ kind: 'result' });
      expect(result?.kind === 'result' ? result.unreachableUsers : 'x').toBeUndefined();
      expect(h.deliveries.some((d) => d.view.kind === 'affected-user')).toBe(false);
    } finally {
      await h.close();
    }
  });
});
