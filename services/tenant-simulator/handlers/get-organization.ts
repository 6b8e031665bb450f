import { odataContext } from '../odata/collection';
import type { Handler } from '../sim-types';

/** `GET /organization`: a collection of one, as in Graph. */
export const getOrganization: Handler = (_req, _params, ctx) => ({
  status: 200,
  body: { '@odata.context': odataContext(ctx, 'organization'), value: [ctx.state.organization] },
});
