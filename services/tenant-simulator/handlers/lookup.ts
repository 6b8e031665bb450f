import { resourceNotFound } from '../graph-error';
import type { HandlerContext, SimResponse } from '../sim-types';
import type { TenantUser } from '../tenant-file';
import { findUser } from '../tenant-state';

/** The user named by a path segment (id or UPN), or Graph's 404. */
export function lookupUser(
  ctx: HandlerContext,
  idOrUpn: string | undefined,
): { user: TenantUser } | { response: SimResponse } {
  const user = idOrUpn === undefined ? undefined : findUser(ctx.state, idOrUpn);
  return user ? { user } : { response: resourceNotFound(idOrUpn ?? '') };
}
