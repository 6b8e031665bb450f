import { resourceNotFound } from '../graph-error';
import { odataContext } from '../odata/collection';
import type { Handler } from '../sim-types';
import { findUser } from '../tenant-state';
import { projectUser, userSelect } from '../user-view';
import { lookupUser } from './lookup';

/** `GET /users/{id}/manager`: 404 `Request_ResourceNotFound` when the user has none (as Graph). */
export const getManager: Handler = (req, params, ctx) => {
  const found = lookupUser(ctx, params.id);
  if ('response' in found) return found.response;
  const manager = found.user.managerId ? findUser(ctx.state, found.user.managerId) : undefined;
  if (!manager) return resourceNotFound('manager');
  const select = userSelect(req);
  if (!select.ok) return select.response;
  return {
    status: 200,
    body: {
      '@odata.context': odataContext(ctx, 'directoryObjects/$entity'),
      '@odata.type': '#microsoft.graph.user',
      ...projectUser(manager, select.fields),
    },
  };
};
