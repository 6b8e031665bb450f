/** The licenses one user holds, and whether each is direct or through groups. */
import type { UserLicensesView } from '../views';
import { stringsFor } from '../strings/strings';
import { licenseSource } from '../shared/license-source';
import { personLine } from '../shared/people';
import type { AdaptiveCard } from './adaptive-card';
import { adaptiveCard, factSet, textBlock, title } from './elements';
import { escapeMarkdown as esc } from './escape-markdown';

export function buildUserLicensesCard(view: UserLicensesView): AdaptiveCard {
  const s = stringsFor(view.locale);
  const name = esc(view.user.displayName);
  return adaptiveCard([
    title(s.userLicenses.title({ name })),
    textBlock(personLine(view.user, s, esc), { isSubtle: true, spacing: 'none' }),
    view.licenses.length > 0
      ? factSet(view.licenses.map((l) => ({ title: esc(l.product.displayName), value: licenseSource(l, s, esc) })))
      : textBlock(s.userLicenses.none({ name })),
  ]);
}
