import { resourceNotFound } from '../graph-error';
import type { Handler } from '../sim-types';
import { findGroup } from '../tenant-state';
import { membersResponse } from './members-response';

/** `GET /groups/{id}/members`: the group's users (this simulator's groups hold only users). */
export const listGroupMembers: Handler = (req, params, ctx) => {
  const group = findGroup(ctx.state, params.id ?? '');
  if (!group) return resourceNotFound(params.id ?? '');
  return membersResponse(req, ctx, group.members);
};
