import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../../support/cli-run';
import { DEMO_TENANT_PATH, loadDemoTenant } from '../../../services/tenant-simulator/demo-tenant';
import { type FakeEntra, startFakeEntra } from '../../support/fake-entra';

const TENANT = '7f3c0a4e-1b2d-4c5e-8f90-a1b2c3d4e5f6';
const CLIENT = '0d6f6c3a-2b1e-4f5d-9c8b-7a6e5d4c3b2a';

// `license-desk login` end to end: the real DeviceCodeCredential against a local fake of Entra,
// `/me` on an in-process simulator of the demo tenant, and the requester of later commands.
describe('license-desk login, logout and who the requester is', () => {
  let entra: FakeEntra;
  let stateDir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    const linnea = loadDemoTenant().users.find((u) => u.userPrincipalName === 'linnea.dahl@contoso.se');
    if (!linnea) throw new Error('demo tenant without Linnea Dahl');
    entra = await startFakeEntra(TENANT, { oid: linnea.id, upn: linnea.userPrincipalName, name: linnea.displayName });
  });
  beforeEach(() => {
    stateDir = mkdtempSync(join(tmpdir(), 'license-desk-cli-'));
    env = {
      AZURE_TENANT_ID: TENANT,
      CLI_CLIENT_ID: CLIENT,
      AZURE_AUTHORITY_HOST: entra.url,
      CLI_STATE_DIR: stateDir,
      SIMULATOR_PORT: '1', // nothing runs there: every command uses --tenant
    };
  });
  afterEach(() => rmSync(stateDir, { recursive: true, force: true }));
  afterAll(() => entra.close());

  test('login shows the device code, names the signed-in user; later commands act as them; logout forgets', async () => {
    const login = await cli(['login', '--tenant', DEMO_TENANT_PATH], env, entra.ca);
    expect(login.err).toContain('enter the code FAKE-CODE');
    expect([login.code, login.out]).toEqual([
      0,
      expect.stringContaining('Signed in as Linnea Dahl (linnea.dahl@contoso.se)'),
    ]);

    // Linnea is a License Administrator through a role-assignable group: she may remove directly.
    const plan = await cli(['plan', 'remove E3 from Bo Ek', '--tenant', DEMO_TENANT_PATH, '--json'], env, entra.ca);
    expect(plan.code).toBe(0);
    const view = JSON.parse(plan.out.trim()) as { kind: string; requesterId: string; mode: string };
    expect(view).toMatchObject({ kind: 'confirm-removal', mode: 'direct' });
    expect(view.requesterId).toBe(loadDemoTenant().users.find((u) => u.displayName === 'Linnea Dahl')?.id);

    const logout = await cli(['logout'], env);
    expect([logout.code, logout.out]).toEqual([0, expect.stringContaining('Signed out')]);
    expect(existsSync(join(stateDir, 'auth-record.json'))).toBe(false);
    const after = await cli(['plan', 'remove E3 from Bo Ek', '--tenant', DEMO_TENANT_PATH], env, entra.ca);
    expect(after.code).toBe(2);
    expect(after.err).toMatch(/not signed in: run `license-desk login` first/);
  });

  test('a declined sign-in exits 2 with what Entra said, and saves nothing', async () => {
    entra.declined = true;
    try {
      const r = await cli(['login', '--tenant', DEMO_TENANT_PATH], env, entra.ca);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/license-desk: sign-in failed: .*declined/);
      expect(r.err).not.toMatch(/\n\s+at /);
      expect(existsSync(join(stateDir, 'auth-record.json'))).toBe(false);
    } finally {
      entra.declined = false;
    }
  });

  test('--as against real Graph is refused unless --as-app says the app acts alone', async () => {
    const graphEnv = { ...env, GRAPH_MODE: 'graph', AZURE_CLIENT_ID: CLIENT, AZURE_CLIENT_SECRET: 'not-used' };
    const claimed = await cli(['plan', 'remove E3 from Bo', '--as', 'maria.nilsson@contoso.se'], graphEnv);
    expect(claimed.code).toBe(2);
    expect(claimed.err).toMatch(/--as is only a claim: .*license-desk login.*--as-app/);

    const bare = await cli(['plan', 'remove E3 from Bo', '--as-app'], graphEnv);
    expect([bare.code, bare.err]).toEqual([2, expect.stringMatching(/--as-app goes with --as/)]);

    // With --as-app the claim is accepted (here against a simulator of the tenant file), and said so.
    const app = await cli(
      ['plan', 'remove E3 from Bo', '--as', 'maria.nilsson@contoso.se', '--as-app', '--tenant', DEMO_TENANT_PATH],
      graphEnv,
    );
    expect(app.code).toBe(0);
    expect(app.err).toMatch(/--as-app: the app acts on its own credentials for maria\.nilsson@contoso\.se/);
  });

  test('without --as and without a sign-in configuration, the message says both ways', async () => {
    const r = await cli(['plan', 'remove E3 from Bo', '--tenant', DEMO_TENANT_PATH], {
      SIMULATOR_PORT: '1',
      CLI_STATE_DIR: stateDir,
    });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/AZURE_TENANT_ID and CLI_CLIENT_ID .*--as <upn\|id>/);
    const login = await cli(['login'], { CLI_STATE_DIR: stateDir });
    expect([login.code, login.err]).toEqual([2, expect.stringMatching(/signing in needs AZURE_TENANT_ID/)]);
  });

  test('an AU-scoped admin sees why a user outside the unit is left out (en, sv)', async () => {
    const args = ['--as', 'petra.sandell@contoso.se', '--tenant', DEMO_TENANT_PATH];
    const en = await cli(['plan', 'remove Power BI Pro from Oskar Lund and Anna Lindberg', ...args], env);
    expect(en.code).toBe(0);
    expect(en.out).toContain('not in your administrative unit Sälj');
    const sv = await cli(['plan', 'ta bort Power BI Pro från Oskar Lund och Anna Lindberg', ...args], env);
    expect(sv.out).toContain('finns inte i din administrativa enhet Sälj');
  });
});
