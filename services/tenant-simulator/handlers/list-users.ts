import { signInActivityRefusal } from '../sign-in-access';
import { graphError } from '../graph-error';
import { collectionResponse } from '../odata/collection';
import { matchesFilter } from '../odata/filter-eval';
import { parseFilter } from '../odata/filter-parser';
import { parseSearch } from '../odata/search';
import type { Handler } from '../sim-types';
import { userIndexOf } from '../user-index';
import { projectUser, USER_FILTER_FIELDS, USER_SEARCH_FIELDS, userSelect, usersContext } from '../user-view';

/** `GET /users` with `$filter`, `$search` (needs `ConsistencyLevel: eventual`), `$select`, `$top`, `$count`. */
export const listUsers: Handler = (req, _params, ctx) => {
  const refused = signInActivityRefusal(req, ctx.state);
  if (refused) return refused;
  const select = userSelect(req);
  if (!select.ok) return select.response;
  let users = ctx.state.users;

  const filterText = req.query.get('$filter');
  if (filterText !== undefined) {
    const filter = parseFilter(filterText, USER_FILTER_FIELDS);
    if (!filter.ok) return graphError(400, filter.error.code, filter.error.message);
    // Filterable properties are all stored ones (see USER_FILTER_FIELDS), so the stored user is
    // read as it is: building its Graph view for each of 100,000 users per query was most of a scan.
    const candidates = userIndexOf(ctx.state.users).candidates(filter.expr) ?? users;
    users = candidates.filter((u) => matchesFilter(filter.expr, u));
  }

  const searchText = req.query.get('$search');
  if (searchText !== undefined) {
    if (req.headers.consistencylevel?.toLowerCase() !== 'eventual') {
      return graphError(
        400,
        'Request_UnsupportedQuery',
        "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
      );
    }
    const search = parseSearch(searchText, USER_SEARCH_FIELDS);
    if (!search.ok) return graphError(400, 'Request_UnsupportedQuery', search.message);
    users = users.filter((u) => search.predicate(u));
  }

  const items = users.map((u) => projectUser(u, select.fields));
  return collectionResponse(req, ctx, usersContext(select.fields), items);
};
