// The baselines of the turn benchmark: the same HTTP stack as License Desk (restify, botbuilder's
// CloudAdapter subclass with auth off, Bolt's HTTPReceiver routed from `server.pre`) with no logic at all.
// The Teams bot answers every message with "ok"; the Bolt app only acks slash commands.
import { App, HTTPReceiver } from '@slack/bolt';
import { ActivityHandler, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import restify from 'restify';
import { createLogger } from '../../bot/logger';
import { LicenseDeskAdapter } from '../../bot/teams/license-desk-adapter';

export const SLACK_PATH = '/slack/events';

export function mountEmptyBots(server: restify.Server, signingSecret: string, slackApiUrl: string): void {
  // License Desk's own CloudAdapter subclass, so the baseline differs from the bot by its logic only.
  const adapter = new LicenseDeskAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const log = createLogger('silent');
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity('ok');
    await next();
  });
  server.post(
    '/api/messages',
    restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false }),
    async (req: restify.Request, res: restify.Response) => {
      await adapter.handle(req, res, (context) => bot.run(context), log);
    },
  );

  const receiver = new HTTPReceiver({ signingSecret, endpoints: SLACK_PATH, processBeforeResponse: false });
  const app = new App({
    receiver,
    token: 'xoxb-bench',
    botId: 'BBOT',
    botUserId: 'UBOT',
    clientOptions: { slackApiUrl },
    convoStore: false,
  });
  app.command(/.*/, async ({ ack }) => {
    await ack();
  });
  server.pre((req, res, next) => {
    if (req.method !== 'POST' || req.getPath() !== SLACK_PATH) return next();
    receiver.requestListener(req, res);
    return undefined;
  });
}
