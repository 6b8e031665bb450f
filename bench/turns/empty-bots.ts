// The baselines of the turn benchmark: the same HTTP stack as License Desk (restify, botbuilder's
// CloudAdapter with auth off, Bolt's HTTPReceiver routed from `server.pre`) with no logic at all.
// The Teams bot answers every message with "ok"; the Bolt app only acks slash commands.
import { App, HTTPReceiver } from '@slack/bolt';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import restify from 'restify';

export const SLACK_PATH = '/slack/events';

export function mountEmptyBots(server: restify.Server, signingSecret: string, slackApiUrl: string): void {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity('ok');
    await next();
  });
  server.post(
    '/api/messages',
    restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false }),
    async (req: restify.Request, res: restify.Response) => {
      await adapter.process(req, res, (context) => bot.run(context));
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
