import { bearerClaims } from '../bearer-claims';
import { graphError, resourceNotFound } from '../graph-error';
import { odataContext } from '../odata/collection';
import type { Handler } from '../sim-types';
import { findUser } from '../tenant-state';
import { projectUser, userSelect, usersContext } from '../user-view';

/**
 * `GET /me`: the signed-in user named by the bearer token's `oid` (else `upn` /
 * `preferred_username`), with `$select`. As in Graph: no token → 401 `InvalidAuthenticationToken`;
 * an app-only token (no `scp` claim) → 400 "/me request is only valid with delegated authentication flow.".
 */
export const getMe: Handler = (req, _params, ctx) => {
  const claims = bearerClaims(req.headers);
  if (claims === undefined) return graphError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
  if (claims === 'malformed') return graphError(401, 'InvalidAuthenticationToken', 'IDX14100: JWT is not well formed.');
  if (claims.scp === undefined)
    return graphError(400, 'BadRequest', '/me request is only valid with delegated authentication flow.');
  const key = claims.oid ?? claims.upn ?? claims.preferred_username;
  const user = key === undefined ? undefined : findUser(ctx.state, key);
  if (!user) return resourceNotFound(key ?? '');
  const select = userSelect(req, user);
  if (!select.ok) return select.response;
  return {
    status: 200,
    body: {
      '@odata.context': odataContext(ctx, `${usersContext(select.fields)}/$entity`),
      ...projectUser(user, select.fields),
    },
  };
};
