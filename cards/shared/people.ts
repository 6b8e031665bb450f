/** Looking up people of a view by id, with a readable fallback for ids the view does not list. */
import type { PersonView } from '../views';
import type { Strings } from '../strings/strings';

/** The display name for a user id, or "Unknown user (id)". */
export function nameOf(users: readonly PersonView[], userId: string, strings: Strings): string {
  return users.find((u) => u.id === userId)?.displayName ?? strings.common.unknownUser({ id: userId });
}

/** "Name (mail) — department", escaped, with the disabled flag when the account is disabled. */
export function personLine(person: PersonView, strings: Strings, esc: (t: string) => string): string {
  const base = strings.common.person({
    name: esc(person.displayName),
    address: esc(person.address),
    ...(person.department ? { department: esc(person.department) } : {}),
  });
  return person.accountEnabled ? base : `${base} (${strings.common.accountDisabled})`;
}

/** Names for a list of ids, cut after `max` with "…and N more". */
export function namesOf(
  users: readonly PersonView[],
  userIds: readonly string[],
  strings: Strings,
  esc: (t: string) => string,
  max = Number.POSITIVE_INFINITY,
): string {
  const shown = userIds.slice(0, max).map((id) => esc(nameOf(users, id, strings)));
  const rest = userIds.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} ${strings.common.andMore({ count: rest })}` : shown.join(', ');
}
