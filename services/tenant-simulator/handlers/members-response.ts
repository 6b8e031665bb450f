import { collectionResponse } from '../odata/collection';
import type { Handler } from '../sim-types';
import { findUser } from '../tenant-state';
import { projectUser, userSelect } from '../user-view';

/** A `members` collection of users (roles and groups alike), with `$select` and paging as Graph. */
export function membersResponse(
  req: Parameters<Handler>[0],
  ctx: Parameters<Handler>[2],
  memberIds: readonly string[],
): ReturnType<Handler> {
  const select = userSelect(req);
  if (!select.ok) return select.response;
  const members = memberIds
    .map((id) => findUser(ctx.state, id))
    .filter((u) => u !== undefined)
    .map((u) => ({ '@odata.type': '#microsoft.graph.user', ...projectUser(u, select.fields) }));
  return collectionResponse(req, ctx, 'directoryObjects', members);
}
