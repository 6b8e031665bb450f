import type { Config } from './config';

/**
 * Why the bot must not start as configured, outside simulator mode (empty when it may). Against
 * the simulator, auth off is the local default; against a real tenant, an unsigned request could
 * remove real licenses, so Bot Framework auth must be on. Slack without its signing secret could
 * not tell Slack's requests from anyone's.
 */
export function productionRefusals(config: Config, env: Record<string, string | undefined>): string[] {
  if (config.graph.mode === 'simulator') return [];
  const refusals: string[] = [];
  if (!config.bot.appId) {
    refusals.push('MicrosoftAppId is not set: Bot Framework auth would be off (allowed only with GRAPH_MODE=simulator)');
  }
  const slackWanted = Boolean(env.SLACK_BOT_TOKEN?.trim() || env.SLACK_SIGNING_SECRET?.trim());
  if (slackWanted && !config.slack?.signingSecret) {
    refusals.push('Slack is enabled (SLACK_BOT_TOKEN) without SLACK_SIGNING_SECRET: Slack requests could not be verified');
  }
  return refusals;
}
