/** How a user holds a license: directly, through groups, or both. */
import type { UserLicensesView } from '../views';
import type { Strings } from '../strings/strings';
import type { Escape } from './escape';

export function licenseSource(l: UserLicensesView['licenses'][number], s: Strings, escape: Escape): string {
  const groups = l.groups.map(escape);
  if (groups.length === 0) return s.userLicenses.direct;
  return l.direct ? s.userLicenses.directAndGroups({ groups }) : s.userLicenses.viaGroups({ groups });
}
