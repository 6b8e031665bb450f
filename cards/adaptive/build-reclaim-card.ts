/**
 * "Licenses you can free", laid out like the admin center's Manage product licenses dialog:
 * the candidates grouped by reason as checkboxes (all checked), what was found but cannot be
 * removed here, seats (and money) freed per month, what happens to the users' data, then
 * Unassign (or, for a manager, a reason and Send for approval) and Cancel.
 */
import type { ReclaimView } from '../views';
import { candidateKey, INPUTS, VERBS } from '../views';
import { stringsFor } from '../strings/strings';
import { reclaimStringsFor } from '../strings/reclaim-strings';
import { candidateCount, candidateLine, notOfferedLines, pricesMissing, savingsLines } from '../shared/reclaim-texts';
import type { AdaptiveCard } from './adaptive-card';
import {
  actionSet,
  adaptiveCard,
  bullets,
  compact,
  executeAction,
  heading,
  textBlock,
  textInput,
  title,
  toggle,
  withoutInputs,
} from './elements';
import { INPUT_LIMITS } from '../input-limits';
import { escapeMarkdown as esc } from './escape-markdown';
import { consequencesSection } from './sections';

export function buildReclaimCard(view: ReclaimView): AdaptiveCard {
  const s = stringsFor(view.locale);
  const r = reclaimStringsFor(view.locale);
  const count = candidateCount(view);
  const approval = view.mode === 'needs-approval';
  const data = { requestId: view.requestId };
  return adaptiveCard(
    compact([
      title(r.title),
      textBlock(s.dialog.manageTitle, { isSubtle: true, spacing: 'none' }),
      count > 0 && textBlock(r.scope[view.scope]),
      view.signIn !== 'available' && textBlock(r.signInUnavailable[view.signIn], { color: 'attention' }),
      ...view.groups.flatMap((g) => [
        heading(r.reasonHeading[g.reason]({ count: g.candidates.length, days: view.inactiveDays })),
        ...g.candidates.map((c) =>
          toggle(INPUTS.candidateToggle(candidateKey(c.userId, c.skuId)), candidateLine(view, c, s, esc), true),
        ),
      ]),
      view.more > 0 && textBlock(r.more({ count: view.more }), { color: 'accent' }),
      count === 0 && textBlock(r.none({ days: view.inactiveDays }), { weight: 'bolder' }),
      view.notOffered.length > 0 && heading(r.notOfferedHeading),
      bullets(notOfferedLines(view, s, esc), { isSubtle: true }),
      view.savings.length > 0 && heading(r.savingsHeading),
      bullets(savingsLines(view, s, esc)),
      pricesMissing(view) && textBlock(r.pricesHint, { isSubtle: true, spacing: 'none' }),
      ...consequencesSection(view.consequences, view.users, s),
      count > 0 && approval && textBlock(s.dialog.approvalIntro, { color: 'accent' }),
      count > 0 &&
        approval &&
        textInput(INPUTS.reason, s.dialog.reasonLabel, INPUT_LIMITS.reason, s.dialog.reasonPlaceholder),
      count > 0 &&
        actionSet([
          approval
            ? executeAction(VERBS.sendForApproval, data, s.dialog.sendForApproval, 'positive')
            : executeAction(VERBS.confirm, data, r.confirm, 'destructive'),
          withoutInputs(executeAction(VERBS.cancel, data, s.common.cancel)),
        ]),
    ]),
  );
}
