import { resourceNotFound } from '../graph-error';
import { collectionResponse } from '../odata/collection';
import type { Handler } from '../sim-types';
import { findUser } from '../tenant-state';
import { projectUser, userSelect } from '../user-view';

/** `GET /directoryRoles/{id}/members` (by role object id, or `roleTemplateId=<id>` as Graph allows). */
export const listDirectoryRoleMembers: Handler = (req, params, ctx) => {
  const key = (params.id ?? '').toLowerCase();
  const templateKey = /^roletemplateid=(.+)$/.exec(key)?.[1];
  const role = ctx.state.directoryRoles.find((r) =>
    templateKey ? r.roleTemplateId.toLowerCase() === templateKey : r.id.toLowerCase() === key,
  );
  if (!role) return resourceNotFound(params.id ?? '');
  const select = userSelect(req);
  if (!select.ok) return select.response;
  const members = role.members
    .map((id) => findUser(ctx.state, id))
    .filter((u) => u !== undefined)
    .map((u) => ({ '@odata.type': '#microsoft.graph.user', ...projectUser(u, select.fields) }));
  return collectionResponse(req, ctx, 'directoryObjects', members);
};
