import { collectionResponse } from '../odata/collection';
import { filterRoleGrants } from '../roles/role-grant-query';
import { roleLists } from '../roles/role-lists';
import type { Handler } from '../sim-types';

/**
 * `GET /roleManagement/directory/roleEligibilitySchedules`: the tenant file's PIM eligibilities,
 * with the same `$filter` as role assignments. An eligibility grants nothing until activated,
 * which is why it is served here and never among the role assignments.
 */
export const listRoleEligibilitySchedules: Handler = (req, _params, ctx) => {
  const filtered = filterRoleGrants(
    req,
    roleLists(ctx.state).roleEligibilitySchedules.map((e) => ({ ...e })),
    'unifiedRoleEligibilitySchedule',
  );
  if (!filtered.ok) return filtered.response;
  return collectionResponse(req, ctx, 'roleManagement/directory/roleEligibilitySchedules', filtered.grants);
};
