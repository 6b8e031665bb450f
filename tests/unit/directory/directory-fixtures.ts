import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DirectoryIndex } from '../../../services/directory/directory-index';
import type { DirectoryUser } from '../../../services/directory/directory-user';
import { toDirectoryUser } from '../../../services/directory/find-person';
import type { TenantFile } from '../../../services/tenant-simulator/tenant-file';

/** A directory user with defaults, for index tests. */
export function aUser(
  id: string,
  givenName: string,
  surname: string,
  overrides: Partial<DirectoryUser> = {},
): DirectoryUser {
  const local = `${givenName}.${surname}`.toLowerCase();
  return {
    id,
    displayName: `${givenName} ${surname}`,
    givenName,
    surname,
    mail: `${local}@contoso.test`,
    userPrincipalName: `${local}@contoso.test`,
    accountEnabled: true,
    ...overrides,
  };
}

export function tenantFixture(name: 'demo' | 'fabrikam'): TenantFile {
  const path =
    name === 'demo'
      ? join(__dirname, '../../../services/tenant-simulator/demo-tenant.json')
      : join(__dirname, '../../fixtures/tenants/fabrikam-shared-names.json');
  return JSON.parse(readFileSync(path, 'utf8')) as TenantFile;
}

/** An index of a tenant file's users, as a completed delta round would build it. */
export function indexOf(tenant: TenantFile): DirectoryIndex {
  const index = new DirectoryIndex();
  for (const user of tenant.users) {
    const entry = toDirectoryUser(user);
    if (entry) index.upsert(entry);
  }
  return index;
}
