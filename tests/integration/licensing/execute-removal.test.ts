import type { AuditEvent, UserOutcome } from '../../../services/licensing/removal-request';
import type { StoredRequest } from '../../../services/licensing/request-repository';
import { INSUFFICIENT_PRIVILEGES } from '../../../services/tenant-simulator/server';
import { ask, startLicensingHarness, type LicensingHarness } from '../../support/licensing-harness';

// The executor against the real Graph client and simulator: state checked in the repository AND
// in the simulator's live tenant. A fresh simulator per test, since every test changes licenses.
const ADMIN = 'maria.nilsson@contoso.se';
const E3 = 'ENTERPRISEPACK';
const BO = 'bo.ek@contoso.se';
const EMMA = 'emma.johansson@contoso.se';
const HELENA = 'helena.sundberg@contoso.se';
const FREDRIK = 'fredrik.olsson@contoso.se';

describe('executeRemoval', () => {
  let h: LicensingHarness;
  beforeEach(async () => {
    h = await startLicensingHarness();
  });
  afterEach(() => h.close());

  const run = (doc: StoredRequest, options = {}) => h.removals.remove(doc.id, h.userId(ADMIN), options);
  const outcomeOf = (doc: StoredRequest, upn: string): UserOutcome | undefined => doc.outcomes?.[h.userId(upn)];
  const stored = async (doc: StoredRequest) => {
    const latest = await h.repo.get(h.tenantId, doc.id);
    if (!latest) throw new Error('request vanished');
    return latest;
  };
  const outcomeEvents = (events: AuditEvent[]) =>
    events.filter((e) => e.type === 'user-outcome').map((e) => [e.userId, e.outcome, e.code]);

  it("does not run a manager's request that was never approved", async () => {
    const doc = await h.requestRemoval('karin.holm@contoso.se', ask([BO], ['Office 365 E3']));
    expect(doc.plan?.mode).toBe('needs-approval');
    const calls = h.sim.stats().assignLicenseCalls;
    expect((await run(doc)).kind).toBe('already-handled');
    expect(h.sim.stats().assignLicenseCalls).toBe(calls);
    expect(h.holds(BO, E3)).toBe(true);
  });

  it('removes what was confirmed, frees the seats, and records it per user', async () => {
    const doc = await h.requestRemoval(ADMIN, ask([BO, EMMA, 'anna.berg@contoso.se'], ['Office 365 E3']));
    const progress: string[] = [];
    const result = await run(doc, { onProgress: (done: number, total: number) => progress.push(`${done}/${total}`) });

    expect(result.kind).toBe('executed');
    const latest = await stored(doc);
    expect(latest.state).toBe('completed');
    expect(latest.executedBy).toBe(h.userId(ADMIN));
    expect(outcomeOf(latest, BO)).toMatchObject({
      status: 'removed',
      skuIds: [h.skuId(E3)],
      restore: [{ skuId: h.skuId(E3), disabledPlans: [] }],
    });
    expect(outcomeOf(latest, EMMA)?.status).toBe('removed');
    expect(outcomeOf(latest, 'anna.berg@contoso.se')).toMatchObject({ status: 'skipped', reason: 'nothing-removable' });
    expect(progress.at(0)).toBe('1/3');
    expect(progress.at(-1)).toBe('3/3');

    expect(h.holds(BO, E3)).toBe(false);
    expect(h.holds(EMMA, E3)).toBe(false);
    expect(h.holds('anna.berg@contoso.se', E3)).toBe(true);
    expect(h.consumed(E3)).toBe(22);
    expect(h.sim.stats().assignLicenseCalls).toBe(2);

    const trail = await h.repo.auditTrail(h.tenantId, doc.id);
    expect(trail.filter((e) => e.type === 'transition').map((e) => [e.from, e.to])).toEqual([
      [undefined, 'awaiting-confirmation'],
      ['awaiting-confirmation', 'executing'],
      ['executing', 'completed'],
    ]);
    expect(outcomeEvents(trail).sort()).toEqual(
      [
        [h.userId(BO), 'removed', undefined],
        [h.userId(EMMA), 'removed', undefined],
        [h.userId('anna.berg@contoso.se'), 'skipped', 'nothing-removable'],
      ].sort(),
    );
  });

  it('keeps going when Graph refuses one user, and says which (partially-completed)', async () => {
    h.sim.setFaults({ failUsers: { [h.userId(EMMA)]: INSUFFICIENT_PRIVILEGES } });
    const doc = await h.requestRemoval(ADMIN, ask([BO, EMMA, HELENA], ['Office 365 E3']));
    await run(doc);

    const latest = await stored(doc);
    expect(latest.state).toBe('partially-completed');
    expect(outcomeOf(latest, EMMA)).toMatchObject({ status: 'failed', code: 'graph/forbidden', skuIds: [h.skuId(E3)] });
    const failed = outcomeOf(latest, EMMA);
    expect(failed?.status === 'failed' ? failed.graphRequestId : undefined).toMatch(/[0-9a-f-]{36}/);
    expect([outcomeOf(latest, BO)?.status, outcomeOf(latest, HELENA)?.status]).toEqual(['removed', 'removed']);
    expect(h.holds(EMMA, E3)).toBe(true);
    expect(h.holds(BO, E3)).toBe(false);
    expect(outcomeEvents(await h.repo.auditTrail(h.tenantId, doc.id))).toContainEqual([
      h.userId(EMMA),
      'failed',
      'graph/forbidden',
    ]);
  });

  it('ends failed when nobody could be done', async () => {
    h.sim.setFaults({ failUsers: { [h.userId(BO)]: INSUFFICIENT_PRIVILEGES } });
    const doc = await h.requestRemoval(ADMIN, ask([BO], ['Office 365 E3']));
    await run(doc);
    expect((await stored(doc)).state).toBe('failed');
    expect(h.holds(BO, E3)).toBe(true);
  });

  it('skips a user whose license vanished between the card and the click, without a call', async () => {
    const doc = await h.requestRemoval(ADMIN, ask([BO, EMMA], ['Office 365 E3']));
    await h.graph.assignLicense({ userId: h.userId(EMMA), addLicenses: [], removeLicenses: [h.skuId(E3)] });
    await run(doc);

    const latest = await stored(doc);
    expect(latest.state).toBe('completed');
    expect(outcomeOf(latest, EMMA)).toMatchObject({ status: 'skipped', reason: 'already-removed' });
    expect(outcomeOf(latest, BO)?.status).toBe('removed');
    expect(h.sim.stats().assignLicenseCalls).toBe(2); // ours for Emma, the executor's for Bo
  });

  it('treats "not assigned" from Graph as already removed when it vanishes after the start', async () => {
    const doc = await h.requestRemoval(ADMIN, ask([BO, EMMA], ['Office 365 E3']));
    const started = await h.removals.start(doc.id, h.userId(ADMIN));
    if (started.kind !== 'started') throw new Error(started.kind);
    await h.graph.assignLicense({ userId: h.userId(EMMA), addLicenses: [], removeLicenses: [h.skuId(E3)] });
    await h.removals.run(started.request, h.userId(ADMIN));

    const latest = await stored(doc);
    expect(latest.state).toBe('completed');
    expect(outcomeOf(latest, EMMA)).toMatchObject({ status: 'skipped', reason: 'already-removed' });
    // Its audit event says why, as for a user skipped at the start (one builder for both writers).
    expect(outcomeEvents(await h.repo.auditTrail(h.tenantId, doc.id))).toEqual(
      expect.arrayContaining([
        [h.userId(EMMA), 'skipped', 'already-removed'],
        [h.userId(BO), 'removed', undefined],
      ]),
    );
  });

  it('leaves deselected users untouched', async () => {
    const doc = await h.requestRemoval(ADMIN, ask([BO, EMMA], ['Office 365 E3']));
    await run(doc, { selection: { userIds: [h.userId(BO)] } });

    const latest = await stored(doc);
    expect(latest.state).toBe('completed');
    expect(outcomeOf(latest, EMMA)).toMatchObject({ status: 'skipped', reason: 'deselected' });
    expect(h.holds(EMMA, E3)).toBe(true);
    expect(h.holds(BO, E3)).toBe(false);
    expect(h.sim.stats().assignLicenseCalls).toBe(1);
  });

  it('removes only the products kept checked', async () => {
    const doc = await h.requestRemoval(ADMIN, ask(['anna.lindberg@contoso.se'], 'all'));
    await run(doc, { selection: { skuIds: [h.skuId('POWER_BI_PRO')] } });
    expect(h.holds('anna.lindberg@contoso.se', 'POWER_BI_PRO')).toBe(false);
    expect(h.holds('anna.lindberg@contoso.se', E3)).toBe(true);
  });

  it('runs once when clicked twice at the same moment (10 rounds)', async () => {
    for (let round = 0; round < 10; round += 1) {
      const upn = [BO, EMMA, HELENA, FREDRIK, 'robert.lindgren@contoso.se'][round % 5] ?? BO;
      if (!h.holdsDirectly(upn, E3))
        await h.graph.assignLicense({
          userId: h.userId(upn),
          addLicenses: [{ skuId: h.skuId(E3), disabledPlans: [] }],
          removeLicenses: [],
        });
      const before = h.sim.stats().assignLicenseCalls;
      const doc = await h.requestRemoval(ADMIN, ask([upn], ['Office 365 E3']));
      const results = await Promise.all([run(doc), run(doc)]);
      expect(results.map((r) => r.kind).sort()).toEqual(['already-handled', 'executed']);
      expect(h.sim.stats().assignLicenseCalls - before).toBe(1);
      expect((await stored(doc)).state).toBe('completed');
      const transitions = (await h.repo.auditTrail(h.tenantId, doc.id)).filter((e) => e.to === 'executing');
      expect(transitions).toHaveLength(1);
    }
  });

  it('does nothing for a request already run, or one that does not exist', async () => {
    const doc = await h.requestRemoval(ADMIN, ask([BO], ['Office 365 E3']));
    await run(doc);
    expect((await run(doc)).kind).toBe('already-handled');
    expect(await h.removals.remove('no-such-request', h.userId(ADMIN))).toEqual({
      kind: 'not-found',
    });
    expect(h.sim.stats().assignLicenseCalls).toBe(1);
  });

  it('resumes after a crash without calling Graph again for users already done', async () => {
    const doc = await h.requestRemoval(ADMIN, ask([BO, EMMA, HELENA, FREDRIK], ['Office 365 E3']));
    const started = await h.removals.start(doc.id, h.userId(ADMIN));
    if (started.kind !== 'started') throw new Error(started.kind);
    expect(Object.values(started.request.outcomes ?? {}).map((o) => o.status)).toEqual([
      'pending',
      'pending',
      'pending',
      'pending',
    ]);
    // The crashed run got two users done in Graph, then died before recording anything.
    for (const upn of [BO, EMMA])
      await h.graph.assignLicense({ userId: h.userId(upn), addLicenses: [], removeLicenses: [h.skuId(E3)] });
    expect(h.sim.stats().assignLicenseCalls).toBe(2);

    expect(await h.removals.resume()).toBe(1);

    expect(h.sim.stats().assignLicenseCalls).toBe(4);
    const latest = await stored(doc);
    expect(latest.state).toBe('completed');
    for (const upn of [BO, EMMA, HELENA, FREDRIK]) {
      expect(outcomeOf(latest, upn)).toMatchObject({
        status: 'removed',
        restore: [{ skuId: h.skuId(E3), disabledPlans: [] }],
      });
      expect(h.holds(upn, E3)).toBe(false);
    }
    expect(outcomeEvents(await h.repo.auditTrail(h.tenantId, doc.id))).toHaveLength(4);
    // Nothing left to resume.
    expect(await h.removals.resume()).toBe(0);
  });
});
