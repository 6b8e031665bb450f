import { badRequest } from '../graph-error';
import { collectionResponse } from '../odata/collection';
import { activeRoleAssignments, graphRoleGrant } from '../roles/role-assignment-view';
import { filterRoleGrants } from '../roles/role-grant-query';
import type { Handler, HandlerContext } from '../sim-types';
import { findGroup, findUser } from '../tenant-state';
import { projectUser } from '../user-view';
import { graphGroup } from './get-group';

/** The assignment's principal as `$expand=principal` returns it: a typed directory object. */
function principalOf(ctx: HandlerContext, id: string): Record<string, unknown> | null {
  const user = findUser(ctx.state, id);
  if (user)
    return {
      '@odata.type': '#microsoft.graph.user',
      ...projectUser(user, undefined),
      accountEnabled: user.accountEnabled,
    };
  const group = findGroup(ctx.state, id);
  return group ? { '@odata.type': '#microsoft.graph.group', ...graphGroup(group) } : null;
}

/**
 * `GET /roleManagement/directory/roleAssignments`: active assignments (never PIM eligibilities),
 * with `$filter` (`eq`/`in` on principalId, roleDefinitionId, directoryScopeId, id, joined with
 * `and`/`or`), `$expand=principal`, and paging. Group principals are listed as the group: Graph does
 * not expand an assignment to the group's members here.
 */
export const listRoleAssignments: Handler = (req, _params, ctx) => {
  const expand = req.query.get('$expand');
  if (expand !== undefined && expand.trim() !== 'principal')
    return badRequest(
      `Could not find a property named '${expand.trim()}' on type 'microsoft.graph.unifiedRoleAssignment'.`,
    );
  const filtered = filterRoleGrants(req, activeRoleAssignments(ctx.state), 'unifiedRoleAssignment');
  if (!filtered.ok) return filtered.response;
  const items = filtered.grants.map((g) =>
    expand === undefined ? graphRoleGrant(g) : { ...graphRoleGrant(g), principal: principalOf(ctx, g.principalId) },
  );
  const fragment = `roleManagement/directory/roleAssignments${expand === undefined ? '' : '(principal())'}`;
  return collectionResponse(req, ctx, fragment, items);
};
