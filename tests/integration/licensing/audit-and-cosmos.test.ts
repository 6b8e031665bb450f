import type { AuditEvent } from '../../../services/licensing/removal-request';
import { Removals } from '../../../services/licensing/removals';
import { ask, startLicensingHarness, type LicensingHarness } from '../../support/licensing-harness';

// The audit trail and the ETag guard on the embedded Cosmos server (real 412s), not only in memory.
const ADMIN = 'maria.nilsson@contoso.se';
const OTHER_TENANT = '00000000-0000-4000-8000-000000000001';

/** One line per event, without ids and times, in a stable order (Cosmos orders ties by 'at' freely). */
function lines(events: AuditEvent[]): string[] {
  return events
    .map((e) =>
      e.type === 'transition'
        ? `${e.from ?? '∅'} → ${e.to ?? ''}`
        : [e.type, e.userId, e.outcome, e.code].filter(Boolean).join(' '),
    )
    .sort();
}

describe('audit trail and double clicks on the embedded Cosmos store', () => {
  let h: LicensingHarness;
  beforeAll(async () => {
    h = await startLicensingHarness({ store: 'cosmos' });
  });
  afterAll(() => h.close());

  it('keeps one event per transition and per user outcome, per tenant, and never names or mail', async () => {
    const admin = h.userId(ADMIN);
    const bo = h.userId('bo.ek@contoso.se');
    const emma = h.userId('emma.johansson@contoso.se');
    const annaBerg = h.userId('anna.berg@contoso.se');
    const doc = await h.requestRemoval(ADMIN, ask(['Bo Ek', 'Emma Johansson', 'Anna Berg'], ['Office 365 E3']));
    await h.removals.remove(doc.id, admin, { selection: { userIds: [bo, annaBerg] } });
    h.clock.advance(60_000);
    await h.removals.undo(doc.id, admin);

    // Another tenant's request, in the same containers.
    const unmoved = await h.repo.create(
      {
        id: h.repo.newId(),
        tenantId: OTHER_TENANT,
        state: 'clarifying',
        channel: 'cli',
        locale: 'en',
        requesterId: 'x',
        requesterName: 'X',
        ask: { people: [], products: [] },
      },
      'x',
    );

    const trail = await h.repo.auditTrail(h.tenantId, doc.id);
    expect(lines(trail)).toEqual(
      [
        '∅ → awaiting-confirmation',
        'awaiting-confirmation → executing',
        `user-outcome ${bo} removed`,
        `user-outcome ${emma} skipped deselected`,
        `user-outcome ${annaBerg} skipped nothing-removable`,
        'executing → completed',
        'completed → restoring',
        `undo-outcome ${bo} restored`,
        'restoring → restored',
      ].sort(),
    );
    expect(trail.every((e) => e.tenantId === h.tenantId && e.requestId === doc.id && e.actorId === admin)).toBe(true);
    expect(JSON.stringify(trail)).not.toMatch(/Bo Ek|bo\.ek@|Emma/);
    // In time order: the undo's three events came a minute after the removal's six.
    expect(lines(trail.slice(-3))).toEqual(
      lines(trail.filter((e) => e.to === 'restoring' || e.to === 'restored' || e.type === 'undo-outcome')),
    );

    expect(await h.repo.auditTrail(h.tenantId)).toHaveLength(trail.length);
    // Never moved: its creation is in its document only (recorded with its first move), and its
    // trail shows it from there, for its own tenant alone.
    expect(await h.repo.auditTrail(OTHER_TENANT)).toEqual([]);
    const other = new Removals(h.graph, h.repo, OTHER_TENANT);
    expect((await other.auditTrail(unmoved.id)).map((e) => `${e.tenantId} ${e.to ?? ''}`)).toEqual([
      `${OTHER_TENANT} clarifying`,
    ]);
    expect(await h.removals.auditTrail(unmoved.id)).toEqual([]);
  });

  it("records a request's creation with its first move, once, even when two moves race", async () => {
    const doc = await h.requestRemoval(ADMIN, ask(['Bo Ek'], ['Visio']));
    expect(await h.repo.auditTrail(h.tenantId, doc.id)).toEqual([]);
    const admin = h.userId(ADMIN);
    const moves = await Promise.allSettled([
      h.repo.transition(doc, 'cancelled', admin),
      h.repo.transition(doc, 'awaiting-approval', admin),
    ]);
    expect(moves.filter((m) => m.status === 'fulfilled')).toHaveLength(1);
    const trail = await h.repo.auditTrail(h.tenantId, doc.id);
    expect(lines(trail).filter((l) => l.startsWith('∅'))).toEqual(['∅ → awaiting-confirmation']);
    expect(trail.find((e) => e.from === undefined)?.at).toBe(doc.createdAt);
    expect(trail).toHaveLength(2);
  });

  it('lets exactly one of two simultaneous clicks run the removal (5 rounds)', async () => {
    const people = ['Helena Sundberg', 'Fredrik Olsson', 'Hanna Björk', 'Robert Lindgren', 'Maja Axelsson'];
    for (const person of people) {
      const before = h.sim.stats().assignLicenseCalls;
      const doc = await h.requestRemoval(ADMIN, ask([person], ['Office 365 E3']));
      const results = await Promise.all([1, 2].map(() => h.removals.remove(doc.id, h.userId(ADMIN))));
      expect(results.map((r) => r.kind).sort()).toEqual(['already-handled', 'executed']);
      expect(h.sim.stats().assignLicenseCalls - before).toBe(1);
      expect((await h.repo.get(h.tenantId, doc.id))?.state).toBe('completed');
    }
  });
});
