import { collectionResponse } from '../odata/collection';
import type { Handler } from '../sim-types';
import { isMember } from '../tenant-state';
import { graphGroup } from './get-group';
import { graphRole } from './list-directory-roles';
import { lookupUser } from './lookup';

/** `GET /users/{id}/memberOf`: direct groups (`#microsoft.graph.group`) and roles (`#microsoft.graph.directoryRole`). */
export const listMemberOf: Handler = (req, params, ctx) => {
  const found = lookupUser(ctx, params.id);
  if ('response' in found) return found.response;
  const id = found.user.id;
  const groups = ctx.state.groups
    .filter((g) => isMember(g.members, id))
    .map((g) => ({ '@odata.type': '#microsoft.graph.group', ...graphGroup(g) }));
  const roles = ctx.state.directoryRoles
    .filter((r) => isMember(r.members, id))
    .map((r) => ({ '@odata.type': '#microsoft.graph.directoryRole', ...graphRole(r) }));
  return collectionResponse(req, ctx, 'directoryObjects', [...groups, ...roles]);
};
