import type { RemovalRequest } from '../../../services/licensing/removal-request';
import { auditEventsOf, auditIdFor, isAuditReconstructible } from '../../../services/licensing/request-audit';

const A = 'admin-1';
function aRequest(over: Partial<RemovalRequest> = {}): RemovalRequest {
  return {
    id: 'r1',
    tenantId: 't1',
    kind: 'removal',
    state: 'completed',
    channel: 'cli',
    locale: 'en',
    requesterId: A,
    requesterName: 'Admin',
    createdAt: '2026-12-01T09:00:00.000Z',
    updatedAt: '2026-12-01T09:02:00.000Z',
    ask: { people: [], products: [] },
    executedBy: A,
    transitions: [
      { to: 'awaiting-confirmation', actorId: A, at: '2026-12-01T09:00:00.000Z' },
      { from: 'awaiting-confirmation', to: 'executing', actorId: A, at: '2026-12-01T09:01:00.000Z' },
      { from: 'executing', to: 'completed', actorId: A, at: '2026-12-01T09:02:00.000Z' },
    ],
    outcomes: {
      u1: {
        status: 'removed',
        skuIds: ['s1'],
        restore: [{ skuId: 's1', disabledPlans: [] }],
        at: '2026-12-01T09:01:30.000Z',
      },
      u2: { status: 'skipped', reason: 'deselected', skuIds: ['s1'] },
      u3: { status: 'pending', skuIds: ['s1'], restore: [] },
    },
    ...over,
  };
}

describe('the audit trail a request implies', () => {
  it('has one event per transition and per settled user, with ids derived from the request', () => {
    const events = auditEventsOf(aRequest());
    expect(events.map((e) => [e.id, e.type, e.to ?? e.outcome, e.code, e.at])).toEqual([
      ['r1.t0', 'transition', 'awaiting-confirmation', undefined, '2026-12-01T09:00:00.000Z'],
      ['r1.t1', 'transition', 'executing', undefined, '2026-12-01T09:01:00.000Z'],
      ['r1.t2', 'transition', 'completed', undefined, '2026-12-01T09:02:00.000Z'],
      ['r1.u.u1', 'user-outcome', 'removed', undefined, '2026-12-01T09:01:30.000Z'],
      ['r1.u.u2', 'user-outcome', 'skipped', 'deselected', '2026-12-01T09:01:00.000Z'],
    ]);
  });

  it('adds the outcomes of a finished undo under the place of its restoring move', () => {
    const doc = aRequest({
      state: 'restored',
      transitions: [
        ...(aRequest().transitions ?? []),
        { from: 'completed', to: 'restoring', actorId: A, at: '2026-12-02T09:00:00.000Z' },
        { from: 'restoring', to: 'restored', actorId: A, at: '2026-12-02T09:01:00.000Z' },
      ],
      undo: {
        by: A,
        from: 'completed',
        outcomes: { u1: { status: 'restored', skuIds: ['s1'], at: '2026-12-02T09:00:30.000Z' } },
      },
    });
    expect(
      auditEventsOf(doc)
        .filter((e) => e.type === 'undo-outcome')
        .map((e) => e.id),
    ).toEqual(['r1.undo3.u1']);
    expect(auditIdFor(doc, { type: 'undo-outcome', userId: 'u1' }, () => 'random')).toBe('r1.undo3.u1');
  });

  it('rebuilds nothing for a request stored before the history existed, whose events have random ids', () => {
    const { transitions: _none, ...old } = aRequest();
    expect(isAuditReconstructible(old)).toBe(false);
    expect(auditEventsOf(old)).toEqual([]);
    expect(auditIdFor(old, { type: 'user-outcome', userId: 'u1' }, () => 'random')).toBe('random');
    // A history begun midway (an old request moved by the new code) is not rebuilt either.
    expect(isAuditReconstructible(aRequest({ transitions: aRequest().transitions?.slice(1) ?? [] }))).toBe(false);
  });
});
