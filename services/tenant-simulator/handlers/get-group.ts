import type { Group } from '@microsoft/microsoft-graph-types';
import { badRequest, resourceNotFound } from '../graph-error';
import { odataContext } from '../odata/collection';
import { parseSelect, pick } from '../odata/select';
import type { Handler } from '../sim-types';
import type { TenantGroup } from '../tenant-file';
import { findGroup } from '../tenant-state';

/** A tenant group as Graph holds it: without the simulator's `members` list. */
export function graphGroup(group: TenantGroup): Group & Record<string, unknown> {
  const { members: _members, isAssignableToRole, ...rest } = group;
  return {
    description: null,
    groupTypes: [],
    mailEnabled: rest.mail != null,
    securityEnabled: true,
    ...rest,
    ...(isAssignableToRole === undefined ? {} : { isAssignableToRole }),
  };
}

/** Graph's default group properties; like `assignedLicenses`, others come only on `$select`. */
const GROUP_DEFAULT_FIELDS = [
  'id',
  'description',
  'displayName',
  'groupTypes',
  'mail',
  'mailEnabled',
  'securityEnabled',
];

/** `GET /groups/{id}`, with `$select` (e.g. `$select=id,displayName,assignedLicenses`). */
export const getGroup: Handler = (req, params, ctx) => {
  const group = params.id === undefined ? undefined : findGroup(ctx.state, params.id);
  if (!group) return resourceNotFound(params.id ?? '');
  const view = graphGroup(group);
  const select = parseSelect(req.query.get('$select'), new Set(Object.keys(view)), 'microsoft.graph.group');
  if (!select.ok) return badRequest(select.message);
  return {
    status: 200,
    body: {
      '@odata.context': odataContext(ctx, 'groups/$entity'),
      ...pick(view, select.fields ?? GROUP_DEFAULT_FIELDS),
    },
  };
};
