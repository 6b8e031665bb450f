/**
 * One entry point for Teams: any view to an Adaptive Card, optionally with a Universal Actions
 * `refresh` so each listed user sees the current state of the request when they open the chat.
 */
import type { View } from '../views';
import { VERBS } from '../views';
import type { AdaptiveCard } from './adaptive-card';
import { buildAffectedUserCard } from './build-affected-user-card';
import { buildApprovalCard } from './build-approval-card';
import { buildClarifyCard } from './build-clarify-card';
import { buildConfirmRemovalCard } from './build-confirm-removal-card';
import { buildFreeSeatsCard } from './build-free-seats-card';
import { buildHelpCard } from './build-help-card';
import { buildNoticeCard } from './build-notice-card';
import { buildParseHelpCard } from './build-parse-help-card';
import { buildProgressCard } from './build-progress-card';
import { buildReclaimCard } from './build-reclaim-card';
import { buildScheduledCard } from './build-scheduled-card';
import { buildRefusedCard } from './build-refused-card';
import { buildResultCard } from './build-result-card';
import { buildUserLicensesCard } from './build-user-licenses-card';
import { buildWhoHasCard } from './build-who-has-card';

/** Teams refreshes a card automatically for at most 60 users. */
export const MAX_REFRESH_USER_IDS = 60;

/** Options for `buildCard`. */
export interface BuildCardOptions {
  /**
   * Entra ids of users for whom Teams should refresh the card (≤ 60; more throws a RangeError:
   * the caller must pick whom). Ignored for views without a request id and when empty.
   */
  refreshUserIds?: readonly string[];
}

function cardFor(view: View): AdaptiveCard {
  switch (view.kind) {
    case 'affected-user':
      return buildAffectedUserCard(view);
    case 'reclaim':
      return buildReclaimCard(view);
    case 'scheduled':
      return buildScheduledCard(view);
    case 'confirm-removal':
      return buildConfirmRemovalCard(view);
    case 'clarify':
      return buildClarifyCard(view);
    case 'parse-help':
      return buildParseHelpCard(view);
    case 'refused':
      return buildRefusedCard(view);
    case 'progress':
      return buildProgressCard(view);
    case 'result':
      return buildResultCard(view);
    case 'notice':
      return buildNoticeCard(view);
    case 'user-licenses':
      return buildUserLicensesCard(view);
    case 'who-has':
      return buildWhoHasCard(view);
    case 'free-seats':
      return buildFreeSeatsCard(view);
    case 'help':
      return buildHelpCard(view);
    case 'approval':
      return buildApprovalCard(view);
  }
}

export function buildCard(view: View, opts: BuildCardOptions = {}): AdaptiveCard {
  const userIds = opts.refreshUserIds ?? [];
  if (userIds.length > MAX_REFRESH_USER_IDS) {
    throw new RangeError(`refreshUserIds has ${userIds.length} ids; Teams refreshes at most ${MAX_REFRESH_USER_IDS}`);
  }
  const card = cardFor(view);
  if (userIds.length === 0 || !('requestId' in view)) return card;
  return {
    ...card,
    refresh: {
      action: { type: 'Action.Execute', verb: VERBS.refresh, data: { requestId: view.requestId } },
      userIds: [...userIds],
    },
  };
}
