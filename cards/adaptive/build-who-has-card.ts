/** Who holds a product, with its seats; long lists end with "…and N more". */
import type { WhoHasView } from '../views';
import { stringsFor } from '../strings/strings';
import { personLine } from '../shared/people';
import type { AdaptiveCard } from './adaptive-card';
import { adaptiveCard, bullets, compact, textBlock, title } from './elements';
import { escapeMarkdown as esc } from './escape-markdown';

export function buildWhoHasCard(view: WhoHasView): AdaptiveCard {
  const s = stringsFor(view.locale);
  return adaptiveCard(
    compact([
      title(s.whoHas.title({ product: esc(view.product.displayName) })),
      textBlock(s.common.seats(view.product.seats), { isSubtle: true, spacing: 'none' }),
      view.users.length === 0 ? textBlock(s.whoHas.none) : bullets(view.users.map((u) => personLine(u, s, esc))),
      view.truncated > 0 && textBlock(s.common.andMore({ count: view.truncated }), { isSubtle: true }),
    ]),
  );
}
