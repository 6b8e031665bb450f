import { mkdtempSync, rmSync, statSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type SignInSettings,
  SignInRequiredError,
  signedInToken,
  signIn,
  signOut,
} from '../../../bot/cli/sign-in/cli-sign-in';
import { GraphLicenseClient } from '../../../services/graph/graph-license-client';
import { loadDemoTenant } from '../../../services/tenant-simulator/demo-tenant';
import { type RunningSimulator, startTenantSimulator } from '../../../services/tenant-simulator/server';
import { type FakeEntra, startFakeEntra } from '../../support/fake-entra';

const TENANT = '7f3c0a4e-1b2d-4c5e-8f90-a1b2c3d4e5f6';
const CLIENT = '0d6f6c3a-2b1e-4f5d-9c8b-7a6e5d4c3b2a';

// The device code flow of the real @azure/identity credential against a local fake of Entra, and
// the signed-in user read from the tenant simulator's /me with the token it issued.
describe('CLI sign-in (device code)', () => {
  let entra: FakeEntra;
  let sim: RunningSimulator;
  let stateDir: string;
  let settings: SignInSettings;
  const linnea = () => sim.state.users.find((u) => u.userPrincipalName === 'linnea.dahl@contoso.se');

  beforeAll(async () => {
    sim = await startTenantSimulator({ tenant: loadDemoTenant(), throttling: false });
    const user = linnea();
    if (!user) throw new Error('demo tenant without Linnea Dahl');
    entra = await startFakeEntra(TENANT, { oid: user.id, upn: user.userPrincipalName, name: user.displayName });
  });
  beforeEach(() => {
    stateDir = mkdtempSync(join(tmpdir(), 'license-desk-state-'));
    settings = { tenantId: TENANT, clientId: CLIENT, authorityHost: entra.url, stateDir, authorityCa: entra.ca };
    entra.revoked = false;
    entra.accessTokenSeconds = 3600;
  });
  afterEach(() => rmSync(stateDir, { recursive: true, force: true }));
  afterAll(async () => {
    await entra.close();
    await sim.close();
  });

  it('signs in with a device code, keeps a private record and cache, and /me names the user', async () => {
    const prompts: string[] = [];
    const record = await signIn(settings, (m) => prompts.push(m));
    expect(prompts).toEqual([expect.stringContaining('enter the code FAKE-CODE')]);
    expect(record).toMatchObject({ username: 'linnea.dahl@contoso.se', tenantId: TENANT, clientId: CLIENT });
    expect(entra.grants).toContain('device_code');

    for (const file of ['auth-record.json', 'msal-token-cache.json']) {
      expect(statSync(join(stateDir, file)).mode & 0o777).toBe(0o600);
    }
    expect(statSync(stateDir).mode & 0o777).toBe(0o700);
    expect(readFileSync(join(stateDir, 'auth-record.json'), 'utf8')).not.toContain('refresh');

    // A later command (a new credential, as in a new process) gets the token from the file cache.
    const grantsBefore = entra.grants.length;
    const token = await signedInToken(settings);
    expect(entra.grants.length).toBe(grantsBefore);
    const me = await new GraphLicenseClient({ baseUrl: sim.url, getToken: () => Promise.resolve(token) }).getMe();
    expect(me).toMatchObject({ id: linnea()?.id, displayName: 'Linnea Dahl' });
  });

  it('renews an expiring token with the cached refresh token, silently', async () => {
    entra.accessTokenSeconds = 60; // inside MSAL's 5-minute renewal window at once
    await signIn(settings, () => undefined);
    const before = entra.grants.filter((g) => g === 'refresh_token').length;
    await signedInToken(settings);
    expect(entra.grants.filter((g) => g === 'refresh_token').length).toBe(before + 1);
  });

  it('says sign-in is needed when nobody signed in, when renewal is refused, and after logout', async () => {
    await expect(signedInToken(settings)).rejects.toThrow(new SignInRequiredError('not signed in'));

    entra.accessTokenSeconds = 60;
    await signIn(settings, () => undefined);
    entra.revoked = true;
    await expect(signedInToken(settings)).rejects.toBeInstanceOf(SignInRequiredError);

    expect(
      signOut(settings)
        .map((f) => f.slice(stateDir.length + 1))
        .sort(),
    ).toEqual(['auth-record.json', 'msal-token-cache.json']);
    expect(existsSync(join(stateDir, 'auth-record.json'))).toBe(false);
    await expect(signedInToken(settings)).rejects.toThrow('not signed in');
  });

  it('refuses a saved sign-in for another tenant', async () => {
    await signIn(settings, () => undefined);
    await expect(signedInToken({ ...settings, tenantId: '11111111-2222-4333-8444-555555555555' })).rejects.toThrow(
      'the saved sign-in is for another tenant or app',
    );
  });
});
