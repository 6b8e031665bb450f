/** Warning sentences for a confirmation. */
import type { PersonView, WarningView } from '../views';
import type { Strings } from '../strings/strings';
import type { Escape } from './escape';
import { nameOf } from './people';

export function warningText(warning: WarningView, users: readonly PersonView[], strings: Strings, esc: Escape): string {
  switch (warning.code) {
    case 'self-removal':
      return strings.warning.selfRemoval;
    case 'account-disabled':
      return strings.warning.accountDisabled({ name: esc(nameOf(users, warning.userId, strings)) });
    case 'removes-now':
      return strings.warning.removesNow({ date: esc(warning.date) });
    case 'more-requests':
      return strings.warning.moreRequests({ count: warning.count });
  }
}
