/** What happened to one user: removed, restored, skipped and why, failed and why (with Graph's request-id). */
import type { UserOutcomeView } from '../views';
import type { Strings } from '../strings/strings';
import { KNOWN_FAILURE_CODES } from '../strings/strings';
import type { Escape } from './escape';

/** The failure reason for a code, plus the Graph request-id Microsoft support asks for. */
export function failureText(code: string, requestId: string | undefined, strings: Strings, esc: Escape): string {
  const known = KNOWN_FAILURE_CODES.find((c) => c === code);
  const reason = known ? strings.failure[known] : strings.failure.unknown({ code: esc(code) });
  return requestId ? `${reason} (${strings.failure.supportId({ requestId: esc(requestId) })})` : reason;
}

/**
 * The outcome as a phrase without the user's name. `undo` words a done outcome as "restored",
 * because undo outcomes reuse the 'removed' status for "the operation succeeded".
 */
export function outcomeText(outcome: UserOutcomeView, strings: Strings, esc: Escape, undo = false): string {
  const products = outcome.products.map(esc);
  switch (outcome.status) {
    case 'removed':
      return undo ? strings.result.restored({ products }) : strings.result.removed({ products });
    case 'skipped':
      return strings.result.skipped({ reason: strings.skipReason[outcome.reason]({ groups: [], buyer: '' }) });
    case 'failed':
      return strings.result.failed({ reason: failureText(outcome.code, outcome.requestId, strings, esc) });
    case 'pending':
      return strings.result.pending;
  }
}
