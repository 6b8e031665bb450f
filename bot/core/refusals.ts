import type { Locale, RefusedView } from '../../cards/views';
import type { Admin } from '../../services/licensing/requester-authority';

/** Refused: the reason, the people it concerns, and the admins who can help. */
export function refusedView(
  locale: Locale,
  code: RefusedView['code'],
  people: string[] = [],
  admins: Pick<Admin, 'displayName'>[] = [],
): RefusedView {
  return { kind: 'refused', locale, code, people, admins: admins.map((a) => a.displayName) };
}

/**
 * The sender is not a user of the directory (no Entra id, or a Slack email nobody has). The one
 * place this refusal is built; `address` is what was looked for, shown back to them.
 */
export function unknownRequesterView(locale: Locale, address?: string): RefusedView {
  return { kind: 'refused', locale, code: 'unknown-requester', ...(address ? { people: [address] } : {}), admins: [] };
}
