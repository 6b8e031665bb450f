import { generateTenant } from '../../../bench/generate-tenant';
import { loadDemoTenant } from '../../../services/tenant-simulator/demo-tenant';
import { parseTenantFile } from '../../../services/tenant-simulator/tenant-file';

const fold = (s: string | null | undefined) => (s ?? '').normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

describe('generateTenant', () => {
  it('grows the demo tenant to the asked size and passes the simulator’s schema and consistency checks', () => {
    const tenant = generateTenant(1000);
    expect(tenant.users).toHaveLength(1000);
    expect(() => parseTenantFile(tenant, 'generated')).not.toThrow();
  });

  it('keeps every demo user, and no generated user shares a demo given name or surname', () => {
    const demo = loadDemoTenant();
    const tenant = generateTenant(2000);
    const demoNames = new Set(demo.users.flatMap((u) => [fold(u.givenName), fold(u.surname)]));
    const generated = tenant.users.slice(demo.users.length);
    expect(tenant.users.slice(0, demo.users.length).map((u) => u.id)).toEqual(demo.users.map((u) => u.id));
    expect(generated.some((u) => demoNames.has(fold(u.givenName)) || demoNames.has(fold(u.surname)))).toBe(false);
    expect(new Set(tenant.users.map((u) => u.displayName)).size).toBe(tenant.users.length);
  });

  it('is deterministic', () => {
    expect(generateTenant(100)).toEqual(generateTenant(100));
  });
});
