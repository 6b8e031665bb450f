import { resourceNotFound } from '../graph-error';
import type { Handler } from '../sim-types';
import { membersResponse } from './members-response';

/** `GET /directoryRoles/{id}/members` (by role object id, or `roleTemplateId=<id>` as Graph allows). */
export const listDirectoryRoleMembers: Handler = (req, params, ctx) => {
  const key = (params.id ?? '').toLowerCase();
  const templateKey = /^roletemplateid=(.+)$/.exec(key)?.[1];
  const role = ctx.state.directoryRoles.find((r) =>
    templateKey ? r.roleTemplateId.toLowerCase() === templateKey : r.id.toLowerCase() === key,
  );
  if (!role) return resourceNotFound(params.id ?? '');
  return membersResponse(req, ctx, role.members);
};
