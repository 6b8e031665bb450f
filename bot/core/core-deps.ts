import type { LicenseGraph } from '../../services/graph/license-graph';
import type { RequestRepository } from '../../services/licensing/request-repository';
import type { Logger } from '../logger';

/**
 * What the conversation core needs, passed in by the startup module. The core knows neither
 * botbuilder nor Bolt: channels translate their traffic to `MessageTurn` / `ActionTurn` and render
 * the views it returns.
 */
export interface CoreDeps {
  graph: LicenseGraph;
  repo: RequestRepository;
  /** The Entra tenant the Graph connection serves: the partition of every stored record. */
  tenantId: string;
  logger: Logger;
  defaultLocale: 'sv' | 'en';
}
