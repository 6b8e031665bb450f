import { graphUserOf } from '../../services/directory/directory-user';
import type { PlanOptions } from '../../services/licensing/plan-removal';
import { indexedPeopleResolver } from '../../services/licensing/resolve-people-indexed';
import type { CoreDeps } from './core-deps';

/**
 * The planner's options for this core: names, and the requester, from the directory index once it
 * has loaded (a requester it does not know yet is read from Graph).
 */
export function planOptions(deps: CoreDeps): PlanOptions {
  const vocabulary = deps.vocabulary;
  if (!vocabulary?.ready) return {};
  return {
    resolvePeople: indexedPeopleResolver(() => vocabulary.people, deps.graph),
    knownRequester: (id) => {
      const user = vocabulary.people.get(id);
      return user ? graphUserOf(user) : undefined;
    },
  };
}
