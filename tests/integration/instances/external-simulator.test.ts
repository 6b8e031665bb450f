import { startApp } from '../../../bot/app';
import { loadConfig } from '../../../bot/config';
import { createLogger } from '../../../bot/logger';
import { runCli } from '../../../bot/cli/run-cli';
import { PassThrough } from 'node:stream';
import { loadDemoTenant } from '../../../services/tenant-simulator/demo-tenant';
import { startTenantSimulator, type RunningSimulator } from '../../../services/tenant-simulator/server';

describe('SIMULATOR_URL: the bot and the CLI use a simulator that is already running', () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startTenantSimulator({ tenant: loadDemoTenant(), throttling: false });
  });
  afterAll(() => sim.close());

  it('makes the bot connect instead of starting its own simulator', async () => {
    const before = sim.stats().requests;
    const app = await startApp(
      loadConfig({ PORT: '0', PLAYGROUND: 'off', SIMULATOR_PORT: '1', SIMULATOR_URL: sim.url }),
      createLogger('silent'),
    );
    try {
      expect(app.simulator).toBeUndefined();
      expect(app.graphDescription).toBe(`simulator ${sim.url}`);
      expect(sim.stats().requests).toBeGreaterThan(before);
    } finally {
      await app.close();
    }
  });

  it('makes the CLI connect there, whatever SIMULATOR_PORT says', async () => {
    let out = '';
    const code = await runCli(['plan', 'remove E3 from Bo', '--as', 'maria.nilsson@contoso.se'], {
      stdout: { write: (t: string) => (out += t) },
      stderr: new PassThrough(),
      stdin: new PassThrough(),
      env: { LOG_LEVEL: 'silent', SIMULATOR_PORT: '1', SIMULATOR_URL: sim.url },
    });
    expect(code).toBe(0);
    expect(out).toContain('Bo Ek');
  });
});
