import { collectionResponse } from '../odata/collection';
import type { Handler } from '../sim-types';
import { projectUser, userSelect } from '../user-view';
import { userIndexOf } from '../user-index';
import { lookupUser } from './lookup';

/** `GET /users/{id}/directReports`: users whose manager is this user, as directoryObjects. */
export const listDirectReports: Handler = (req, params, ctx) => {
  const found = lookupUser(ctx, params.id);
  if ('response' in found) return found.response;
  const select = userSelect(req);
  if (!select.ok) return select.response;
  const reports = userIndexOf(ctx.state.users)
    .reportsOf(found.user.id)
    .map((u) => ({ '@odata.type': '#microsoft.graph.user', ...projectUser(u, select.fields) }));
  return collectionResponse(req, ctx, 'directoryObjects', reports);
};
