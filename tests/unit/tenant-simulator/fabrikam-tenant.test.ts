import { join } from 'node:path';
import { loadTenantFile } from '../../../services/tenant-simulator/tenant-file';

// The second tenant of the understanding corpus: it must stay a valid, consistent tenant file.
test('the Fabrikam fixture (shared first names and surnames) is a valid tenant', () => {
  const tenant = loadTenantFile(join(__dirname, '../../fixtures/tenants/fabrikam-shared-names.json'));
  const given = tenant.users.map((u) => u.givenName);
  const surnames = tenant.users.map((u) => u.surname);
  expect(given.filter((g) => g === 'Lisa')).toHaveLength(2);
  expect(surnames.filter((s) => s === 'Ek')).toHaveLength(2);
  expect(tenant.users.some((u) => u.displayName === 'Åsa Öberg')).toBe(true);
});
