import type { DirectoryRole } from '@microsoft/microsoft-graph-types';
import type { Handler } from '../sim-types';
import type { TenantDirectoryRole } from '../tenant-file';
import { odataContext } from '../odata/collection';

/** An activated role as Graph holds it: without the simulator's `members` list. */
export function graphRole(role: TenantDirectoryRole): DirectoryRole & Record<string, unknown> {
  const { members: _members, ...rest } = role;
  return { description: null, ...rest };
}

/** `GET /directoryRoles`: the activated roles. */
export const listDirectoryRoles: Handler = (_req, _params, ctx) => ({
  status: 200,
  body: { '@odata.context': odataContext(ctx, 'directoryRoles'), value: ctx.state.directoryRoles.map(graphRole) },
});
