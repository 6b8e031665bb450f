import { startTestApp, type TestApp } from '../support/test-app';

describe('GET /healthz', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  test('reports each dependency', async () => {
    const res = await fetch(`${t.app.url}/healthz`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      status: string;
      dependencies: { name: string; ok: boolean; detail: string }[];
    };
    expect(body.status).toBe('ok');
    expect(body.dependencies.map((d) => d.name)).toEqual(['graph', 'store']);
    expect(body.dependencies.find((d) => d.name === 'graph')?.detail).toContain(t.app.simulator?.url ?? 'missing');
    expect(JSON.stringify(body)).not.toMatch(/key|secret|password/i);
  });

  test('degrades (503) when Graph does not answer', async () => {
    t.app.simulator?.setFaults({ unavailableBurst: { count: 1000, retryAfterSeconds: 1 } });
    try {
      const res = await fetch(`${t.app.url}/healthz`);
      expect(res.status).toBe(503);
      const body = (await res.json()) as { dependencies: { name: string; ok: boolean }[] };
      expect(body.dependencies.find((d) => d.name === 'graph')?.ok).toBe(false);
      expect(body.dependencies.find((d) => d.name === 'store')?.ok).toBe(true);
    } finally {
      t.app.simulator?.setFaults({});
    }
  });
});
