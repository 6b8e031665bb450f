import { signInActivityRefusal } from '../sign-in-access';
import type { Handler } from '../sim-types';
import { projectUser, userSelect, usersContext } from '../user-view';
import { odataContext } from '../odata/collection';
import { lookupUser } from './lookup';

/** `GET /users/{id | userPrincipalName}` (UPN case-insensitive), with `$select`. */
export const getUser: Handler = (req, params, ctx) => {
  const found = lookupUser(ctx, params.id);
  if ('response' in found) return found.response;
  const refused = signInActivityRefusal(req, ctx.state);
  if (refused) return refused;
  const select = userSelect(req, found.user);
  if (!select.ok) return select.response;
  return {
    status: 200,
    body: {
      '@odata.context': odataContext(ctx, `${usersContext(select.fields)}/$entity`),
      ...projectUser(found.user, select.fields),
    },
  };
};
