import { RecentWrites } from '../../bot/recent-writes';

describe('RecentWrites', () => {
  test('an unchanged record counts as written until the refresh interval has passed', () => {
    let now = 0;
    const writes = new RecentWrites({ refreshMs: 1000, maxEntries: 10, now: () => now });
    expect(writes.isUnchanged('a', 'x')).toBe(false);
    writes.wrote('a', 'x');
    expect(writes.isUnchanged('a', 'x')).toBe(true);
    expect(writes.isUnchanged('a', 'y')).toBe(false);
    now = 999;
    expect(writes.last('a')).toBe('x');
    now = 1000;
    expect(writes.isUnchanged('a', 'x')).toBe(false);
  });

  test('keeps at most maxEntries ids, forgetting the least recently used', () => {
    const writes = new RecentWrites({ refreshMs: 1000, maxEntries: 2, now: () => 0 });
    writes.wrote('a', '1');
    writes.wrote('b', '2');
    writes.last('a');
    writes.wrote('c', '3');
    expect([writes.last('a'), writes.last('b'), writes.last('c')]).toEqual(['1', undefined, '3']);
  });
});
