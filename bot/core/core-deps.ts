import type { LicenseGraph } from '../../services/graph/license-graph';
import type { RequestRepository } from '../../services/licensing/request-repository';
import type { DocumentStore } from '../../services/store/document-store';
import type { ConversationRecord } from './conversation-record';
import type { Notifier } from './notifier';
import type { Logger } from '../logger';

/**
 * What the conversation core needs, passed in by the startup module. The core knows neither
 * botbuilder nor Bolt: channels translate their traffic to `MessageTurn` / `ActionTurn` and render
 * the views it returns.
 */
export interface CoreDeps {
  /** Reads everything from Graph: for whatever a click decides (authority, execution, results). */
  graph: LicenseGraph;
  /**
   * For answering a chat message (questions, plans): the tenant's facts (SKUs and seats,
   * subscriptions, admin roles, group names) may be up to TENANT_FACTS_TTL_MS old; users are fresh.
   */
  messageGraph: LicenseGraph;
  repo: RequestRepository;
  /** The Entra tenant the Graph connection serves: the partition of every stored record. */
  tenantId: string;
  /** Where each user can be reached proactively (approvals, updates after a restart). */
  conversations: DocumentStore<ConversationRecord>;
  /** Proactive messages (approvals). */
  notifier: Notifier;
  /** Approvers: this group's members when set, else License → User → Global Administrators. */
  approvals: { expiryDays: number; approverGroupId: string | undefined };
  logger: Logger;
  defaultLocale: 'sv' | 'en';
}
