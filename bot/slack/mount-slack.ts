import { App, HTTPReceiver, webApi } from '@slack/bolt';
import type restify from 'restify';
import type { Config } from '../config';
import type { Services } from '../connect-services';
import type { Core } from '../core/core';
import type { JobRunner } from '../job-runner';
import type { Logger } from '../logger';
import { acceptBodyOn, requestLog } from '../server';
import { boltLogger } from './bolt-logger';
import { BotAuthorizer } from './bot-authorization';
import { registerListeners } from './register-listeners';
import { TurnAdmission } from './turn-admission';
import { SlackContext } from './slack-context';
import { SlackConversations } from './slack-conversations';
import { SlackDirectory } from './slack-directory';
import { SlackNotifier } from './slack-notifier';
import { guardSlackRequest } from './slack-request-guard';
import { WebSlackApi } from './web-slack-api';

/** Every Slack request (events, commands, interactivity) comes to this one path. */
export const SLACK_EVENTS_PATH = '/slack/events';

/**
 * The Slack channel, built in two phases: first its notifier, which reaches Entra users on Slack
 * (composed with the Teams one for the core), then `mount` with the core, which routes
 * `/slack/events`. `close` makes `/slack/events` answer 503; work already acknowledged is in the
 * job runner, which the app drains. Nothing of it holds timers or sockets once idle.
 */
export interface SlackChannel {
  notifier: SlackNotifier;
  mount(server: restify.Server, core: Core): void;
  close(): void;
}

/**
 * `POST /slack/events` through Bolt's HTTPReceiver, on the same restify server as Teams. It is
 * routed from `server.pre` so no body parser touches the raw body (the signature is over it: a bad
 * or missing signature, or a timestamp more than 5 minutes off either way, is a 401). A guard
 * refuses hostile bodies with a 4xx before Bolt reads them (see slack-request-guard). Bolt's
 * `app.start()` is never called: restify owns the port. Undefined when Slack is not configured.
 */
export function createSlackChannel(
  config: Config,
  services: Pick<Services, 'conversations' | 'tenantId' | 'graph'>,
  jobs: JobRunner,
  logger: Logger,
): SlackChannel | undefined {
  const slack = config.slack;
  if (!slack) return undefined;
  const log = logger.child({ channel: 'slack' });
  const bolt = boltLogger(log.child({ component: 'bolt' }));
  const client = new webApi.WebClient(slack.botToken, {
    slackApiUrl: slack.apiUrl,
    logger: bolt,
    timeout: 10_000,
    // The SDK's default retries for half an hour; a user is waiting, so give up within seconds.
    retryConfig: { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 2000 },
  });
  const api = new WebSlackApi(client);
  const authorizer = new BotAuthorizer(api, slack.botToken);
  const receiver = new HTTPReceiver({
    signingSecret: slack.signingSecret,
    endpoints: SLACK_EVENTS_PATH,
    // Listeners ack first and work in jobs, so the HTTP answer goes out at the ack.
    processBeforeResponse: false,
    logger: bolt,
  });
  const app = new App({
    receiver,
    authorize: authorizer.authorize,
    logger: bolt,
    clientOptions: { slackApiUrl: slack.apiUrl, logger: bolt },
    // No per-conversation state in memory: the store holds what matters.
    convoStore: false,
  });
  // Bolt keys its WebClient pools by the payload's team id in a plain object, so a signed payload
  // with team id `toString` or `__proto__` found a prototype member and failed with a 500. A map
  // without a prototype has no such members (Bolt reads and writes it only by key).
  Object.assign(app, { clients: Object.create(null) as Record<string, unknown> });
  const conversations = new SlackConversations(services.conversations, services.tenantId, log);
  const directory = new SlackDirectory(api, services.graph);

  let closed = false;
  const mount = (server: restify.Server, core: Core) => {
    registerListeners(
      app,
      new SlackContext(core, jobs, api, directory, conversations, log, new TurnAdmission(slack.maxPendingTurns)),
    );
    acceptBodyOn(server, SLACK_EVENTS_PATH);
    server.pre((req, res, next) => {
      if (req.method !== 'POST' || req.getPath() !== SLACK_EVENTS_PATH) return next();
      if (closed) {
        res.writeHead(503);
        res.end();
        return undefined;
      }
      const reqLog = requestLog(req, log);
      guardSlackRequest(req, slack.signingSecret).then(
        (verdict) => {
          if (!verdict.ok) {
            reqLog.warn({ status: verdict.status, reason: verdict.error }, 'refused a Slack request');
            // A refused body may be unread: close the connection rather than leave it to be drained.
            res.writeHead(verdict.status, { 'content-type': 'application/json', connection: 'close' });
            res.end(JSON.stringify({ error: verdict.error }));
            return;
          }
          receiver.requestListener(req, res);
        },
        (e: unknown) => {
          reqLog.error({ err: e }, 'Slack request could not be dispatched');
          if (!res.headersSent) res.writeHead(500);
          res.end();
        },
      );
      // Bolt answers the request; restify's chain stops here on purpose (no body parser may run).
      return undefined;
    });
  };
  return {
    notifier: new SlackNotifier(api, conversations),
    mount,
    close: () => {
      closed = true;
    },
  };
}
