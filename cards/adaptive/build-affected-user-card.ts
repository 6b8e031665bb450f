/** The message to an affected user: what changes, what happens to their data, whom to ask. No actions. */
import type { AffectedUserView } from '../views';
import { affectedStringsFor } from '../strings/affected-strings';
import { affectedTexts } from '../shared/affected-texts';
import type { AdaptiveCard } from './adaptive-card';
import { adaptiveCard, bullets, compact, heading, textBlock, title } from './elements';
import { escapeMarkdown as esc } from './escape-markdown';

export function buildAffectedUserCard(view: AffectedUserView): AdaptiveCard {
  const t = affectedTexts(view, esc);
  return adaptiveCard(
    compact([
      title(t.title),
      textBlock(t.what, { weight: 'bolder' }),
      t.data.length > 0 && heading(affectedStringsFor(view.locale).dataHeading),
      bullets(t.data),
      textBlock(t.ask, { isSubtle: true }),
    ]),
  );
}
