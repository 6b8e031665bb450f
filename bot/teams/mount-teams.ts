import {
  CardFactory,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type ConversationReference,
} from 'botbuilder';
import type restify from 'restify';
import { buildCard } from '../../cards/adaptive/build-card';
import type { View } from '../../cards/views';
import type { Config } from '../config';
import type { Services } from '../connect-services';
import type { Core } from '../core/core';
import type { JobRunner } from '../job-runner';
import type { Logger } from '../logger';
import { jsonBodyOnly } from '../json-body';
import { acceptBodyOn, requestLog } from '../server';
import { LicenseDeskBot } from './license-desk-bot';
import { installBoundedOpenIdMetadata } from './bounded-openid-metadata';
import { LicenseDeskAdapter } from './license-desk-adapter';
import { TeamsNotifier } from './teams-notifier';

/**
 * The Teams channel, built in two phases: first its adapter and notifier (the core is built with
 * the notifier), then `mount` with the core, which routes `POST /api/messages`.
 */
export interface TeamsChannel {
  adapter: LicenseDeskAdapter;
  notifier: TeamsNotifier;
  mount(server: restify.Server, core: Core): void;
}

/** Where the Bot Framework posts activities. */
export const TEAMS_MESSAGES_PATH = '/api/messages';

/**
 * `POST /api/messages`: Bot Framework HTTP through botbuilder's CloudAdapter. With an app id,
 * every request's JWT is verified (unsigned or forged → 401); without one, auth is off (local only).
 */
export function createTeamsChannel(
  config: Config,
  services: Pick<Services, 'conversations' | 'tenantId'>,
  jobs: JobRunner,
  logger: Logger,
): TeamsChannel {
  const options: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: config.bot.appId ?? '',
    MicrosoftAppPassword: config.bot.appPassword ?? '',
    // With no app id (local, auth off) botbuilder refuses a SingleTenant type: leave it out.
    ...(config.bot.appId ? { MicrosoftAppType: config.bot.appType } : {}),
    MicrosoftAppTenantId: config.bot.appTenantId ?? '',
  };
  const log = logger.child({ channel: 'teams' });
  // Signing keys: fetched with a timeout, cached, and a failed fetch retried at most once a minute.
  installBoundedOpenIdMetadata({
    onFailure: (url, e) => log.warn({ url, err: e }, 'could not fetch the Bot Framework signing keys'),
  });
  const adapter = new LicenseDeskAdapter(new ConfigurationBotFrameworkAuthentication(options));
  adapter.onTurnError = async (context, error) => {
    log.error({ err: error, activityType: context.activity.type }, 'unhandled error in a Teams turn');
    if (context.activity.type === 'message') {
      const view: View = { kind: 'notice', locale: config.defaultLocale, code: 'internal-error' };
      await context.sendActivity({ attachments: [CardFactory.adaptiveCard(buildCard(view))] }).catch(() => undefined);
    }
  };
  const botAppId = config.bot.appId ?? '';
  const cards = {
    update: async (reference: Partial<ConversationReference>, activityId: string, view: View) => {
      await adapter.continueConversationAsync(botAppId, reference, async (context) => {
        await context.updateActivity({
          id: activityId,
          type: 'message',
          attachments: [CardFactory.adaptiveCard(buildCard(view))],
        });
      });
    },
    send: async (reference: Partial<ConversationReference>, view: View) => {
      await adapter.continueConversationAsync(botAppId, reference, async (context) => {
        await context.sendActivity({ attachments: [CardFactory.adaptiveCard(buildCard(view))] });
      });
    },
  };
  return {
    adapter,
    notifier: new TeamsNotifier(adapter, botAppId, services.conversations, services.tenantId),
    mount(server, core) {
      const bot = new LicenseDeskBot(core, services, jobs, cards, log);
      acceptBodyOn(server, TEAMS_MESSAGES_PATH);
      server.post(
        TEAMS_MESSAGES_PATH,
        // JSON only, bounded, before the JWT check runs: nothing else may reach the disk or memory.
        ...jsonBodyOnly(),
        async (req: restify.Request, res: restify.Response) => {
          await adapter.handle(req, res, (context) => bot.run(context), requestLog(req, log));
        },
      );
    },
  };
}
