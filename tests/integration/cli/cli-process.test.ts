import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { AuditEvent } from '../../../services/licensing/removal-request';
import { startEmbeddedCosmos, type EmbeddedCosmos } from '../../../services/store/embedded-cosmos';
import { openStores } from '../../../services/store/open-stores';
import { loadDemoTenant } from '../../../services/tenant-simulator/demo-tenant';
import { startTenantSimulator, type RunningSimulator } from '../../../services/tenant-simulator/server';

const ROOT = join(__dirname, '../../..');
const EVENTS = 1500;

/** Runs `license-desk …` as a real process through a shell pipe whose reader starts late. */
function cliThroughSlowPipe(args: string, env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'sh',
      // A reader that starts a second late: by then the CLI has written everything and wants to exit.
      ['-c', `{ node scripts/run-ts.mjs bot/cli/main.ts ${args}; echo "exit=$?" >&2; } | { sleep 1; cat; }`],
      { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.on('error', reject);
    child.on('close', () => {
      resolve({ code: Number(/exit=(\d+)/.exec(err)?.[1] ?? -1), out });
    });
  });
}

// Issue 15, defect 6: `--json` through a pipe was cut at 131,072 bytes by process.exit().
describe('license-desk as a process', () => {
  let cosmos: EmbeddedCosmos;
  let sim: RunningSimulator;
  let env: Record<string, string>;
  beforeAll(async () => {
    cosmos = await startEmbeddedCosmos();
    const tenant = loadDemoTenant();
    sim = await startTenantSimulator({ tenant, throttling: false });
    env = {
      COSMOS_ENDPOINT: cosmos.endpoint,
      COSMOS_KEY: cosmos.key,
      COSMOS_DATABASE: 'cli-process',
      SIMULATOR_URL: sim.url,
      LOG_LEVEL: 'silent',
      GRAPH_WRITE_QUOTA: 'off',
    };
    const stores = await openStores<AuditEvent, AuditEvent, AuditEvent>({
      endpoint: cosmos.endpoint,
      key: cosmos.key,
      databaseId: 'cli-process',
    });
    try {
      for (let i = 0; i < EVENTS; i += 10)
        await Promise.all(
          Array.from({ length: 10 }, (_, j) =>
            stores.audit.create({
              id: `event-${String(i + j).padStart(5, '0')}`,
              tenantId: tenant.organization.id,
              kind: 'audit',
              at: new Date(Date.UTC(2026, 0, 1) + (i + j) * 1000).toISOString(),
              requestId: '7a0c6f0e-0000-4000-8000-000000000001',
              actorId: '4e818428-77b5-4e2a-9e35-a45dcef1c600',
              type: 'user-outcome',
              userId: 'c8d52fa5-9395-4b63-b6dd-777d2c0d8f0a',
              skuIds: ['6fd2c87f-b296-42f0-b197-1e91e994b900', 'f8a1db68-be16-40ed-86d5-cb42ce701560'],
              outcome: 'removed',
            }),
          ),
        );
    } finally {
      await stores.close();
    }
  }, 60_000);
  afterAll(async () => {
    await sim.close();
    await cosmos.close();
  });

  it('writes all of a large --json answer through a slow pipe before exiting', async () => {
    const r = await cliThroughSlowPipe('audit --json', env);
    expect(r.code).toBe(0);
    expect(r.out.length).toBeGreaterThan(200_000);
    const events = JSON.parse(r.out) as AuditEvent[];
    expect(events).toHaveLength(EVENTS);
  }, 30_000);
});
