import { odataContext } from '../odata/collection';
import type { Handler } from '../sim-types';

/** `GET /directory/subscriptions`: companySubscription objects (`ownerType: "User"` = self-service purchase). */
export const listSubscriptions: Handler = (_req, _params, ctx) => ({
  status: 200,
  body: { '@odata.context': odataContext(ctx, 'directory/subscriptions'), value: ctx.state.subscriptions },
});
