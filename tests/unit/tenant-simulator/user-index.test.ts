import { generateTenant } from '../../../bench/generate-tenant';
import { matchesFilter } from '../../../services/tenant-simulator/odata/filter-eval';
import { parseFilter } from '../../../services/tenant-simulator/odata/filter-parser';
import { UserIndex } from '../../../services/tenant-simulator/user-index';
import { USER_FILTER_FIELDS } from '../../../services/tenant-simulator/user-view';

const tenant = generateTenant(500);
const index = new UserIndex(tenant.users);

function filtered(text: string) {
  const parsed = parseFilter(text, USER_FILTER_FIELDS);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const expr = parsed.expr;
  const scan = tenant.users.filter((u) => matchesFilter(expr, u));
  const candidates = index.candidates(expr);
  return { scan, viaIndex: candidates?.filter((u) => matchesFilter(expr, u)), candidates };
}

describe('UserIndex', () => {
  it.each([
    "startswith(displayName,'anna') or startswith(givenName,'anna') or startswith(surname,'anna') or startswith(mail,'anna') or startswith(userPrincipalName,'anna')",
    "startswith(displayName,'Agnes Blom 1')",
    "startswith(surname,'O''Brien')",
    "mail in ('maria.nilsson@contoso.se','BO.EK@contoso.se','nobody@x')",
    "userPrincipalName eq 'Anna.Lindberg@contoso.se'",
    "startswith(displayName,'a') and accountEnabled eq true",
  ])('finds exactly what a scan finds, in tenant order: %s', (text) => {
    const { scan, viaIndex } = filtered(text);
    expect(viaIndex).toBeDefined();
    expect(viaIndex?.map((u) => u.id)).toEqual(scan.map((u) => u.id));
  });

  it('narrows: a name prefix reads only its candidates, not the tenant', () => {
    const { candidates } = filtered("startswith(displayName,'Agnes Blom 1')");
    expect(candidates?.length).toBeLessThan(20);
  });

  it('leaves filters it cannot index to a scan', () => {
    expect(filtered('accountEnabled eq false').candidates).toBeUndefined();
    expect(filtered("not (startswith(displayName,'a'))").candidates).toBeUndefined();
  });

  it('finds users by id or UPN in any case, and reports by manager', () => {
    const maria = tenant.users.find((u) => u.userPrincipalName === 'maria.nilsson@contoso.se');
    expect(index.byKey('MARIA.NILSSON@contoso.se')).toBe(maria);
    expect(index.byKey(maria?.id.toUpperCase() ?? '')).toBe(maria);
    expect(index.byKey('nobody@contoso.se')).toBeUndefined();
    const manager = tenant.users.find((u) => tenant.users.some((r) => r.managerId === u.id));
    expect(index.reportsOf(manager?.id ?? '').map((u) => u.id)).toEqual(
      tenant.users.filter((u) => u.managerId === manager?.id).map((u) => u.id),
    );
  });
});
