import type { PlanOptions } from '../../services/licensing/plan-removal';
import { indexedPeopleResolver } from '../../services/licensing/resolve-people-indexed';
import type { CoreDeps } from './core-deps';

/** The planner's options for this core: names from the directory index once it has loaded. */
export function planOptions(deps: CoreDeps): PlanOptions {
  const vocabulary = deps.vocabulary;
  return vocabulary?.ready ? { resolvePeople: indexedPeopleResolver(() => vocabulary.people, deps.graph) } : {};
}
