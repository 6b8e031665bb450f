/** "Removing… 3 of 20" while a request runs; no actions, so nobody clicks twice. */
import type { ProgressView } from '../views';
import { stringsFor } from '../strings/strings';
import type { AdaptiveCard } from './adaptive-card';
import { adaptiveCard, textBlock } from './elements';

export function buildProgressCard(view: ProgressView): AdaptiveCard {
  const s = stringsFor(view.locale);
  const p = { done: view.done, total: view.total };
  return adaptiveCard([
    textBlock(view.operation === 'undo' ? s.progress.restoring(p) : s.progress.removing(p), { weight: 'bolder' }),
  ]);
}
