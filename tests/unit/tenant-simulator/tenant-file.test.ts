import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_TENANT_PATH, loadDemoTenant } from '../../../services/tenant-simulator/demo-tenant';
import {
  loadTenantFile,
  parseTenantFile,
  type TenantFile,
  TenantFileError,
} from '../../../services/tenant-simulator/tenant-file';

const FIXTURES = join(__dirname, '../../fixtures/tenants');
const minimal = (): TenantFile => JSON.parse(readFileSync(join(FIXTURES, 'minimal.json'), 'utf8')) as TenantFile;
const E3 = '6fd2c87f-b296-42f0-b197-1e91e994b900';

function problem(tenant: unknown): string {
  try {
    parseTenantFile(tenant, 'fixture.json');
  } catch (e) {
    expect(e).toBeInstanceOf(TenantFileError);
    return (e as Error).message;
  }
  throw new Error('expected a TenantFileError');
}

describe('tenant file validation', () => {
  it('accepts the minimal fixture', () => {
    expect(loadTenantFile(join(FIXTURES, 'minimal.json')).users).toHaveLength(3);
  });

  it('names the file and the JSON path of a bad value', () => {
    expect(() => loadTenantFile(join(FIXTURES, 'invalid-sku-id.json'))).toThrow(
      'tenant file invalid-sku-id.json: users[1].assignedLicenses[0].skuId: expected a GUID',
    );
  });

  it('reports unreadable and non-JSON files as TenantFileError', () => {
    expect(() => loadTenantFile(join(FIXTURES, 'missing.json'))).toThrow(
      /tenant file missing.json: cannot read .*ENOENT/,
    );
    expect(() => parseTenantFile('nope', 'x.json')).toThrow(TenantFileError);
  });

  it('checks references: managerId, members, ownerId, skuIds, disabledPlans', () => {
    const t1 = minimal();
    t1.users[1]!.managerId = '99999999-9999-4999-8999-999999999999';
    expect(problem(t1)).toBe(
      'tenant file fixture.json: users[1].managerId: unknown user 99999999-9999-4999-8999-999999999999',
    );

    const t2 = minimal();
    t2.directoryRoles[0]!.members.push('99999999-9999-4999-8999-999999999999');
    expect(problem(t2)).toContain('directoryRoles[0].members[1]: unknown user');

    const t3 = minimal();
    Object.assign(t3.subscriptions[0]!, { ownerType: 'User', ownerId: '99999999-9999-4999-8999-999999999999' });
    expect(problem(t3)).toContain('subscriptions[0].ownerId: unknown user');

    const t4 = minimal();
    t4.users[0]!.assignedLicenses[0]!.disabledPlans.push('99999999-9999-4999-8999-999999999999');
    expect(problem(t4)).toContain(
      `users[0].assignedLicenses[0].disabledPlans[0]: service plan 99999999-9999-4999-8999-999999999999 is not part of SKU ${E3}`,
    );

    const t5 = minimal();
    t5.groups[0]!.assignedLicenses[0]!.skuId = '99999999-9999-4999-8999-999999999999';
    expect(problem(t5)).toContain('groups[0].assignedLicenses[0].skuId: unknown SKU');
  });

  it('names the first user a group license is missing on', () => {
    const t = minimal();
    t.users[2]!.licenseAssignmentStates = t.users[2]!.licenseAssignmentStates.filter((s) => s.assignedByGroup === null);
    expect(problem(t)).toMatch(
      /users\[2\] \(dee@fixture\.test\): member of group 33333333-.* \(E3 group\), which assigns SKU .* but has no license state/,
    );
  });

  it('names the user holding a group state without being a member', () => {
    const t = minimal();
    t.groups[0]!.members = [t.users[2]!.id];
    expect(problem(t)).toMatch(
      /users\[1\] \(gus@fixture\.test\): license state .* assignedByGroup .* but the user is not a member/,
    );
  });

  it('requires assignedLicenses and states to cover the same SKUs', () => {
    const t1 = minimal();
    t1.users[0]!.licenseAssignmentStates = [];
    expect(problem(t1)).toContain('users[0] (ada@fixture.test): assignedLicenses has SKU');
    const t2 = minimal();
    t2.users[0]!.assignedLicenses = [];
    expect(problem(t2)).toContain('users[0] (ada@fixture.test): licenseAssignmentStates has SKU');
  });

  it('requires consumedUnits to equal the number of holders', () => {
    const t = minimal();
    t.subscribedSkus[0]!.consumedUnits = 2;
    expect(problem(t)).toBe(
      'tenant file fixture.json: subscribedSkus[0].consumedUnits: is 2 but 3 user(s) hold ENTERPRISEPACK',
    );
  });

  it('refuses duplicate ids and UPNs', () => {
    const t = minimal();
    t.users[1]!.userPrincipalName = 'ADA@fixture.test';
    expect(problem(t)).toContain('users[1].userPrincipalName: duplicate');
  });
});

describe('demo tenant (Contoso AB)', () => {
  const demo = loadDemoTenant();
  const byName = (name: string) => demo.users.find((u) => u.displayName === name)!;
  const sku = (part: string) => demo.subscribedSkus.find((s) => s.skuPartNumber === part)!;

  it('is a valid tenant file at an absolute path', () => {
    expect(DEMO_TENANT_PATH).toMatch(/^\/.*services\/tenant-simulator\/demo-tenant\.json$/);
    expect(demo.users.length).toBeGreaterThanOrEqual(38);
  });

  it('has the people the scenarios need', () => {
    const holds = (name: string, part: string, direct: boolean) =>
      byName(name).licenseAssignmentStates.some(
        (s) => s.skuId === sku(part).skuId && (s.assignedByGroup === null) === direct,
      );
    expect(holds('Anna Lindberg', 'ENTERPRISEPACK', true) && holds('Bo Ek', 'ENTERPRISEPACK', true)).toBe(true);
    expect(demo.users.filter((u) => u.givenName === 'Anna')).toHaveLength(2);
    expect(demo.users.filter((u) => u.givenName === 'Bo')).toHaveLength(1);
    expect(holds('Sofia Karlsson', 'ENTERPRISEPACK', true) && holds('Sofia Karlsson', 'ENTERPRISEPACK', false)).toBe(
      true,
    );
    expect(holds('Ahmed Hassan', 'SPE_E5', true) && holds('Ahmed Hassan', 'ENTERPRISEPACK', true)).toBe(true);
    const karin = byName('Karin Holm');
    expect(demo.users.filter((u) => u.managerId === karin.id).map((u) => u.displayName)).toContain('Bo Ek');
    expect(demo.users.filter((u) => u.managerId === karin.id)).toHaveLength(5);
    expect(byName("Liam O'Brien").preferredLanguage).toBe('en-GB');
    expect(demo.users.some((u) => !u.accountEnabled && u.assignedLicenses.length > 0)).toBe(true);
  });

  it('has a full SKU, a self-service purchase and the three admin roles', () => {
    expect(demo.subscribedSkus.some((s) => s.consumedUnits === s.prepaidUnits.enabled)).toBe(true);
    const own = demo.subscriptions.find((s) => s.ownerType === 'User')!;
    expect(own.skuPartNumber).toBe('POWER_BI_PRO');
    expect(demo.users.find((u) => u.id === own.ownerId)!.assignedLicenses.map((l) => l.skuId)).toContain(own.skuId);
    expect(demo.directoryRoles.map((r) => r.roleTemplateId).sort()).toEqual(
      [
        '4d6ac14f-3453-41d0-bef9-a3e0c569773a',
        '62e90394-69f5-4237-9190-012177145e10',
        'fe930be7-5e62-47db-91af-98c3a49a38b1',
      ].sort(),
    );
    expect(
      ['ENTERPRISEPACK', 'SPE_E3', 'SPE_E5', 'SPB', 'VISIOCLIENT', 'POWER_BI_PRO'].every((p) =>
        demo.subscribedSkus.some((s) => s.skuPartNumber === p),
      ),
    ).toBe(true);
  });
});
