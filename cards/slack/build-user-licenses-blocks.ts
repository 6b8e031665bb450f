/** The licenses one user holds, and whether each is direct or through groups. */
import type { UserLicensesView } from '../views';
import { stringsFor } from '../strings/strings';
import { licenseSource } from '../shared/license-source';
import { personLine } from '../shared/people';
import type { SlackMessage } from './block-kit';
import { bulletLines, compactBlocks, context, header, section, sections } from './blocks';
import { escapeMrkdwn as esc, plain } from './escape-mrkdwn';

export function buildUserLicensesBlocks(view: UserLicensesView): SlackMessage {
  const s = stringsFor(view.locale);
  const lines = view.licenses.map((l) => `*${esc(l.product.displayName)}*: ${licenseSource(l, s, esc)}`);
  return {
    text: s.userLicenses.title({ name: esc(view.user.displayName) }),
    blocks: compactBlocks([
      header(s.userLicenses.title({ name: plain(view.user.displayName) })),
      context(personLine(view.user, s, esc)),
      lines.length > 0
        ? sections([bulletLines(lines)])
        : section(s.userLicenses.none({ name: esc(view.user.displayName) })),
    ]),
  };
}
