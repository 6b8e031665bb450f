import type { TenantVocabulary } from '../../services/directory/tenant-vocabulary';
import type { LicenseGraph } from '../../services/graph/license-graph';
import type { LicensePrices } from '../../services/licensing/reclaim/license-prices';
import type { Removals } from '../../services/licensing/removals';
import type { Notifier } from './notifier';
import type { Logger } from '../logger';

/**
 * What the conversation core is built from (`createCore`). The core knows neither botbuilder nor
 * Bolt: channels translate their traffic to `MessageTurn` / `ActionTurn` and render the views it
 * returns. Given whole at construction and never changed afterwards: the notifier is the
 * channels' (built before the core, see bot/app.ts).
 */
export interface CoreServices {
  /** Reads everything from Graph: for whatever a click decides (authority, execution, results). */
  graph: LicenseGraph;
  /**
   * For answering a chat message (questions, plans): the tenant's facts (SKUs and seats,
   * subscriptions, admin roles, group names) may be up to TENANT_FACTS_TTL_MS old; users are fresh.
   */
  messageGraph: LicenseGraph;
  /** The owner of every request's life (state moves, runs, undo), bound to the tenant. */
  removals: Removals;
  /** Proactive messages (approvals, updates of cards sent earlier). */
  notifier: Notifier;
  /** Approvers: this group's members when set, else License → User → Global Administrators. */
  approvals: { expiryDays: number; approverGroupId: string | undefined };
  logger: Logger;
  defaultLocale: 'sv' | 'en';
  /**
   * Reclaim settings: RECLAIM_INACTIVE_DAYS and the LICENSE_PRICES_FILE prices (loaded and checked
   * at start-up). Absent: 90 days, seats only.
   */
  reclaim?: { inactiveDays: number; prices: LicensePrices };
  /**
   * NOTIFY_USERS on: affected users are told before a scheduled removal (`leadHours` ahead) and after
   * any removal. Absent: nobody is told (the default).
   */
  notifyUsers?: { leadHours: number };
  /**
   * The tenant's IANA time zone (TIME_ZONE): times on cards are shown in it, named, and dates in
   * requests ("on Friday") are read in it. UTC when absent.
   */
  timeZone?: string;
  /**
   * The tenant's people and products in memory, kept fresh by its owner (connect-services).
   * Messages are understood against it and names resolved from it once it has loaded; without
   * it (the CLI) or before that, the shape parser and Graph's search are used.
   */
  vocabulary?: Pick<TenantVocabulary, 'ready' | 'people' | 'products'>;
}

/** The tenant's zone when the services name none (as for times on cards). */
export const DEFAULT_TIME_ZONE = 'UTC';

/** Inside the core, use cases receive the services as `deps`. */
export type CoreDeps = Readonly<CoreServices>;
