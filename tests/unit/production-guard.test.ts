import { loadConfig } from '../../bot/config';
import { productionRefusals } from '../../bot/production-guard';

describe('productionRefusals', () => {
  test('the simulator may run with auth off', () => {
    const env = {};
    expect(productionRefusals(loadConfig(env), env)).toEqual([]);
  });

  test('real Graph needs Bot Framework auth on', () => {
    const env = { GRAPH_MODE: 'graph' };
    expect(productionRefusals(loadConfig(env), env)).toEqual([
      expect.stringContaining('MicrosoftAppId is not set: Bot Framework auth would be off'),
    ]);
  });

  test('real Graph with auth on starts', () => {
    const env = {
      GRAPH_MODE: 'graph',
      MicrosoftAppId: 'a',
      MicrosoftAppPassword: 'p',
      MicrosoftAppType: 'MultiTenant',
    };
    expect(productionRefusals(loadConfig(env), env)).toEqual([]);
  });

  test('Slack asked for without a signing secret is refused, whatever the config made of it', () => {
    const env = {
      GRAPH_MODE: 'graph',
      MicrosoftAppId: 'a',
      MicrosoftAppPassword: 'p',
      MicrosoftAppType: 'MultiTenant',
    };
    const config = loadConfig(env);
    expect(productionRefusals({ ...config, slack: undefined }, { ...env, SLACK_BOT_TOKEN: 'xoxb' })).toEqual([
      expect.stringContaining('without SLACK_SIGNING_SECRET'),
    ]);
  });
});
