/** "Removing… 3 of 20" while a request runs; no buttons, so nobody clicks twice. */
import type { ProgressView } from '../views';
import { stringsFor } from '../strings/strings';
import type { SlackMessage } from './block-kit';
import { section } from './blocks';

export function buildProgressBlocks(view: ProgressView): SlackMessage {
  const s = stringsFor(view.locale);
  const p = { done: view.done, total: view.total };
  const text = view.operation === 'undo' ? s.progress.restoring(p) : s.progress.removing(p);
  return { text, blocks: [section(`:hourglass_flowing_sand: *${text}*`)] };
}
