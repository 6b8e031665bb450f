import { DirectorySync } from '../../../services/directory/directory-sync';
import type { DeltaItem } from '../../../services/directory/directory-user';
import { findPerson } from '../../../services/directory/find-person';
import { GraphError } from '../../../services/graph/graph-error';
import type { UserDeltaReader, UserDeltaRound } from '../../../services/graph/user-delta';
import { aUser } from './directory-fixtures';

/** A scripted delta source: each call answers the next round, or throws it. */
class ScriptedDelta implements UserDeltaReader {
  readonly calls: (string | undefined)[] = [];
  constructor(private readonly rounds: (UserDeltaRound | Error)[]) {}
  readUserDelta(link: string | undefined): Promise<UserDeltaRound> {
    this.calls.push(link);
    const next = this.rounds.shift();
    if (!next) return Promise.reject(new Error('no more rounds'));
    return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
  }
}

const round = (deltaLink: string, ...items: DeltaItem[]): UserDeltaRound => ({ items, deltaLink });

describe('DirectorySync', () => {
  test('a full round, then changes and removals from the deltaLink', async () => {
    const reader = new ScriptedDelta([
      round('d1', aUser('a', 'Anna', 'Berg'), aUser('b', 'Bo', 'Ek')),
      round('d2', aUser('a', 'Anna', 'Lindberg'), { id: 'b', '@removed': { reason: 'changed' } }),
    ]);
    const sync = new DirectorySync(reader);
    expect(sync.ready).toBe(false);
    expect(await sync.refresh()).toMatchObject({ kind: 'full', changed: 2, users: 2 });
    expect(sync.ready).toBe(true);
    expect(await sync.refresh()).toMatchObject({ kind: 'incremental', changed: 1, removed: 1, users: 1 });
    expect(reader.calls).toEqual([undefined, 'd1']);
    expect(sync.index.lookup('Bo')).toEqual([]);
    expect(sync.index.lookup('Lindberg')[0]?.user.id).toBe('a');
  });

  test('an expired token (410) starts over with a full round', async () => {
    const gone = new GraphError('graph/unexpected', 410, 'SyncStateNotFound', undefined, undefined);
    const reader = new ScriptedDelta([
      round('d1', aUser('a', 'Anna', 'Berg')),
      gone,
      round('d9', aUser('c', 'Carl', 'Ek')),
    ]);
    const sync = new DirectorySync(reader);
    await sync.refresh();
    expect(await sync.refresh()).toMatchObject({ kind: 'full', users: 1 });
    expect(reader.calls).toEqual([undefined, 'd1', undefined]);
    expect(sync.index.lookup('Anna')).toEqual([]);
  });

  test('other failures keep the old index and the old token', async () => {
    const down = new GraphError('graph/unavailable', 503, undefined, undefined, undefined);
    const reader = new ScriptedDelta([round('d1', aUser('a', 'Anna', 'Berg')), down, round('d2')]);
    const sync = new DirectorySync(reader);
    await sync.refresh();
    await expect(sync.refresh()).rejects.toBe(down);
    expect(sync.index.size).toBe(1);
    await sync.refresh();
    expect(reader.calls).toEqual([undefined, 'd1', 'd1']);
  });

  test('concurrent refreshes share one round', async () => {
    const reader = new ScriptedDelta([round('d1', aUser('a', 'Anna', 'Berg'))]);
    const sync = new DirectorySync(reader);
    await Promise.all([sync.refresh(), sync.refresh()]);
    expect(reader.calls).toHaveLength(1);
  });

  test('a refresh that hangs is reported as a timeout', async () => {
    const hanging: UserDeltaReader = { readUserDelta: () => new Promise(() => undefined) };
    const sync = new DirectorySync(hanging, { refreshTimeoutMs: 20 });
    await expect(sync.refresh()).rejects.toThrow('directory refresh took over 20 ms');
  });
});

describe('findPerson', () => {
  const graph = {
    findUsersByPrefix: jest.fn((prefix: string) =>
      Promise.resolve(
        prefix === 'Nyanställd'
          ? [{ id: 'n', displayName: 'Nyanställd Person', givenName: 'Nyanställd', surname: 'Person' }]
          : [],
      ),
    ),
    findUsersByAddress: jest.fn(() => Promise.resolve([])),
  };

  test('a warm index answers without Graph', async () => {
    const sync = new DirectorySync(new ScriptedDelta([round('d1', aUser('a', 'Anna', 'Berg'))]));
    await sync.refresh();
    const found = await findPerson(sync.index, graph, 'anna berg');
    expect(found).toMatchObject({ askedGraph: false, candidates: [{ user: { id: 'a' } }] });
    expect(graph.findUsersByPrefix).not.toHaveBeenCalled();
  });

  test('a user created since the last refresh is found through Graph and kept', async () => {
    const sync = new DirectorySync(new ScriptedDelta([round('d1', aUser('a', 'Anna', 'Berg'))]));
    await sync.refresh();
    const found = await findPerson(sync.index, graph, 'Nyanställd Person');
    expect(found.askedGraph).toBe(true);
    expect(found.candidates[0]?.user.id).toBe('n');
    expect(graph.findUsersByPrefix).toHaveBeenCalledWith('Nyanställd');
    expect((await findPerson(sync.index, graph, 'Nyanställd Person')).askedGraph).toBe(false);
  });
});
