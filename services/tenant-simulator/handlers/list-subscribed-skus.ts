import { odataContext } from '../odata/collection';
import type { Handler } from '../sim-types';

/** `GET /subscribedSkus`: one entry per SKU, with live `consumedUnits`. */
export const listSubscribedSkus: Handler = (_req, _params, ctx) => ({
  status: 200,
  body: { '@odata.context': odataContext(ctx, 'subscribedSkus'), value: ctx.state.subscribedSkus },
});
