/** Free seats per product. */
import type { FreeSeatsView } from '../views';
import { stringsFor } from '../strings/strings';
import type { AdaptiveCard } from './adaptive-card';
import { adaptiveCard, bullets, textBlock, title } from './elements';
import { escapeMarkdown as esc } from './escape-markdown';

export function buildFreeSeatsCard(view: FreeSeatsView): AdaptiveCard {
  const s = stringsFor(view.locale);
  const lines = view.products.map((p) => s.freeSeats.line({ product: esc(p.displayName), ...p.seats }));
  return adaptiveCard([title(s.freeSeats.title), bullets(lines) ?? textBlock(s.freeSeats.none)]);
}
