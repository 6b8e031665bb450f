// A large tenant for benchmarks and tests: the demo tenant (its admins, groups, SKUs and the names
// the README's examples use) plus generated users up to a total size. Generated names never reuse
// a demo given name or surname, so "remove Visio from Alexander Holmberg" or "… from Bo" resolve
// exactly as on the demo tenant whatever the size: only the directory around them grows.
// Deterministic (no randomness), so runs on different days are comparable.
import { loadDemoTenant } from '../services/tenant-simulator/demo-tenant';
import type { TenantFile, TenantUser } from '../services/tenant-simulator/tenant-file';
import { heldDirectly } from './bench-tenant';

/** Office 365 E3 (ENTERPRISEPACK): every generated user holds it directly. */
const GENERATED_SKU_ID = '6fd2c87f-b296-42f0-b197-1e91e994b900';
const ASSIGNED_AT = '2024-03-01T08:00:00Z';

const GIVEN_NAMES = [
  'Agnes',
  'Albin',
  'Alva',
  'Arvid',
  'Astrid',
  'Axel',
  'Beatrice',
  'Casper',
  'Dagny',
  'Dante',
  'Ebba',
  'Edvin',
  'Elin',
  'Elton',
  'Ester',
  'Filip',
  'Frida',
  'Gustav',
  'Hampus',
  'Hedda',
  'Hugo',
  'Idun',
  'Isak',
  'Jonna',
  'Kasper',
  'Leia',
  'Levi',
  'Liv',
  'Loke',
  'Maja',
  'Melker',
  'Mira',
  'Nils',
  'Noa',
  'Olle',
  'Otto',
  'Ronja',
  'Sigge',
  'Stina',
  'Tage',
  'Tilde',
  'Vera',
  'Viggo',
  'Vilma',
  'Wilmer',
  'Ylva',
  'Åke',
  'Ängla',
  'Örjan',
  'Öjvind',
];
const SURNAMES = [
  'Abrahamsson',
  'Axelsson',
  'Bergkvist',
  'Blom',
  'Dahl',
  'Ek',
  'Engström',
  'Falk',
  'Forsberg',
  'Glad',
  'Hagberg',
  'Hedlund',
  'Holm',
  'Isaksson',
  'Jakobsson',
  'Kjellberg',
  'Lund',
  'Lundqvist',
  'Malm',
  'Mattsson',
  'Nord',
  'Norling',
  'Ny',
  'Palm',
  'Rask',
  'Rydberg',
  'Sandberg',
  'Sjöberg',
  'Sundin',
  'Söderlund',
  'Törnqvist',
  'Vall',
  'Wahlberg',
  'Wallin',
  'Westin',
  'Åberg',
  'Åström',
  'Öberg',
  'Östlund',
  'Ödman',
];

/** A deterministic GUID per index, in a range the demo tenant does not use. */
function generatedUserId(index: number): string {
  return `9e9e0000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;
}

const ascii = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/**
 * The demo tenant grown to `totalUsers` users (at least its own 40). Generated users are named
 * "Given Surname N" (N keeps display names unique, as in a real 100,000-person directory where many
 * share a name), hold Office 365 E3 directly, have no manager and no group. Seat counts are raised
 * to match, so the tenant passes the simulator's consistency checks.
 */
export function generateTenant(totalUsers: number): TenantFile {
  const tenant = loadDemoTenant();
  const demoNames = new Set(tenant.users.flatMap((u) => [u.givenName, u.surname].map((n) => ascii(n ?? ''))));
  const given = GIVEN_NAMES.filter((n) => !demoNames.has(ascii(n)));
  const surnames = SURNAMES.filter((n) => !demoNames.has(ascii(n)));
  const domain = tenant.organization.verifiedDomains.find((d) => d.isDefault)?.name ?? 'contoso.se';
  const extra = Math.max(0, totalUsers - tenant.users.length);
  const users: TenantUser[] = [];
  for (let i = 0; i < extra; i++) {
    const givenName = given[i % given.length] ?? 'Agnes';
    const surname = surnames[Math.floor(i / given.length) % surnames.length] ?? 'Blom';
    const n = i + 1;
    const upn = `${ascii(givenName)}.${ascii(surname)}.${n}@${domain}`;
    users.push({
      id: generatedUserId(i),
      displayName: `${givenName} ${surname} ${n}`,
      givenName,
      surname,
      userPrincipalName: upn,
      mail: upn,
      jobTitle: null,
      department: 'Generated',
      preferredLanguage: 'sv-SE',
      usageLocation: 'SE',
      accountEnabled: true,
      ...heldDirectly(GENERATED_SKU_ID, ASSIGNED_AT),
      managerId: null,
    });
  }
  const skus = tenant.subscribedSkus.map((sku) =>
    sku.skuId === GENERATED_SKU_ID
      ? {
          ...sku,
          consumedUnits: sku.consumedUnits + extra,
          prepaidUnits: { ...sku.prepaidUnits, enabled: sku.prepaidUnits.enabled + extra },
        }
      : sku,
  );
  const subscriptions = tenant.subscriptions.map((s) =>
    s.skuId === GENERATED_SKU_ID && s.ownerType !== 'User' ? { ...s, totalLicenses: s.totalLicenses + extra } : s,
  );
  return { ...tenant, subscribedSkus: skus, subscriptions, users: [...tenant.users, ...users] };
}
