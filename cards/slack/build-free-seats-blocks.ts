/** Free seats per product. */
import type { FreeSeatsView } from '../views';
import { stringsFor } from '../strings/strings';
import type { SlackMessage } from './block-kit';
import { header, section, sections } from './blocks';
import { escapeMrkdwn as esc } from './escape-mrkdwn';
import { fitMessage } from './fit-message';

export function buildFreeSeatsBlocks(view: FreeSeatsView): SlackMessage {
  const s = stringsFor(view.locale);
  const lines = view.products.map((p) => `• ${s.freeSeats.line({ product: esc(p.displayName), ...p.seats })}`);
  const blocks = [header(s.freeSeats.title), ...(lines.length > 0 ? sections(lines) : [section(s.freeSeats.none)])];
  return { text: s.freeSeats.title, blocks: fitMessage(() => blocks, s.common.shortened) };
}
