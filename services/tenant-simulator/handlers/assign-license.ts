import { badRequest } from '../graph-error';
import { applyAssignLicense, parseAssignLicenseBody } from '../license-assignment';
import { odataContext } from '../odata/collection';
import type { Handler } from '../sim-types';
import { projectUser } from '../user-view';
import { lookupUser } from './lookup';

/**
 * `POST /users/{id}/assignLicense` with `{ addLicenses, removeLicenses }`. Answers the updated user
 * with Graph's default properties (200). Forced failures (`failUsers`) come first, as an
 * authorization check would.
 */
export const assignLicense: Handler = (req, params, ctx) => {
  ctx.stats.assignLicenseCalls++;
  const key = params.id ?? '';
  const found = lookupUser(ctx, key);
  const counted = 'user' in found ? found.user.id : key;
  ctx.stats.assignLicenseByUser[counted] = (ctx.stats.assignLicenseByUser[counted] ?? 0) + 1;
  const forced = ctx.userFailure('user' in found ? [key, found.user.id, found.user.userPrincipalName] : [key]);
  if (forced) return forced;
  const body = parseAssignLicenseBody(req.body);
  if (!body)
    return badRequest(
      "Invalid request body: both 'addLicenses' and 'removeLicenses' must be arrays.",
      'Request_BadRequest',
    );
  if ('response' in found) return found.response;
  const error = applyAssignLicense(ctx.state, found.user, body, new Date(ctx.now()).toISOString());
  if (error) return error;
  return {
    status: 200,
    body: { '@odata.context': odataContext(ctx, 'users/$entity'), ...projectUser(found.user, undefined) },
  };
};
