import { join } from 'node:path';
import { understand } from '../../../bot/language/understand/understand';
import { TenantVocabulary } from '../../../services/directory/tenant-vocabulary';
import { GraphLicenseClient } from '../../../services/graph/graph-license-client';
import { type RunningSimulator, startTenantSimulator } from '../../../services/tenant-simulator/server';
import { loadTenantFile } from '../../../services/tenant-simulator/tenant-file';

describe('TenantVocabulary on the simulator (Fabrikam)', () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startTenantSimulator({
      tenant: loadTenantFile(join(__dirname, '../../fixtures/tenants/fabrikam-shared-names.json')),
      throttling: false,
    });
  });
  afterAll(() => sim.close());

  test('loads people and products, then understands a message with no further Graph call', async () => {
    const vocabulary = new TenantVocabulary(
      new GraphLicenseClient({ baseUrl: sim.url, timeoutMs: 5000, maxAttempts: 2 }),
    );
    expect(vocabulary.ready).toBe(false);
    const refreshed = await vocabulary.refresh();
    expect(refreshed).toMatchObject({ directory: { kind: 'full', users: 30 }, skus: 6 });
    expect(vocabulary.ready).toBe(true);
    const before = sim.stats().requests;
    const u = understand('asa oberg behöver inte visiolicensen längre', vocabulary);
    expect(u.ok && u.requests[0]).toMatchObject({
      kind: 'remove',
      products: [{ skuIds: ['c5928f49-12ba-48f7-ada3-0d743a3601d5'] }],
      people: [{ candidates: [{ user: { displayName: 'Åsa Öberg' } }] }],
    });
    expect(sim.stats().requests).toBe(before);
  });

  test('periodic refresh runs until stopped', async () => {
    const vocabulary = new TenantVocabulary(
      new GraphLicenseClient({ baseUrl: sim.url, timeoutMs: 5000, maxAttempts: 2 }),
    );
    const done = new Promise<void>((resolve, reject) => vocabulary.start(10, reject, () => resolve()));
    await done;
    vocabulary.stop();
    expect(vocabulary.ready).toBe(true);
  });
});
