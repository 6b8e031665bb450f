/** Help and welcome: what License Desk does, with examples to copy. */
import type { HelpView } from '../views';
import { stringsFor } from '../strings/strings';
import type { AdaptiveCard } from './adaptive-card';
import { adaptiveCard, bullets, compact, heading, textBlock, title } from './elements';
import { escapeMarkdown } from './escape-markdown';
import { helpExamples } from '../shared/clarify-text';

export function buildHelpCard(view: HelpView): AdaptiveCard {
  const s = stringsFor(view.locale);
  return adaptiveCard(
    compact([
      title(s.help.title),
      view.welcome && textBlock(s.help.welcome),
      textBlock(s.help.intro),
      heading(s.help.examplesHeading),
      bullets(helpExamples(view, s, escapeMarkdown)),
      !view.canRemove && textBlock(s.help.managerNote, { color: 'accent' }),
      textBlock(s.help.safety, { isSubtle: true }),
    ]),
  );
}
