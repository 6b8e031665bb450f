import { resourceNotFound } from '../graph-error';
import { collectionResponse, odataContext } from '../odata/collection';
import { roleLists } from '../roles/role-lists';
import type { Handler, HandlerContext, SimResponse } from '../sim-types';
import type { TenantFile } from '../tenant-file';
import { membersResponse } from './members-response';

type TenantUnit = NonNullable<TenantFile['administrativeUnits']>[number];

/** A unit as Graph holds it: without the simulator's `members` list. */
function graphUnit(unit: TenantUnit): Record<string, unknown> {
  const { members: _members, ...rest } = unit;
  return { description: null, visibility: null, ...rest };
}

function lookupUnit(ctx: HandlerContext, id: string | undefined): { unit: TenantUnit } | { response: SimResponse } {
  const key = (id ?? '').toLowerCase();
  const unit = roleLists(ctx.state).administrativeUnits.find((u) => u.id.toLowerCase() === key);
  return unit ? { unit } : { response: resourceNotFound(id ?? '') };
}

/** `GET /directory/administrativeUnits`. */
export const listAdministrativeUnits: Handler = (req, _params, ctx) =>
  collectionResponse(
    req,
    ctx,
    'directory/administrativeUnits',
    roleLists(ctx.state).administrativeUnits.map(graphUnit),
  );

/** `GET /directory/administrativeUnits/{id}`; 404 `Request_ResourceNotFound` for an unknown unit. */
export const getAdministrativeUnit: Handler = (_req, params, ctx) => {
  const found = lookupUnit(ctx, params.id);
  if ('response' in found) return found.response;
  return {
    status: 200,
    body: { '@odata.context': odataContext(ctx, 'directory/administrativeUnits/$entity'), ...graphUnit(found.unit) },
  };
};

/** `GET /directory/administrativeUnits/{id}/members`: the unit's users, with `$select` and paging. */
export const listAdministrativeUnitMembers: Handler = (req, params, ctx) => {
  const found = lookupUnit(ctx, params.id);
  if ('response' in found) return found.response;
  return membersResponse(req, ctx, found.unit.members);
};
