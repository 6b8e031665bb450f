import type { User } from '@microsoft/microsoft-graph-types';
import type { LicenseGraph } from '../../../../services/graph/license-graph';
import { GraphError } from '../../../../services/graph/graph-error';
import { indexedPeopleResolver } from '../../../../services/licensing/resolve-people-indexed';
import { indexOf, tenantFixture } from '../../directory/directory-fixtures';

function fakeGraph() {
  const tenant = tenantFixture('demo');
  const calls: string[] = [];
  const graph = {
    getUsersByIds: (ids: string[]) => {
      calls.push(`getUsersByIds ${ids.length}`);
      return Promise.resolve(tenant.users.filter((u) => ids.includes(u.id)) as User[]);
    },
    findUsersByPrefix: (prefix: string) => {
      calls.push(`findUsersByPrefix ${prefix}`);
      return Promise.resolve([]);
    },
    findUsersByAddress: () => {
      calls.push('findUsersByAddress');
      return Promise.resolve([]);
    },
    getUser: (id: string) => {
      calls.push(`getUser ${id}`);
      return Promise.reject(new GraphError('graph/not-found', 404, undefined, undefined, undefined));
    },
  } as unknown as LicenseGraph;
  return { graph, calls, index: indexOf(tenant) };
}

describe('indexedPeopleResolver', () => {
  test('names are resolved in memory; Graph is read once for the resolved users', async () => {
    const { graph, calls, index } = fakeGraph();
    const resolve = indexedPeopleResolver(() => index, graph);
    const out = await resolve([
      { kind: 'text', text: 'camilla oberg' },
      { kind: 'text', text: 'Ek, Bo' },
      { kind: 'text', text: 'Lindberg' },
    ]);
    expect(out.map((r) => (r.kind === 'resolved' ? r.user.displayName : r.kind))).toEqual([
      'Camilla Öberg',
      'Bo Ek',
      'Anna Lindberg',
    ]);
    expect(calls).toEqual(['getUsersByIds 3']);
  });

  test('two people by one name ask; a typo is not found with suggestions', async () => {
    const { graph, index } = fakeGraph();
    const [anna, typo] = await indexedPeopleResolver(
      () => index,
      graph,
    )([
      { kind: 'text', text: 'Anna' },
      { kind: 'text', text: 'Camila Öbreg' },
    ]);
    expect(anna).toMatchObject({
      kind: 'ambiguous',
      candidates: [{ displayName: 'Anna Berg' }, { displayName: 'Anna Lindberg' }],
    });
    expect(typo).toMatchObject({ kind: 'not-found', suggestions: [{ displayName: 'Camilla Öberg' }] });
  });

  test('someone the index does not know yet is looked for in Graph', async () => {
    const { graph, calls, index } = fakeGraph();
    const [out] = await indexedPeopleResolver(() => index, graph)([{ kind: 'text', text: 'Kim Nyanställd' }]);
    expect(out?.kind).toBe('not-found');
    expect(calls).toEqual(['findUsersByPrefix Kim']);
  });
});
