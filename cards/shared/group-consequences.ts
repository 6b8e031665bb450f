/**
 * Grouping consequences so a card says each thing once. Users whose consequence lists are
 * identical share one group ("Anna, Bo: …"). When that still leaves many groups (everyone
 * slightly different), grouping switches to one group per distinct consequence, which keeps
 * a 20-user card small while still naming who is affected.
 */
import type { ConsequenceView } from '../views';

/** Users who share the same consequences. `items` is never empty. */
export interface ConsequenceGroup {
  userIds: string[];
  items: ConsequenceView[];
}

type PerUser = readonly { userId: string; items: readonly ConsequenceView[] }[];

/** A stable key for one consequence: params sorted so their order does not matter. */
function itemKey(item: ConsequenceView): string {
  const params = item.params ?? {};
  const sorted = Object.keys(params)
    .sort()
    .map((k) => [k, params[k]]);
  return JSON.stringify([item.code, sorted]);
}

function push(groups: Map<string, ConsequenceGroup>, key: string, userId: string, items: ConsequenceView[]): void {
  const existing = groups.get(key);
  if (existing) {
    if (!existing.userIds.includes(userId)) existing.userIds.push(userId);
  } else {
    groups.set(key, { userIds: [userId], items });
  }
}

/** One group per distinct consequence list, in order of first appearance. */
export function groupByList(perUser: PerUser): ConsequenceGroup[] {
  const groups = new Map<string, ConsequenceGroup>();
  for (const { userId, items } of perUser) {
    if (items.length === 0) continue;
    push(groups, JSON.stringify(items.map(itemKey)), userId, [...items]);
  }
  return [...groups.values()];
}

/** One group per distinct consequence, in order of first appearance. */
export function groupByItem(perUser: PerUser): ConsequenceGroup[] {
  const groups = new Map<string, ConsequenceGroup>();
  for (const { userId, items } of perUser) {
    for (const item of items) push(groups, itemKey(item), userId, [item]);
  }
  return [...groups.values()];
}

/** By list while that gives at most `maxGroups` groups, else by item. */
export function groupConsequences(perUser: PerUser, maxGroups = 6): ConsequenceGroup[] {
  const byList = groupByList(perUser);
  return byList.length <= maxGroups ? byList : groupByItem(perUser);
}
