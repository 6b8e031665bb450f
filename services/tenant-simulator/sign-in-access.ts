import { graphError } from './graph-error';
import type { SimRequest, SimResponse } from './sim-types';
import type { TenantState } from './tenant-state';

/**
 * Graph refuses any users query that selects or filters on signInActivity unless the app has
 * AuditLog.Read.All and the tenant has Entra ID P1 or P2. The two refusals differ in code and
 * message; both are 403 (Microsoft Graph docs for signInActivity and user-list; error texts as
 * reported in microsoftgraph/microsoft-graph-docs#12772).
 */
export function signInActivityRefusal(req: SimRequest, state: TenantState): SimResponse | undefined {
  const access = state.access?.signInActivity ?? 'granted';
  if (access === 'granted') return undefined;
  const asked = [req.query.get('$select'), req.query.get('$filter')].some(
    (v) => v !== undefined && /signInActivity/i.test(v),
  );
  if (!asked) return undefined;
  return access === 'missing-permission'
    ? graphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.')
    : graphError(
        403,
        'Authentication_RequestFromNonPremiumTenantOrB2CTenant',
        "Neither tenant is B2C or tenant doesn't have premium license",
      );
}
