/** One entry point for Slack: any view to a Block Kit message (fallback text + blocks). */
import type { View } from '../views';
import type { SlackMessage } from './block-kit';
import { buildAffectedUserBlocks } from './build-affected-user-blocks';
import { buildApprovalBlocks } from './build-approval-blocks';
import { buildClarifyBlocks } from './build-clarify-blocks';
import { buildConfirmRemovalBlocks } from './build-confirm-removal-blocks';
import { buildFreeSeatsBlocks } from './build-free-seats-blocks';
import { buildHelpBlocks } from './build-help-blocks';
import { buildNoticeBlocks } from './build-notice-blocks';
import { buildParseHelpBlocks } from './build-parse-help-blocks';
import { buildProgressBlocks } from './build-progress-blocks';
import { buildReclaimBlocks } from './build-reclaim-blocks';
import { buildScheduledBlocks } from './build-scheduled-blocks';
import { buildRefusedBlocks } from './build-refused-blocks';
import { buildResultBlocks } from './build-result-blocks';
import { buildUserLicensesBlocks } from './build-user-licenses-blocks';
import { buildWhoHasBlocks } from './build-who-has-blocks';

export function buildBlocks(view: View): SlackMessage {
  switch (view.kind) {
    case 'affected-user':
      return buildAffectedUserBlocks(view);
    case 'reclaim':
      return buildReclaimBlocks(view);
    case 'scheduled':
      return buildScheduledBlocks(view);
    case 'confirm-removal':
      return buildConfirmRemovalBlocks(view);
    case 'clarify':
      return buildClarifyBlocks(view);
    case 'parse-help':
      return buildParseHelpBlocks(view);
    case 'refused':
      return buildRefusedBlocks(view);
    case 'progress':
      return buildProgressBlocks(view);
    case 'result':
      return buildResultBlocks(view);
    case 'notice':
      return buildNoticeBlocks(view);
    case 'user-licenses':
      return buildUserLicensesBlocks(view);
    case 'who-has':
      return buildWhoHasBlocks(view);
    case 'free-seats':
      return buildFreeSeatsBlocks(view);
    case 'help':
      return buildHelpBlocks(view);
    case 'approval':
      return buildApprovalBlocks(view);
  }
}
