import { PassThrough } from 'node:stream';
import { runCli, type CliIo } from '../../../bot/cli/run-cli';
import { DEMO_TENANT_PATH, loadDemoTenant } from '../../../services/tenant-simulator/demo-tenant';
import { type RunningSimulator, startTenantSimulator } from '../../../services/tenant-simulator/server';

const E3 = '6fd2c87f-b296-42f0-b197-1e91e994b900';

/** Runs the CLI in-process with captured output, as a script (not a terminal) would. */
async function cli(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const stderr = new PassThrough();
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const io: CliIo = {
    stdout: { write: (t: string) => (out += t) },
    stderr,
    stdin: new PassThrough(),
    env: { LOG_LEVEL: 'silent', ...env },
  };
  const code = await runCli(args, io);
  return { code, out, err };
}

describe('license-desk CLI', () => {
  let sim: RunningSimulator;
  let env: Record<string, string>;
  beforeAll(async () => {
    sim = await startTenantSimulator({ tenant: loadDemoTenant(), throttling: false });
    env = { SIMULATOR_PORT: new URL(sim.url).port };
  });
  afterAll(async () => {
    await sim.close();
  });
  const holds = (upn: string) =>
    (sim.state.users.find((u) => u.userPrincipalName === upn)?.assignedLicenses ?? []).some((l) => l.skuId === E3);

  test('plan in Swedish prints the dialog, changes nothing, exit 0', async () => {
    const r = await cli(['plan', 'ta bort E3 från Anna Lindberg och Bo', '--as', 'maria.nilsson@contoso.se'], env);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Ta bort tilldelning av licenser');
    expect(r.out).toContain('Anna Lindberg');
    expect(r.out).toMatch(/30 dagar/);
    expect(holds('anna.lindberg@contoso.se')).toBe(true);
  });

  test('run --yes removes the licenses in the running simulator, with progress on stderr', async () => {
    const r = await cli(
      ['run', 'remove E3 from Johanna Lund and Jessica Brown', '--as', 'maria.nilsson@contoso.se', '--yes'],
      env,
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain('2 removed');
    expect(r.err).toMatch(/Removing… \d of 2/);
    expect(holds('johanna.lund@contoso.se')).toBe(false);
    expect(holds('jessica.brown@contoso.se')).toBe(false);
  });

  test('--json prints views a script can read', async () => {
    const r = await cli(['plan', 'remove Visio from David Miller', '--as', 'maria.nilsson@contoso.se', '--json'], env);
    expect(r.code).toBe(0);
    const view = JSON.parse(r.out.trim()) as { kind: string; users: { displayName: string }[] };
    expect(view.kind).toBe('confirm-removal');
    expect(view.users.map((u) => u.displayName)).toEqual(['David Miller']);
  });

  test('--tenant runs against its own in-process simulator', async () => {
    const r = await cli(
      ['plan', 'remove E3 from Bo', '--as', 'maria.nilsson@contoso.se', '--tenant', DEMO_TENANT_PATH],
      { SIMULATOR_PORT: '1' },
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain('Bo Ek');
  });

  test.each([
    [['frobnicate'], /unknown command: frobnicate/],
    [['plan', 'remove E3 from Bo'], /--as/],
    [['plan', '', '--as', 'maria.nilsson@contoso.se'], /request text is empty/],
    [['undo', 'not-a-uuid', '--as', 'maria.nilsson@contoso.se'], /request id/],
    [['plan', 'remove E3 from Bo', '--as', 'nobody@contoso.se'], /--as: no user "nobody@contoso.se"/],
    [['plan', 'gibberish words here', '--as', 'maria.nilsson@contoso.se'], /didn't understand/],
    [['run', 'remove E3 from Bo', '--as', 'maria.nilsson@contoso.se'], /not a terminal: add --yes/],
    [['plan', 'remove E3 from Bo', '--as', 'maria.nilsson@contoso.se', '--bogus'], /Unknown option '--bogus'/],
    [
      [
        'plan',
        'remove E3 from Bo',
        '--as',
        'maria.nilsson@contoso.se',
        '--tenant',
        'tests/fixtures/tenants/invalid-sku-id.json',
      ],
      /invalid-sku-id\.json: .*skuId/,
    ],
  ])('bad input %j exits 2 with a clear reason', async (args, reason) => {
    const r = await cli(args, env);
    expect(r.code).toBe(2);
    expect(r.err + r.out).toMatch(reason);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  test('a configuration error names the key and exits 2', async () => {
    const r = await cli(['plan', 'remove E3 from Bo', '--as', 'maria.nilsson@contoso.se'], {
      ...env,
      GRAPH_MODE: 'sharepoint',
    });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/GRAPH_MODE: expected one of simulator, graph/);
  });

  test('no simulator running: exit 2 saying how to start one', async () => {
    const r = await cli(['plan', 'remove E3 from Bo', '--as', 'maria.nilsson@contoso.se'], { SIMULATOR_PORT: '1' });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/No tenant simulator answers.*npm start/);
  });

  test('a refusal exits 1: a user who is not an admin', async () => {
    const r = await cli(['run', 'remove E3 from Bo', '--as', 'tom.wilson@contoso.se', '--yes'], env);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Maria Nilsson/);
    expect(holds('bo.ek@contoso.se')).toBe(true);
  });
});
