import { loadDemoTenant } from '../../../services/tenant-simulator/demo-tenant';
import { type RunningSimulator, startTenantSimulator } from '../../../services/tenant-simulator/server';
import type { TenantFile } from '../../../services/tenant-simulator/tenant-file';
import { call } from './sim-client';

const q = (s: string) => encodeURIComponent(s);
const names = (body: { value: { id: string }[] }, tenant: TenantFile) =>
  body.value.map((u) => tenant.users.find((t) => t.id === u.id)?.displayName).sort();

describe('signInActivity as Graph serves it', () => {
  const tenant = loadDemoTenant();
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startTenantSimulator({ tenant, throttling: false });
  });
  afterAll(() => sim.close());

  it('comes only on $select, with the three sign-in times and their request ids', async () => {
    const plain = await call(sim, 'GET', '/users/liam.obrien@contoso.se');
    expect(plain.body).not.toHaveProperty('signInActivity');
    const r = await call(sim, 'GET', '/users/liam.obrien@contoso.se?$select=id,signInActivity');
    expect(r.status).toBe(200);
    expect(Object.keys(r.body.signInActivity as object)).toEqual([
      'lastSignInDateTime',
      'lastSignInRequestId',
      'lastNonInteractiveSignInDateTime',
      'lastNonInteractiveSignInRequestId',
      'lastSuccessfulSignInDateTime',
      'lastSuccessfulSignInRequestId',
    ]);
    expect(r.body.signInActivity.lastSignInDateTime).toMatch(/^2026-08-28T\d{2}:\d{2}:00Z$/);
  });

  it('is null for a user who never signed in', async () => {
    const r = await call(sim, 'GET', '/users/tom.wilson@contoso.se?$select=id,signInActivity');
    expect(r.body.signInActivity).toBeNull();
  });

  it('filters signInActivity/lastSignInDateTime le <date-time>, leaving out users who never signed in', async () => {
    const filter = q('signInActivity/lastSignInDateTime le 2026-09-02T00:00:00Z');
    const r = await call(sim, 'GET', `/users?$filter=${filter}&$select=id,signInActivity`);
    expect(r.status).toBe(200);
    expect(names(r.body, tenant)).toEqual(
      ['Jessica Brown', "Liam O'Brien", 'Oskar Lund', 'Tobias Strand', 'Viktor Lindqvist'].sort(),
    );
  });

  it('accepts ge, offsets and fractions, and refuses a quoted or malformed date like a bad filter', async () => {
    const ge = await call(
      sim,
      'GET',
      `/users?$filter=${q('signInActivity/lastSignInDateTime ge 2026-11-01T00:00:00.000+01:00')}&$select=id`,
    );
    expect(ge.status).toBe(200);
    expect(ge.body.value.length).toBeGreaterThan(25);
    const quoted = await call(sim, 'GET', `/users?$filter=${q("signInActivity/lastSignInDateTime le '2026-09-02'")}`);
    expect(quoted.status).toBe(400);
    expect(quoted.body.error.code).toBe('BadRequest');
  });

  it.each([
    ['missing-permission', 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'],
    [
      'missing-premium',
      'Authentication_RequestFromNonPremiumTenantOrB2CTenant',
      "Neither tenant is B2C or tenant doesn't have premium license",
    ],
  ] as const)('answers 403 when the tenant file marks signInActivity %s', async (access, code, message) => {
    const denied = await startTenantSimulator({
      tenant: { ...tenant, access: { signInActivity: access } },
      throttling: false,
    });
    try {
      const selected = await call(denied, 'GET', '/users?$select=id,signInActivity');
      expect(selected.status).toBe(403);
      expect(selected.body.error).toMatchObject({ code, message });
      const filtered = await call(
        denied,
        'GET',
        `/users?$filter=${q('signInActivity/lastSignInDateTime le 2026-09-02T00:00:00Z')}`,
      );
      expect(filtered.status).toBe(403);
      // Other user reads are unaffected.
      expect((await call(denied, 'GET', '/users?$select=id,displayName')).status).toBe(200);
    } finally {
      await denied.close();
    }
  });
});
