import { ReadCoalescer } from '../../../services/graph/read-coalescer';

interface SubRequest {
  id: string;
  url: string;
}

/** Answers a batch: `/fail…` paths 404, `/busy…` 429, anything else 200 with the path as body. */
function setup(options: { batchFails?: boolean } = {}) {
  const direct: string[] = [];
  const batches: string[][] = [];
  const coalescer = new ReadCoalescer({
    direct: (path) => {
      direct.push(path);
      return Promise.resolve(new Response(JSON.stringify({ path, alone: true }), { status: 200 }));
    },
    postBatch: (content) => {
      const requests = (content as { requests: SubRequest[] }).requests;
      batches.push(requests.map((r) => r.url));
      if (options.batchFails) return Promise.reject(new Error('batch failed'));
      return Promise.resolve({
        responses: requests.map((r) => {
          const path = r.url;
          const status = path.startsWith('/fail') ? 404 : path.startsWith('/busy') ? 429 : 200;
          return { id: r.id, status, headers: { 'content-type': 'application/json' }, body: { path } };
        }),
      });
    },
  });
  return { coalescer, direct, batches };
}

const body = async (r: Response) => (await r.json()) as { path: string; alone?: boolean };

describe('ReadCoalescer', () => {
  test('GETs started together go out as one $batch, each caller getting its own answer', async () => {
    const { coalescer, direct, batches } = setup();
    const answers = await Promise.all(['/a', '/b', '/c'].map((p) => coalescer.get(p).then(body)));
    expect(answers.map((a) => a.path)).toEqual(['/a', '/b', '/c']);
    expect(batches).toHaveLength(1);
    expect(direct).toEqual([]);
  });

  test('a GET on its own is sent as it is', async () => {
    const { coalescer, direct, batches } = setup();
    expect(await body(await coalescer.get('/only'))).toEqual({ path: '/only', alone: true });
    expect(direct).toEqual(['/only']);
    expect(batches).toEqual([]);
  });

  test('more than 20 make several batches', async () => {
    const { coalescer, batches } = setup();
    await Promise.all(Array.from({ length: 45 }, (_, i) => coalescer.get(`/u${i}`)));
    expect(batches.map((b) => b.length).sort((a, b) => b - a)).toEqual([20, 20, 5]);
  });

  test('an error answer is the caller’s; a throttled item is sent again alone', async () => {
    const { coalescer, direct } = setup();
    const [failed, busy] = await Promise.all([coalescer.get('/fail'), coalescer.get('/busy')]);
    expect(failed.status).toBe(404);
    expect(await body(busy)).toEqual({ path: '/busy', alone: true });
    expect(direct).toEqual(['/busy']);
  });

  test('a failed batch sends every item alone', async () => {
    const { coalescer, direct } = setup({ batchFails: true });
    await Promise.all([coalescer.get('/a'), coalescer.get('/b')]);
    expect(direct.sort()).toEqual(['/a', '/b']);
  });
});
