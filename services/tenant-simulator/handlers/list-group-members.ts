import { resourceNotFound } from '../graph-error';
import { collectionResponse } from '../odata/collection';
import type { Handler } from '../sim-types';
import { findGroup, findUser } from '../tenant-state';
import { projectUser, userSelect } from '../user-view';

/** `GET /groups/{id}/members`: the group's users (this simulator's groups hold only users). */
export const listGroupMembers: Handler = (req, params, ctx) => {
  const group = findGroup(ctx.state, params.id ?? '');
  if (!group) return resourceNotFound(params.id ?? '');
  const select = userSelect(req);
  if (!select.ok) return select.response;
  const members = group.members
    .map((id) => findUser(ctx.state, id))
    .filter((u) => u !== undefined)
    .map((u) => ({ '@odata.type': '#microsoft.graph.user', ...projectUser(u, select.fields) }));
  return collectionResponse(req, ctx, 'directoryObjects', members);
};
