import { finalState } from '../../../../services/licensing/execute-removal';
import type { UserOutcome } from '../../../../services/licensing/removal-request';
import { undoDeadline, UNDO_WINDOW_DAYS } from '../../../../services/licensing/undo-removal';

const removed = (at: string): UserOutcome => ({ status: 'removed', skuIds: ['s'], restore: [], at });
const failed: UserOutcome = { status: 'failed', code: 'graph/forbidden', skuIds: ['s'] };
const skipped: UserOutcome = { status: 'skipped', reason: 'deselected', skuIds: ['s'] };

describe('finalState', () => {
  it.each<[string, UserOutcome[], string]>([
    ['all removed', [removed('2026-01-01T00:00:00Z')], 'completed'],
    ['removed and skipped', [removed('2026-01-01T00:00:00Z'), skipped], 'completed'],
    ['only skipped', [skipped], 'completed'],
    ['nothing', [], 'completed'],
    ['removed and failed', [removed('2026-01-01T00:00:00Z'), failed], 'partially-completed'],
    ['only failed', [failed, skipped], 'failed'],
  ])('%s → %s', (_what, outcomes, state) => {
    expect(finalState(Object.fromEntries(outcomes.map((o, i) => [`u${i}`, o])))).toBe(state);
  });
});

describe('undoDeadline', () => {
  it('is 30 days after the first removal', () => {
    const outcomes = { a: removed('2026-01-02T00:00:00Z'), b: removed('2026-01-01T12:00:00Z'), c: failed };
    expect(undoDeadline({ state: 'partially-completed', outcomes })?.toISOString()).toBe(
      new Date(Date.parse('2026-01-01T12:00:00Z') + UNDO_WINDOW_DAYS * 86_400_000).toISOString(),
    );
  });

  it.each([
    ['a request not finished', 'executing', { a: removed('2026-01-01T00:00:00Z') }],
    ['a restored request', 'restored', { a: removed('2026-01-01T00:00:00Z') }],
    ['a request that removed nothing', 'completed', { a: skipped }],
  ] as const)('is undefined for %s', (_what, state, outcomes) => {
    expect(undoDeadline({ state, outcomes })).toBeUndefined();
  });
});
