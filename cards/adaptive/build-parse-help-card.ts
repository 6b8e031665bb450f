/** A specific question with an example, for input we could not parse. */
import type { ParseHelpView } from '../views';
import { stringsFor } from '../strings/strings';
import type { AdaptiveCard } from './adaptive-card';
import { adaptiveCard, textBlock } from './elements';

export function buildParseHelpCard(view: ParseHelpView): AdaptiveCard {
  return adaptiveCard([textBlock(stringsFor(view.locale).parseHelp[view.code])]);
}
