import { graphError } from '../graph-error';
import { matchesFilter } from '../odata/filter-eval';
import { parseFilter } from '../odata/filter-parser';
import type { SimRequest, SimResponse } from '../sim-types';
import { ROLE_GRANT_FILTER_FIELDS, type RoleGrant } from './role-assignment-view';

/** Applies a request's `$filter` (principalId, roleDefinitionId, directoryScopeId, id) to grants. */
export function filterRoleGrants(
  req: SimRequest,
  grants: readonly RoleGrant[],
  typeName: string,
): { ok: true; grants: RoleGrant[] } | { ok: false; response: SimResponse } {
  const text = req.query.get('$filter');
  if (text === undefined) return { ok: true, grants: [...grants] };
  const filter = parseFilter(text, ROLE_GRANT_FILTER_FIELDS);
  if (!filter.ok) {
    // The shared parser names the user resource in its message; name the resource asked for.
    const message = filter.error.message.replace("resource 'User'", `resource '${typeName}'`);
    return { ok: false, response: graphError(400, filter.error.code, message) };
  }
  return { ok: true, grants: grants.filter((g) => matchesFilter(filter.expr, g)) };
}
